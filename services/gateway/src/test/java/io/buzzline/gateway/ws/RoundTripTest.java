package io.buzzline.gateway.ws;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 24: a pong counts only when it answers one of the connection's own pings, once. Before, any
 * 8-byte pong payload was read as a send time, so a client could report whatever round trip it liked
 * (and with it the buzz credit) without delaying anything.
 */
class RoundTripTest {

    private static final long MS = 1_000_000;

    @Test
    void aPongAnsweringAPingIsASample() {
        RoundTrip rtt = new RoundTrip();
        long nonce = rtt.ping(1_000 * MS);

        assertThat(rtt.pong(nonce, 1_080 * MS)).isTrue();
        assertThat(rtt.millis()).isEqualTo(80);
    }

    @Test
    void anUnsolicitedPongChangesNothing() {
        RoundTrip rtt = new RoundTrip();
        long nonce = rtt.ping(1_000 * MS);
        rtt.pong(nonce, 1_050 * MS);

        // A cheater's pong whose payload is a "send time" of its choosing: no outstanding ping has it.
        assertThat(rtt.pong(1_000 * MS - 300 * MS, 1_100 * MS)).isFalse();
        assertThat(rtt.pong(nonce ^ 1, 1_100 * MS)).isFalse();
        assertThat(rtt.millis()).isEqualTo(50);
    }

    @Test
    void aPongCountsOnceAndAnOldPingsPongNoMore() {
        RoundTrip rtt = new RoundTrip();
        long first = rtt.ping(0);
        assertThat(rtt.pong(first, 40 * MS)).isTrue();
        assertThat(rtt.pong(first, 400 * MS)).as("replayed").isFalse();

        long forgotten = rtt.ping(1_000 * MS);
        for (int i = 1; i <= 4; i++) {
            rtt.ping((1_000 + i) * MS);
        }
        assertThat(rtt.pong(forgotten, 1_900 * MS))
                .as("older than the outstanding window")
                .isFalse();
        assertThat(rtt.millis()).isEqualTo(40);
    }

    @Test
    void nothingIsCreditedBeforeTheFirstSample() {
        RoundTrip rtt = new RoundTrip();
        rtt.ping(0);
        assertThat(rtt.millis()).isZero();
    }
}
