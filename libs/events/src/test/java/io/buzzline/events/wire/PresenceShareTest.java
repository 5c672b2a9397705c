package io.buzzline.events.wire;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PresenceShareTest {

    @Test
    void roundTripsAsTheHashFieldValue() {
        PresenceShare share = new PresenceShare(42, 1_765_000_000_123L);

        assertThat(share.encode()).isEqualTo("42@1765000000123");
        assertThat(PresenceShare.decode(share.encode())).isEqualTo(share);
    }

    @Test
    void isFreshOnlyWithinTheWindow() {
        PresenceShare share = new PresenceShare(3, 10_000);

        assertThat(share.freshAt(40_000, 30_000)).isTrue();
        assertThat(share.freshAt(40_001, 30_000)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "3", "@5", "3@", "x@5", "3@y", "-1@5"})
    void refusesAnythingElse(String value) {
        assertThatThrownBy(() -> PresenceShare.decode(value)).isInstanceOf(IllegalArgumentException.class);
    }
}
