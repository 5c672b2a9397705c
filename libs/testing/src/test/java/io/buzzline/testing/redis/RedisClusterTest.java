package io.buzzline.testing.redis;

import java.time.Duration;

import io.vertx.redis.client.Command;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The test cluster is a real one: keys of different slots land on different masters behind one client,
 * and killing the master of a key's slot hands the slot to its replica, which kept the key.
 */
class RedisClusterTest {

    @Test
    void keysSpreadOverTheMastersAndAKilledMastersReplicaTakesOver() {
        try (RedisCluster cluster = RedisCluster.start(3);
                RedisCommands redis = cluster.commands()) {
            for (int i = 0; i < 30; i++) {
                redis.send(Command.SET, "{g:" + i + "}:meta", "v" + i);
            }
            assertThat(java.util.stream.IntStream.range(0, 30)
                            .mapToObj(
                                    i -> cluster.masterOf("{g:" + i + "}:meta").port())
                            .distinct()
                            .count())
                    .as("masters holding 30 games' keys")
                    .isEqualTo(3);

            String key = "{g:7}:meta";
            RedisServer master = cluster.masterOf(key);
            // Replication is asynchronous: WAIT on the master until its replica has the writes.
            try (RedisCommands direct = new RedisCommands(master.url())) {
                assertThat(direct.send(Command.WAIT, 1, 5000).toLong()).isEqualTo(1);
            }
            master.kill();

            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(200))
                    .ignoreExceptions()
                    .until(() -> cluster.masterOf(key).port() != master.port());
            await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> "v7"
                    .equals(redis.send(Command.GET, key).toString()));
        }
    }
}
