package io.buzzline.engine.fairness;

/**
 * One player in one simulated race, all in milliseconds from the moment the question opened: when the
 * gateway wrote the question to their socket ({@code fanOut}), its trip down, their reaction from when
 * they saw it, the buzz's trip up, and the round trip the gateway's pings measured (what the buzz is
 * stamped with). {@code honestRttMillis} is what the pings would have measured had the player not
 * cheated: the same as {@code measuredRttMillis} for everyone but a cheater. {@code reportedReactionMillis}:
 * what the client would say its reaction was, measured on its own clock from receiving the question frame to
 * the press (only a simulated rule reads it; no client sends it): the true reaction plus up to a display
 * frame (16 ms) for an honest client, 0 for a cheater.
 */
public record Contender(
        String playerId,
        long fanOutMillis,
        long downMillis,
        long reactionMillis,
        long upMillis,
        long measuredRttMillis,
        long honestRttMillis,
        long reportedReactionMillis) {

    /** When the buzz reached the server: what the gateway stamps as {@code receivedAt}. */
    public long arrivalMillis() {
        return fanOutMillis + downMillis + reactionMillis + upMillis;
    }

    public boolean cheats() {
        return measuredRttMillis != honestRttMillis;
    }
}
