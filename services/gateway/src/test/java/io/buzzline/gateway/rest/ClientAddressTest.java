package io.buzzline.gateway.rest;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientAddressTest {

    private final ClientAddress behindIngress = ClientAddress.trusting(List.of("10.0.0.0/8", "127.0.0.1", "fd00::/8"));

    @Test
    void withoutTrustedProxiesThePeerIsTheClientWhateverTheHeaderSays() {
        ClientAddress direct = ClientAddress.trusting(List.of());

        assertThat(direct.of("203.0.113.7", List.of("198.51.100.1"))).isEqualTo("203.0.113.7");
    }

    @Test
    void aPeerThatIsNoTrustedProxyIsTheClient() {
        assertThat(behindIngress.of("203.0.113.7", List.of("198.51.100.1"))).isEqualTo("203.0.113.7");
    }

    @Test
    void theRightmostEntryNoTrustedProxyWroteIsTheClient() {
        // The client sent its own header ("1.1.1.1"); the ingress appended the client it saw, then two proxies
        // inside the cluster appended theirs.
        assertThat(behindIngress.of("127.0.0.1", List.of("1.1.1.1, 203.0.113.7, 10.1.2.3", "10.4.5.6")))
                .isEqualTo("203.0.113.7");
    }

    @Test
    void aForgedLeftmostEntryChangesNothing() {
        String first = behindIngress.of("10.0.0.9", List.of("203.0.113.7"));
        String forged = behindIngress.of("10.0.0.9", List.of("192.0.2.55, 203.0.113.7"));

        assertThat(forged).isEqualTo(first).isEqualTo("203.0.113.7");
    }

    @Test
    void ipv6EntriesAreMatchedToo() {
        assertThat(behindIngress.of("fd00::1", List.of("2001:db8::5, [fd12::3]")))
                .isEqualTo("2001:db8::5");
    }

    @Test
    void whenEveryHopIsTrustedTheOutermostIsTheClient() {
        assertThat(behindIngress.of("127.0.0.1", List.of("10.9.9.9, 10.1.1.1"))).isEqualTo("10.9.9.9");
        assertThat(behindIngress.of("127.0.0.1", List.of())).isEqualTo("127.0.0.1");
    }

    @Test
    void anEntryThatIsNoAddressIsTheProxysWordForItsClient() {
        assertThat(behindIngress.of("10.0.0.1", List.of("unknown"))).isEqualTo("unknown");
    }

    @Test
    void aBlockThatIsNoAddressOrHasABadPrefixIsRefusedNamingIt() {
        assertThatThrownBy(() -> ClientAddress.trusting(List.of("10.0.0.0/33")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'10.0.0.0/33'");
        assertThatThrownBy(() -> ClientAddress.trusting(List.of("ingress.local")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'ingress.local'");
    }
}
