package io.buzzline.engine.fairness;

/**
 * What a cheating client does to its round-trip estimate (player p1 of a race, when the scenario has one).
 *
 * <p>The gateway accepts a pong only if it echoes the nonce of one of its last 4 outstanding pings
 * ({@code RoundTrip}), so a client cannot report a round trip smaller than the real one nor send
 * unsolicited pongs; all it can do is hold each pong back. Holding every pong back by X ms shifts the
 * median of 5 samples by exactly X. "Forging" is therefore modelled as the most a client can get by
 * delaying: any delay up to the ~8 s before its ping is forgotten (4 pings × 2 s), and the gateway's
 * {@code pong} frame tells the client the round trip it measured, so the client can aim precisely.
 */
public record Cheat(String label, long pongDelayMillis) {

    public static final Cheat NONE = new Cheat("honest", 0);

    /** Holds every pong back by {@code millis}. */
    public static Cheat delayingPongs(long millis) {
        return new Cheat("delays pongs " + millis + " ms", millis);
    }

    /** Makes its measured round trip as large as helps: 1 s, far past the engine's 2 × cap credit. */
    public static Cheat forgingPongs() {
        return new Cheat("forges (= delays) pongs", 1_000);
    }

    public long measured(long honestRttMillis) {
        return honestRttMillis + pongDelayMillis;
    }
}
