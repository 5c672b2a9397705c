package io.buzzline.scoring.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed settings of the scoring service; every key lives under {@code buzzline.}. */
@ConfigMapping(prefix = "buzzline")
public interface ScoringConfig {

    /** Redis usage shared by every key and stream this service touches. */
    Redis redis();

    /** The region this instance serves; a game lives in its home region. */
    @WithDefault("local")
    String region();

    /** Ratings, retention and the stream intake. */
    Scoring scoring();

    /** Redis settings. */
    interface Redis {

        /** Prefix of every Redis key and stream name; keeps environments and test runs apart. */
        @WithDefault("bz:")
        String keyPrefix();

        /** Longest wait for one Redis call or one XADD of an outgoing message. */
        @WithDefault("5s")
        Duration timeout();
    }

    /** Scoring settings. */
    interface Scoring {

        /** How long a finished game's live tally and leaderboard stay in Redis after GAME_ENDED. */
        @WithDefault("1h")
        Duration endedRetention();

        /**
         * How long events that arrived ahead of an earlier event of their game stay parked in Redis after
         * the last one was parked; only events of a game whose creation scoring never saw wait that long.
         */
        @WithDefault("1h")
        Duration parkedRetention();

        /** Elo K-factor: the most a rating moves in one game. */
        @WithDefault("32")
        int eloK();

        /** Rating a player starts with. */
        @WithDefault("1500")
        int initialRating();

        /** Parallel lanes events are scored on; a game always uses the same one, so its order holds. */
        @WithDefault("4")
        int lanes();

        /** Most events queued or being scored at once across lanes; beyond it the stream is not read. */
        @WithDefault("1024")
        int maxInFlight();

        /**
         * Most events of one game tallied in one script call: the events of a game waiting on its lane
         * together are applied as one run (the stream is read 256 entries at a time).
         */
        @WithDefault("256")
        int maxRun();

        /** Consumer name this service confirms GAME_ENDED under (match waits for it by name). */
        @WithDefault("scoring")
        String consumerName();
    }
}
