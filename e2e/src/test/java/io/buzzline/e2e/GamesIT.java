package io.buzzline.e2e;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.buzzline.bots.brain.BotTraits;
import io.buzzline.bots.client.GameSpec;
import io.buzzline.e2e.support.PlatformExtension;
import io.buzzline.e2e.support.RunningPlatform;
import io.buzzline.e2e.support.Table;
import io.buzzline.events.RoundMode;

/**
 * Whole games through the platform as players meet it: a bot host creates the game through the
 * gateway's REST edge, bot players join by code, everyone plays over the gateway WebSocket only (spread
 * over two gateways), and afterwards every record of the game agrees (see GameChecks).
 */
@ExtendWith(PlatformExtension.class)
class GamesIT {

    private static final Duration GAME_TIMEOUT = Duration.ofSeconds(120);
    private static final BotTraits PLAYERS = new BotTraits(0.7, Duration.ofMillis(200), Duration.ofMillis(900), 1.0);

    @Test
    void aClassicGameIsPlayedToTheEndAndEveryRecordAgrees(RunningPlatform running) throws Exception {
        play(running, "classic", GameSpec.of(RoundMode.CLASSIC, 4, 10, List.of(RunningPlatform.CATEGORY)), 11);
    }

    @Test
    void aBuzzerGameIsPlayedToTheEndAndEveryRecordAgrees(RunningPlatform running) throws Exception {
        play(running, "buzzer", GameSpec.of(RoundMode.BUZZER, 4, 10, List.of(RunningPlatform.CATEGORY)), 12);
    }

    /**
     * A host who presses next the instant each reveal arrives, so the game ends milliseconds after its last
     * reveal: every point owed for a revealed answer is still in the standings, the log, scoring's results,
     * PostgreSQL and the archive (before points settled at the reveal, the last question's were lost).
     */
    @Test
    void aClassicGameWhoseHostNeverWaitsEndsWithEveryPointSettled(RunningPlatform running) throws Exception {
        play(
                running,
                "classic, host presses next at once",
                GameSpec.of(RoundMode.CLASSIC, 4, 10, List.of(RunningPlatform.CATEGORY)),
                13,
                Duration.ZERO);
    }

    @Test
    void aBuzzerGameWhoseHostNeverWaitsEndsWithEveryPointSettled(RunningPlatform running) throws Exception {
        play(
                running,
                "buzzer, host presses next at once",
                GameSpec.of(RoundMode.BUZZER, 4, 10, List.of(RunningPlatform.CATEGORY)),
                14,
                Duration.ZERO);
    }

    private static void play(RunningPlatform running, String name, GameSpec spec, long seed) throws Exception {
        play(running, name, spec, seed, Table.PAUSE);
    }

    private static void play(RunningPlatform running, String name, GameSpec spec, long seed, Duration hostPause)
            throws Exception {
        try (Table table = Table.play(running.platform(), spec, 4, PLAYERS, seed, hostPause)) {
            table.awaitEnd(GAME_TIMEOUT);
            RunningPlatform.report("## " + name + " game " + table.gameId() + " (host + 4 players, 2 gateways)");
            running.checks().verify(table).forEach(line -> RunningPlatform.report("- " + line));
        }
    }
}
