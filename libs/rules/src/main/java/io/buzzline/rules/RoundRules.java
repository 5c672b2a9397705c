package io.buzzline.rules;

import io.buzzline.events.RoundMode;
import io.buzzline.events.RoundSettings;

/** The scoring inputs of one round, copied from the host's settings when the game was created. */
public record RoundRules(
        RoundMode mode, int questionCount, long timeLimitMillis, int pointsPossible, int wrongAnswerPenalty) {

    public RoundRules {
        if (questionCount <= 0 || timeLimitMillis <= 0) {
            throw new IllegalArgumentException("questionCount and timeLimitMillis must be positive");
        }
        if (pointsPossible < 0 || wrongAnswerPenalty < 0) {
            throw new IllegalArgumentException("points and penalty must not be negative");
        }
    }

    static RoundRules of(RoundSettings round) {
        return new RoundRules(
                round.mode(),
                round.questionCount(),
                round.questionTimeLimit().toMillis(),
                round.pointsPossible(),
                round.wrongAnswerPenalty());
    }
}
