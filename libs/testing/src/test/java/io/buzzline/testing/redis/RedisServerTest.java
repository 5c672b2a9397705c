package io.buzzline.testing.redis;

import io.vertx.redis.client.Command;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RedisServerTest {

    @Test
    void ownServerKeepsItsAppendOnlyDataAcrossAKill() {
        try (RedisServer server = RedisServer.start(true);
                RedisCommands redis = new RedisCommands(server.url())) {
            redis.send(Command.SET, "k", "v");
            redis.send(Command.BGREWRITEAOF);

            server.kill();
            assertThat(server.isRunning()).isFalse();
            assertThat(redis.ping()).isFalse();

            server.restart();
            assertThat(redis.send(Command.GET, "k").toString()).isEqualTo("v");
        }
    }

    @Test
    void deleteByPrefixRemovesOnlyThatPrefix() {
        try (RedisServer server = RedisServer.start(false);
                RedisCommands redis = new RedisCommands(server.url())) {
            for (int i = 0; i < 2_500; i++) {
                redis.send(Command.SET, "mine:" + i, "x");
            }
            redis.send(Command.SET, "theirs:1", "x");

            assertThat(redis.deleteByPrefix("mine:")).isEqualTo(2_500);
            assertThat(redis.send(Command.DBSIZE).toLong()).isEqualTo(1);
        }
    }
}
