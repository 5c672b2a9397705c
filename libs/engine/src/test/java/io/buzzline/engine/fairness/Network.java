package io.buzzline.engine.fairness;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Where a player's packets travel: draws one player's true legs and the round trip the gateway measured. */
public sealed interface Network {

    Link link(Random random);

    /** A player's true trip down (question) and up (buzz), and the gateway's round-trip estimate. */
    record Link(long downMillis, long upMillis, long measuredRttMillis) {}

    /** A range of base round trips, e.g. Wi-Fi 20–60 ms. */
    record PathClass(String name, long minRttMillis, long maxRttMillis) {
        long draw(Random random) {
            return minRttMillis + random.nextLong(maxRttMillis - minRttMillis + 1);
        }
    }

    /**
     * The README's model, draw for draw as the original simulation: round trip 20–300 ms, 0–25 ms of
     * uniform jitter on each leg, and an estimate off by up to ±15 ms independently of that jitter.
     */
    record Readme() implements Network {
        @Override
        public Link link(Random random) {
            long rtt = 20 + random.nextInt(281);
            long down = rtt / 2 + random.nextInt(26);
            long up = rtt - rtt / 2 + random.nextInt(26);
            long measured = Math.max(0, rtt + random.nextInt(31) - 15);
            return new Link(down, up, measured);
        }
    }

    /**
     * No jitter and an exact estimate. Round trips are even so that the engine's whole-millisecond
     * half ({@code m / 2}) is exact too: any reaction lead must then be decided correctly.
     */
    record Exact() implements Network {
        @Override
        public Link link(Random random) {
            long half = 10 + random.nextInt(141);
            return new Link(half, half, 2 * half);
        }
    }

    /**
     * Real paths: a base round trip from one of the classes (equally likely), split between down and up
     * (evenly, or anywhere from 20/80 to 80/20 when {@code asymmetric}), plus per-packet jitter on every
     * leg. The gateway's estimate is what it really does: the median of its last 5 pings, each a round
     * trip through the same jitter — it sees the path's typical delay, never the jitter of the two trips
     * a race depends on.
     */
    record Paths(List<PathClass> classes, Jitter jitter, boolean asymmetric) implements Network {
        static final int PINGS = 5;

        @Override
        public Link link(Random random) {
            long base = classes.get(random.nextInt(classes.size())).draw(random);
            double downShare = asymmetric ? 0.2 + 0.6 * random.nextDouble() : 0.5;
            long baseDown = Math.round(base * downShare);
            long down = baseDown + jitter.draw(random);
            long up = base - baseDown + jitter.draw(random);
            long[] pings = new long[PINGS];
            for (int i = 0; i < PINGS; i++) {
                pings[i] = base + jitter.draw(random) + jitter.draw(random);
            }
            Arrays.sort(pings);
            return new Link(down, up, pings[PINGS / 2]);
        }
    }
}
