package io.buzzline.events;

import java.time.Duration;

import static io.buzzline.events.Require.nonNull;
import static io.buzzline.events.Require.positive;

/** The rules of one round, fixed when the game is created. */
public record RoundSettings(RoundMode mode, int questionCount, Duration questionTimeLimit) {

    public RoundSettings {
        nonNull(mode, "mode");
        positive(questionCount, "questionCount");
        nonNull(questionTimeLimit, "questionTimeLimit");
        if (questionTimeLimit.isNegative() || questionTimeLimit.isZero()) {
            throw new IllegalArgumentException("questionTimeLimit: must be positive, was " + questionTimeLimit);
        }
    }
}
