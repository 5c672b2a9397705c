package io.buzzline.redis.streams.redis;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.vertx.mutiny.redis.client.Request;
import io.vertx.redis.client.Command;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.buzzline.redis.streams.PipelinedRedis;
import io.buzzline.redis.streams.StreamInspector;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pipelined batch reports each command's own outcome: one XADD Redis refuses fails alone, the others
 * of the same round trip are written and reported done (the outgoing channel acks and nacks by them).
 */
class PipelinedConnectionTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final PipelinedRedis redis = new PipelinedRedis();
    private final String prefix = redis.prefix;
    private final PipelinedConnection connection = redis.connection;
    private final StreamInspector inspector = redis.inspector;

    @AfterEach
    void cleanUp() {
        redis.close();
    }

    @Test
    void aRefusedCommandFailsAloneAndTheOthersOfItsBatchSucceed() {
        String stream = prefix + "{batch}";
        String notAStream = prefix + "{batch}:string";
        inspector.send(Command.SET, notAStream, "x");

        List<BatchOutcome> outcomes = connection
                .batch(List.of(xadd(stream, "first"), xadd(notAStream, "refused"), xadd(stream, "third")))
                .await()
                .atMost(TIMEOUT);

        assertThat(outcomes).extracting(BatchOutcome::succeeded).containsExactly(true, false, true);
        assertThat(outcomes.get(1).failure()).hasMessageContaining("WRONGTYPE");
        assertThat(inspector.entries(stream)).extracting(e -> e.get("payload")).containsExactly("first", "third");
        // The connection stays usable after a batch with a refused command.
        assertThat(connection.batch(List.of(xadd(stream, "fourth"))).await().atMost(TIMEOUT))
                .allMatch(BatchOutcome::succeeded);
    }

    @Test
    void aBatchErrorThatDoesNotNameItsFailedCommandsFailsThemAll() {
        // A lost connection, a timeout, a full queue: nothing says which commands Redis carried out.
        assertThat(BatchOutcome.failed(new IllegalStateException("Connection is closed"), 3))
                .noneMatch(BatchOutcome::succeeded);
        assertThat(BatchOutcome.failed(new IllegalStateException("ERR [1]WRONGTYPE\nsomething else"), 3))
                .noneMatch(BatchOutcome::succeeded);
        assertThat(BatchOutcome.failed(new IllegalStateException("ERR [7]WRONGTYPE"), 3))
                .noneMatch(BatchOutcome::succeeded);
    }

    private static Request xadd(String stream, String payload) {
        return StreamCommands.xaddRequest(stream, 0, Map.of("payload", payload.getBytes(StandardCharsets.UTF_8)));
    }
}
