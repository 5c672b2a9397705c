package io.buzzline.gateway.ws;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import io.buzzline.commands.CommandEnvelope;
import io.buzzline.commands.PressBuzz;
import io.buzzline.events.RoundMode;
import io.buzzline.gateway.support.GameDriver;
import io.buzzline.gateway.support.GatewayTest;
import io.buzzline.gateway.support.MatchServiceResource;
import io.buzzline.gateway.support.Tokens;
import io.buzzline.gateway.support.WsClient;
import io.buzzline.testing.tokens.TokenKeysTestResource;

import static io.buzzline.gateway.support.WsClient.frame;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 24: the round trip a buzz is credited with comes from the gateway's own pings; forged and
 * unsolicited pongs change nothing. Before, any 8-byte pong payload was read as the ping's send time:
 * a pong carrying a real ping's payload less 300 ms made the connection's RTT 300 ms, and one carrying 0
 * made it the server's uptime. No frame tells the client its RTT, so the test reads what matters: the
 * round trip the player's buzz carries to match, from the command stream.
 */
@QuarkusTest
@WithTestResource(MatchServiceResource.class)
@WithTestResource(TokenKeysTestResource.class)
class ForgedPongTest extends GatewayTest {

    private static final long SHIFT_NANOS = Duration.ofMillis(300).toNanos();
    private static final String HOST = "host-1";
    private final String gameId = "g-" + UUID.randomUUID();

    @Test
    void unsolicitedPongsLeaveTheBuzzCreditAtTheHonestRoundTrip() {
        WsClient player = openGame();
        for (long payload : new long[] {0L, 1L, Long.MAX_VALUE, System.nanoTime() - SHIFT_NANOS}) {
            player.sendPong(payload);
        }
        // Under the old rule: the server's uptime (payload 0) or 300 ms; honest samples on loopback are ~1 ms.
        assertThat(creditedRoundTrip(player)).isLessThan(150);
    }

    @Test
    void pongsForgedFromRealPingsDoNotSetTheBuzzCredit() throws InterruptedException {
        WsClient player = openGame();
        BlockingQueue<Long> pings = new LinkedBlockingQueue<>();
        player.onPing(pings::add);
        // Three forged pongs per real ping (each claiming the ping left 300 ms earlier), beside the
        // automatic honest one: under the old rule they were most of the samples, and the median with them.
        for (int ping = 0; ping < 3; ping++) {
            Long payload = pings.poll(30, TimeUnit.SECONDS);
            assertThat(payload).as("a ping from the gateway").isNotNull();
            for (int i = 0; i < 3; i++) {
                player.sendPong(payload - SHIFT_NANOS);
            }
        }

        assertThat(creditedRoundTrip(player))
                .as("median of the honest samples on loopback")
                .isLessThan(150);
    }

    /** A BUZZER game of one player, greeted; the host starts it once the test buzzes. */
    private WsClient openGame() {
        games.create(gameId, HOST, GameDriver.settings(RoundMode.BUZZER, 1, Duration.ofSeconds(30)), List.of("p1"));
        return greet(Tokens.player(gameId, "p1", "Ada"), null);
    }

    /** Starts the game, buzzes the open question and returns the round trip the buzz carried to match. */
    private long creditedRoundTrip(WsClient player) {
        WsClient host = greet(Tokens.host(gameId, HOST), null);
        host.send(frame("start").put("id", "start"));
        String questionId = player.awaitEvent("QUESTION_SHOWN", 1)
                .path("event")
                .path("data")
                .path("questionId")
                .asText();
        player.send(frame("buzz").put("id", "b1").put("questionId", questionId));
        // Its own event answers the buzz (protocol v3): match has the command by then.
        player.awaitEvent("BUZZ_PRESSED", 1);
        return games.commands().stream()
                .filter(command -> command.gameId().equals(gameId))
                .map(CommandEnvelope::command)
                .filter(PressBuzz.class::isInstance)
                .map(PressBuzz.class::cast)
                .filter(buzz ->
                        buzz.playerId().equals("p1") && buzz.questionId().equals(questionId))
                .findFirst()
                .orElseThrow()
                .roundTripMillis();
    }
}
