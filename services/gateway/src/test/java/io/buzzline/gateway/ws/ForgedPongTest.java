package io.buzzline.gateway.ws;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import io.buzzline.gateway.support.GatewayTest;
import io.buzzline.gateway.support.MatchServiceResource;
import io.buzzline.gateway.support.WsClient;
import io.buzzline.testing.tokens.TokenKeysTestResource;

import static io.buzzline.gateway.support.WsClient.frame;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 24: the round trip a buzz is credited with comes from the gateway's own pings; forged and
 * unsolicited pongs change nothing. Before, any 8-byte pong payload was read as the ping's send time:
 * a pong carrying a real ping's payload less 300 ms made the connection's RTT 300 ms, and one carrying 0
 * made it the server's uptime. The RTT is read back as the connection's {@code pong.rttMillis}, which is
 * what its buzzes carry.
 */
@QuarkusTest
@WithTestResource(MatchServiceResource.class)
@WithTestResource(TokenKeysTestResource.class)
class ForgedPongTest extends GatewayTest {

    private static final long SHIFT_NANOS = Duration.ofMillis(300).toNanos();

    @Test
    void unsolicitedPongsBeforeAnyPingLeaveNoRoundTrip() {
        WsClient client = connect();
        for (long payload : new long[] {0L, 1L, Long.MAX_VALUE, System.nanoTime() - SHIFT_NANOS}) {
            client.sendPong(payload);
        }
        assertThat(rtt(client, "early")).isZero();
    }

    @Test
    void pongsForgedFromRealPingsDoNotSetTheRoundTrip() throws InterruptedException {
        WsClient client = connect();
        BlockingQueue<Long> pings = new LinkedBlockingQueue<>();
        client.onPing(pings::add);
        // Three forged pongs per real ping (each claiming the ping left 300 ms earlier), beside the
        // automatic honest one: under the old rule they were most of the samples, and the median with them.
        for (int ping = 0; ping < 3; ping++) {
            Long payload = pings.poll(30, TimeUnit.SECONDS);
            assertThat(payload).as("a ping from the gateway").isNotNull();
            for (int i = 0; i < 3; i++) {
                client.sendPong(payload - SHIFT_NANOS);
            }
        }

        long rtt = rtt(client, "after");
        assertThat(rtt).as("median of the honest samples on loopback").isLessThan(150);
    }

    private static long rtt(WsClient client, String id) {
        client.send(frame("ping").put("id", id));
        JsonNode pong = client.awaitFrame(f ->
                "pong".equals(f.path("type").asText()) && id.equals(f.path("id").asText()));
        return pong.path("rttMillis").asLong();
    }
}
