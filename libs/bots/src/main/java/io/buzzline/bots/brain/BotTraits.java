package io.buzzline.bots.brain;

import java.time.Duration;
import java.util.Random;

/**
 * How a bot player plays: how often it knows the answer, how fast it reacts (uniform between
 * {@code minReaction} and {@code maxReaction}), how often it buzzes at all in a BUZZER question.
 */
public record BotTraits(double accuracy, Duration minReaction, Duration maxReaction, double buzzProbability) {

    /** Mostly right, human-ish reactions, always buzzes. */
    public static final BotTraits DEFAULT = new BotTraits(0.7, Duration.ofMillis(300), Duration.ofMillis(1500), 1.0);

    public BotTraits {
        if (accuracy < 0 || accuracy > 1 || buzzProbability < 0 || buzzProbability > 1) {
            throw new IllegalArgumentException("accuracy and buzzProbability are probabilities (0..1)");
        }
        if (minReaction.isNegative() || maxReaction.compareTo(minReaction) < 0) {
            throw new IllegalArgumentException("need 0 <= minReaction <= maxReaction");
        }
    }

    /** A reaction time drawn from {@code random}. */
    Duration reaction(Random random) {
        long spread = maxReaction.toMillis() - minReaction.toMillis();
        return minReaction.plusMillis(spread == 0 ? 0 : random.nextLong(spread + 1));
    }
}
