package io.buzzline.match.support;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import io.buzzline.events.BuzzerSettings;
import io.buzzline.events.GameSettings;
import io.buzzline.events.RoundMode;
import io.buzzline.events.RoundSettings;
import io.buzzline.events.StreakBonus;

/** Settings for test games: short timers so a whole game runs in a few seconds. */
public final class TestGames {

    public static final String HOST = "host-1";

    private TestGames() {}

    /**
     * One round per mode with {@code questions} questions each; questions close after {@code timeLimit},
     * the game moves on 100 ms after each reveal; pack {@code pack-<total>} from {@link io.buzzline.testing.content.ContentStandIn}.
     */
    public static GameSettings settings(int questions, Duration timeLimit, RoundMode... modes) {
        List<RoundSettings> rounds = Arrays.stream(modes)
                .map(mode -> new RoundSettings(mode, questions, timeLimit, Duration.ofSeconds(2), 1000, 0))
                .toList();
        return settings(rounds, "pack-" + questions * modes.length);
    }

    public static GameSettings settings(List<RoundSettings> rounds, String packId) {
        return new GameSettings(
                rounds, 100, false, "en", packId, Duration.ofMillis(100), BuzzerSettings.DEFAULT, StreakBonus.OFF);
    }
}
