package io.buzzline.match.runtime;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.buzzline.engine.GameEngine;
import io.buzzline.engine.GameState;
import io.buzzline.events.EventEnvelope;
import io.buzzline.events.GameCreated;
import io.buzzline.events.RoundMode;
import io.buzzline.match.support.TestGames;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a takeover without a recorded cursor starts reading the intake for the game's commands. */
class CatchUpStartTest {

    @Test
    void aGameWithALogCatchesUpFromTheTriggeringEntry() {
        GameState created = GameEngine.applyAll(
                GameState.empty("g"),
                List.of(EventEnvelope.of(
                        "g",
                        1,
                        Instant.parse("2026-12-05T10:00:00Z"),
                        new GameCreated("h", TestGames.settings(1, Duration.ofSeconds(10), RoundMode.CLASSIC)))));

        assertThat(GameDirectory.catchUpStart("1796464003419-3", created)).isEqualTo("1796464003419-3");
    }

    @Test
    void aGameWithoutALogLooksBackForCommandsStillPendingBeforeTheTrigger() {
        // e.g. its CreateGame, whose first append failed and which waits for redelivery.
        String start = GameDirectory.catchUpStart("1796464003419-3", GameState.empty("g"));

        assertThat(start).isEqualTo((1796464003419L - GameDirectory.CATCH_UP_LOOKBACK.toMillis()) + "-0");
        assertThat(GameDirectory.catchUpStart("5-0", GameState.empty("g"))).isEqualTo("0-0");
    }
}
