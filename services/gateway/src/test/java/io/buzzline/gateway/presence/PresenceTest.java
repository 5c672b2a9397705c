package io.buzzline.gateway.presence;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Response;
import org.junit.jupiter.api.Test;

import io.buzzline.gateway.support.GatewayTest;
import io.buzzline.gateway.support.MatchServiceResource;
import io.buzzline.gateway.support.Tokens;
import io.buzzline.gateway.support.WsClient;
import io.buzzline.testing.tokens.TokenKeysTestResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Players' connections are counted in the game's presence hash, per gateway instance, as the lobby reads it. */
@QuarkusTest
@WithTestResource(MatchServiceResource.class)
@WithTestResource(TokenKeysTestResource.class)
class PresenceTest extends GatewayTest {

    private final String gameId = "g-" + UUID.randomUUID();

    @Test
    void playersAreCountedWhileConnectedAndHostsAreNot() {
        WsClient p1 = greet(Tokens.player(gameId, "p1", "Ada"), null);
        greet(Tokens.player(gameId, "p2", "Bob"), null);
        greet(Tokens.host(gameId, "host-1"), null);

        await().atMost(Duration.ofSeconds(10)).until(() -> connected() == 2);
        p1.close();
        await().atMost(Duration.ofSeconds(10)).until(() -> connected() == 1);
    }

    /** Sums the fresh fields as the lobby does (each value is {@code <count>@<epoch ms>}). */
    private long connected() {
        Response fields = games.redis().send(Command.HGETALL, games.key(gameId, "presence"));
        long sum = 0;
        for (Map.Entry<String, String> field : asMap(fields).entrySet()) {
            String value = field.getValue();
            assertThat(value).matches("\\d+@\\d+");
            sum += Long.parseLong(value.substring(0, value.indexOf('@')));
        }
        return sum;
    }

    private static Map<String, String> asMap(Response hash) {
        java.util.Map<String, String> map = new java.util.HashMap<>();
        for (String key : hash.getKeys()) {
            map.put(key, hash.get(key).toString());
        }
        return map;
    }
}
