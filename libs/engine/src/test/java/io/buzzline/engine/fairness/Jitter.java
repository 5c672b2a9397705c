package io.buzzline.engine.fairness;

import java.util.Random;

/** Extra delay of one packet on one leg, on top of the path's base latency, in whole milliseconds. */
public sealed interface Jitter {

    long draw(Random random);

    /** No jitter at all: the control model in which the rule should be exact. */
    record None() implements Jitter {
        @Override
        public long draw(Random random) {
            return 0;
        }
    }

    /** Uniform 0..max ms, the README's model. */
    record Uniform(long maxMillis) implements Jitter {
        @Override
        public long draw(Random random) {
            return random.nextLong(maxMillis + 1);
        }
    }

    /**
     * Lognormal with the given median and 99th percentile: most packets are quick, a few (radio
     * retransmissions, queueing) are very late — what mobile links look like.
     */
    record Lognormal(double medianMillis, double p99Millis) implements Jitter {
        private static final double Z99 = 2.326;

        @Override
        public long draw(Random random) {
            double sigma = Math.log(p99Millis / medianMillis) / Z99;
            return Math.round(medianMillis * Math.exp(sigma * random.nextGaussian()));
        }
    }

    /**
     * Pareto with the same median and 99th percentile as {@link Lognormal} but a heavier tail beyond:
     * the rare very late packet is later still.
     */
    record Pareto(double medianMillis, double p99Millis) implements Jitter {
        @Override
        public long draw(Random random) {
            // P(X > x) = (xm / x)^alpha: median = xm·2^(1/alpha), p99 = xm·100^(1/alpha).
            double alpha = Math.log(50) / Math.log(p99Millis / medianMillis);
            double xm = medianMillis / Math.pow(2, 1 / alpha);
            return Math.round(xm / Math.pow(1 - random.nextDouble(), 1 / alpha));
        }
    }
}
