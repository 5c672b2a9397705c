package io.buzzline.content.config;

import java.time.Clock;
import java.util.HashSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.buzzline.content.question.QuestionLimits;
import io.buzzline.content.question.QuestionRules;
import io.buzzline.content.settings.SettingsRules;

/** Builds the framework-free domain objects from configuration. */
@ApplicationScoped
public class DomainProducers {

    @Produces
    @Singleton
    QuestionRules questionRules(ContentConfig config) {
        ContentConfig.Questions q = config.questions();
        return new QuestionRules(
                new QuestionLimits(new HashSet<>(q.languages()), q.maxTextLength(), q.maxChoiceLength()));
    }

    @Produces
    @Singleton
    SettingsRules settingsRules(ContentConfig config) {
        return new SettingsRules(new HashSet<>(config.questions().languages()));
    }

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
