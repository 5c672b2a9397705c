package io.buzzline.redis.streams.outgoing;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import io.buzzline.redis.streams.StreamFields;

import static org.assertj.core.api.Assertions.assertThat;

/** Payloads are encoded by their type. */
class PayloadEncoderTest {

    private record Buzz(String playerId, long atMillis) {}

    private final PayloadEncoder encoder = new PayloadEncoder(new ObjectMapper());

    @Test
    void textIsWrittenAsIs() {
        PayloadEncoder.Encoded encoded = encoder.encode("hello");
        assertThat(encoded.contentType()).isEqualTo(StreamFields.TEXT);
        assertThat(new String(encoded.bytes(), StandardCharsets.UTF_8)).isEqualTo("hello");
    }

    @Test
    void bytesAreBinary() {
        PayloadEncoder.Encoded encoded = encoder.encode(new byte[] {1, 2, 3});
        assertThat(encoded.contentType()).isEqualTo(StreamFields.BINARY);
        assertThat(encoded.bytes()).containsExactly(1, 2, 3);
    }

    @Test
    void recordsAndJsonObjectsAreJson() {
        assertThat(new String(encoder.encode(new Buzz("p1", 42)).bytes(), StandardCharsets.UTF_8))
                .isEqualTo("{\"playerId\":\"p1\",\"atMillis\":42}");
        PayloadEncoder.Encoded json = encoder.encode(new JsonObject().put("a", 1));
        assertThat(json.contentType()).isEqualTo(StreamFields.JSON);
        assertThat(new String(json.bytes(), StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}");
    }
}
