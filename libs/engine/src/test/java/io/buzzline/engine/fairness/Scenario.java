package io.buzzline.engine.fairness;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * One simulated population: how many race, their network, their reactions, how far apart the
 * gateway's fan-out delivers the question, and whether p1 cheats.
 *
 * <p>{@code fanOutSpreadMillis}: each contender is at a random place in the fan-out of a large game,
 * so the question is written to their socket up to that long after it opened (about 200 ms measured
 * for 10,000 players). Only the 2–6 players who press first race; the others change nothing.
 */
public record Scenario(
        String name,
        int minPlayers,
        int maxPlayers,
        Network network,
        Reactions reactions,
        long fanOutSpreadMillis,
        Cheat cheat) {

    /** A client measures its reaction from the frame's arrival; the screen shows it up to a frame later. */
    static final long DISPLAY_FRAME_MILLIS = 16;

    /** The contenders of one race, p1…pN; p1 is the cheater if there is one. */
    public List<Contender> race(Random random) {
        int count = minPlayers + random.nextInt(maxPlayers - minPlayers + 1);
        List<Contender> contenders = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            Network.Link link = network.link(random);
            long reaction = reactions.draw(random);
            long fanOut = fanOutSpreadMillis == 0 ? 0 : random.nextLong(fanOutSpreadMillis + 1);
            long measured = i == 1 ? cheat.measured(link.measuredRttMillis()) : link.measuredRttMillis();
            // Its display delay comes from a generator of its own, seeded by this contender's draws: the race's
            // generator is not touched, so every model keeps its draws (and the README figure its races).
            long display = new SplittableRandom(reaction * 1_000_003L + link.downMillis() * 7_919L + i)
                    .nextLong(DISPLAY_FRAME_MILLIS + 1);
            long reported = i == 1 && hasCheater() ? 0 : reaction + display;
            contenders.add(new Contender(
                    "p" + i,
                    fanOut,
                    link.downMillis(),
                    reaction,
                    link.upMillis(),
                    measured,
                    link.measuredRttMillis(),
                    reported));
        }
        return contenders;
    }

    public boolean hasCheater() {
        return cheat.pongDelayMillis() > 0;
    }
}
