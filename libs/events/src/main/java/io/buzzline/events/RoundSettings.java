package io.buzzline.events;

import java.time.Duration;

import static io.buzzline.events.Require.nonNegative;
import static io.buzzline.events.Require.nonNull;
import static io.buzzline.events.Require.positive;

/**
 * The rules of one round, fixed when the game is created. {@code questionTimeLimit} is how long a
 * question stays open; {@code buzzAnswerTimeLimit} how long a BUZZER winner has to answer (unused in
 * CLASSIC). {@code pointsPossible} and {@code wrongAnswerPenalty} are inputs of the game's scoring
 * rules, which the engine applies at each reveal.
 */
public record RoundSettings(
        RoundMode mode,
        int questionCount,
        Duration questionTimeLimit,
        Duration buzzAnswerTimeLimit,
        int pointsPossible,
        int wrongAnswerPenalty) {

    public static final Duration DEFAULT_BUZZ_ANSWER_TIME_LIMIT = Duration.ofSeconds(10);
    public static final int DEFAULT_POINTS_POSSIBLE = 1000;

    public RoundSettings {
        nonNull(mode, "mode");
        positive(questionCount, "questionCount");
        requirePositive(questionTimeLimit, "questionTimeLimit");
        requirePositive(buzzAnswerTimeLimit, "buzzAnswerTimeLimit");
        nonNegative(pointsPossible, "pointsPossible");
        nonNegative(wrongAnswerPenalty, "wrongAnswerPenalty");
    }

    /** A round with the default answer time (10 s), 1000 points possible and no penalty. */
    public RoundSettings(RoundMode mode, int questionCount, Duration questionTimeLimit) {
        this(mode, questionCount, questionTimeLimit, DEFAULT_BUZZ_ANSWER_TIME_LIMIT, DEFAULT_POINTS_POSSIBLE, 0);
    }

    private static void requirePositive(Duration value, String field) {
        nonNull(value, field);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(field + ": must be positive, was " + value);
        }
    }
}
