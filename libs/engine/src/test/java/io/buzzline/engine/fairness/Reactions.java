package io.buzzline.engine.fairness;

import java.util.Random;

/** How long a person takes to press the buzzer once the question is on their screen, in ms. */
public sealed interface Reactions {

    long draw(Random random);

    /** Uniform min..max ms: the README model's people. */
    record Uniform(long minMillis, long maxMillis) implements Reactions {
        @Override
        public long draw(Random random) {
            // nextInt, as the original README simulation drew: the same seed gives the same races.
            return minMillis + random.nextInt((int) (maxMillis - minMillis + 1));
        }
    }

    /**
     * Lognormal around a median: choice reaction times are right-skewed (a floor near 200 ms, a long
     * tail of hesitation), which a lognormal fits well.
     */
    record Lognormal(double medianMillis, double sigma) implements Reactions {
        @Override
        public long draw(Random random) {
            return Math.round(medianMillis * Math.exp(sigma * random.nextGaussian()));
        }
    }
}
