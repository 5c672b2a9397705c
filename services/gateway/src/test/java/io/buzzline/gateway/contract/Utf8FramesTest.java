package io.buzzline.gateway.contract;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.buzzline.gateway.protocol.Protocol;
import io.buzzline.gateway.support.GatewayTest;
import io.buzzline.gateway.support.MatchServiceResource;
import io.buzzline.gateway.support.RawFrameClient;
import io.buzzline.gateway.support.Tokens;
import io.buzzline.testing.tokens.TokenKeysTestResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text frames must be UTF-8 (RFC 6455 §8.1): one that is not gets a MALFORMED_FRAME error frame, then the
 * close 1007, and never reaches match; a character split between fragments is still one valid character.
 */
@QuarkusTest
@WithTestResource(MatchServiceResource.class)
@WithTestResource(TokenKeysTestResource.class)
class Utf8FramesTest extends GatewayTest {

    @TestHTTPResource("/ws")
    URI ws;

    @Inject
    Vertx vertx;

    private final String gameId = "g-" + UUID.randomUUID();
    private final List<RawFrameClient> raw = new ArrayList<>();

    @AfterEach
    void closeRaw() {
        raw.forEach(RawFrameClient::close);
    }

    @Test
    void aBuzzThatIsNotUtf8IsExplainedThenClosed1007AndNeverReachesMatch() {
        RawFrameClient player = greeted();
        long before = games.commandCount();
        // "q" then 0xFF, a byte UTF-8 never uses: a lenient decoder makes it U+FFFD and the buzz valid.
        player.text(bytes("{\"type\":\"buzz\",\"id\":\"b1\",\"questionId\":\"q", 0xFF, "\"}"), true);

        assertThat(player.awaitClose()).isEqualTo(Protocol.CLOSE_INVALID_DATA);
        JsonNode error = player.frames("error").getFirst();
        assertThat(error.path("code").asText()).isEqualTo("MALFORMED_FRAME");
        assertThat(error.path("message").asText()).contains("UTF-8");
        assertThat(player.frames("ack")).isEmpty();
        assertThat(games.commandCount()).isEqualTo(before);
    }

    @Test
    void invalidUtf8InALaterFragmentClosesTheConnectionToo() {
        RawFrameClient player = greeted();
        long before = games.commandCount();
        // 0xE2 0x82 starts a three-byte character; "(" cannot continue it.
        player.text(bytes("{\"type\":\"buzz\",\"id\":\"b2\",\"questionId\":\"q", 0xE2), false);
        player.continuation(bytes("", 0x82, "(\"}"), true);

        assertThat(player.awaitClose()).isEqualTo(Protocol.CLOSE_INVALID_DATA);
        assertThat(player.frames("error").getFirst().path("code").asText()).isEqualTo("MALFORMED_FRAME");
        assertThat(games.commandCount()).isEqualTo(before);
    }

    /** The guard must see the inflated bytes: with permessage-deflate the wire carries deflated ones. */
    @Test
    void aCompressedConnectionIsCheckedOnItsInflatedBytes() {
        RawFrameClient client = connected(true);
        assertThat(client.extensions()).contains("permessage-deflate");
        client.text(bytes("{\"type\":\"ping\",\"id\":\"ok\"}"), true);
        client.awaitFrame(f -> "pong".equals(f.path("type").asText()));
        client.text(bytes("{\"type\":\"ping\",\"id\":\"", 0xC0, 0xAF, "\"}"), true); // an overlong "/"

        assertThat(client.awaitClose()).isEqualTo(Protocol.CLOSE_INVALID_DATA);
        assertThat(client.frames("error").getFirst().path("code").asText()).isEqualTo("MALFORMED_FRAME");
    }

    @Test
    void aCharacterSplitBetweenFragmentsIsValid() {
        RawFrameClient client = connected();
        byte[] frame = "{\"type\":\"ping\",\"id\":\"é\"}".getBytes(StandardCharsets.UTF_8);
        int split = indexOf(frame, (byte) 0xC3) + 1; // between the two bytes of "é"
        client.text(Arrays.copyOfRange(frame, 0, split), false);
        client.continuation(Arrays.copyOfRange(frame, split, frame.length), true);

        JsonNode pong = client.awaitFrame(f -> "pong".equals(f.path("type").asText()));
        assertThat(pong.path("id").asText()).isEqualTo("é");
        assertThat(client.frames("error")).isEmpty();
    }

    private RawFrameClient connected() {
        return connected(false);
    }

    private RawFrameClient connected(boolean compressed) {
        RawFrameClient client =
                RawFrameClient.connect(vertx, URI.create(ws.toString().replaceFirst("^http", "ws")), compressed);
        raw.add(client);
        return client;
    }

    private RawFrameClient greeted() {
        RawFrameClient client = connected();
        client.text(
                bytes("{\"type\":\"hello\",\"id\":\"h\",\"v\":2,\"token\":\"" + Tokens.player(gameId, "p1", "Ada")
                        + "\"}"),
                true);
        client.awaitFrame(f -> "welcome".equals(f.path("type").asText()));
        return client;
    }

    /** UTF-8 of the strings with the raw bytes (ints) between them as they are. */
    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof Integer b) {
                out.write(b);
            } else {
                out.writeBytes(part.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] bytes, byte wanted) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        throw new IllegalArgumentException("not found");
    }
}
