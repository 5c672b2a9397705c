package io.buzzline.content.config;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed settings of the content service; every key lives under {@code buzzline.}. */
@ConfigMapping(prefix = "buzzline")
public interface ContentConfig {

    /** Redis usage shared by every key and stream this service touches. */
    Redis redis();

    /** The region this instance serves; a game lives in its home region. */
    @WithDefault("local")
    String region();

    /** What a question may hold. */
    Questions questions();

    /** How packs are selected. */
    Packs packs();

    /** The AI generation queue and its workers. */
    Generation generation();

    /** Daily and weekly quests. */
    Quests quests();

    /** Redis settings. */
    interface Redis {

        /** Prefix of every Redis key and stream name; keeps environments and test runs apart. */
        @WithDefault("bz:")
        String keyPrefix();
    }

    /** Limits every question obeys, whoever wrote it (editor, import, generator). */
    interface Questions {

        /** ISO 639-1 codes of the languages the bank accepts. */
        @WithDefault("en,fr,de,es,it,pt,nl")
        List<String> languages();

        /** Longest question text, in characters. */
        @WithDefault("300")
        int maxTextLength();

        /** Longest choice, in characters. */
        @WithDefault("120")
        int maxChoiceLength();

        /** Most rows one bulk import may carry. */
        @WithDefault("5000")
        int maxImportRows();
    }

    /** Pack selection. */
    interface Packs {

        /** Largest number of questions one pack request may ask for. */
        @WithDefault("100")
        int maxCount();

        /** How many recently played question ids are remembered per player group. */
        @WithDefault("500")
        int recentWindow();

        /** Most active questions loaded into one (language, category) candidate pool. */
        @WithDefault("5000")
        int poolLimit();

        /** Answers a question needs before a pack's success-rate band applies to it. */
        @WithDefault("20")
        int minAnswersForRate();
    }

    /** Quest settings. */
    interface Quests {

        /** Time zone whose midnights start daily quest windows (and whose Mondays start weekly ones). */
        @WithDefault("UTC")
        ZoneId zone();
    }

    /** Generation queue settings. */
    interface Generation {

        /** Whether this instance runs a generation worker (the REST API works either way). */
        @WithDefault("true")
        boolean workersEnabled();

        /** How often an idle worker looks for a job. */
        @WithDefault("2s")
        Duration pollInterval();

        /** How long a claim lasts without a heartbeat before another worker may take the job over. */
        @WithDefault("60s")
        Duration lease();

        /** Attempts a job gets before it is dead, unless the job asks for its own. */
        @WithDefault("3")
        int maxAttempts();

        /** Delay before the first retry; it doubles with each further attempt. */
        @WithDefault("5s")
        Duration backoffInitial();

        /** Upper bound of the retry delay. */
        @WithDefault("5m")
        Duration backoffMax();

        /** Largest number of questions one job may ask for. */
        @WithDefault("500")
        int maxQuestionsPerJob();

        /** The OpenAI-compatible LLM provider. */
        Llm llm();
    }

    /** An OpenAI-compatible chat-completions provider; off unless {@code url} is set. */
    interface Llm {

        /** Base URL of the API (the part before {@code /chat/completions}); unset turns the provider off. */
        Optional<URI> url();

        /** Model name sent with each request. */
        @WithDefault("gpt-4o-mini")
        String model();

        /** Bearer token; unset for local servers that need none. */
        Optional<String> apiKey();

        /** How long one completion request may take. */
        @WithDefault("60s")
        Duration timeout();

        /** Questions asked for per completion request. */
        @WithDefault("10")
        int batchSize();
    }
}
