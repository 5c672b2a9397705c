package io.buzzline.gateway.support;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import io.quarkus.test.common.http.TestHTTPResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import io.buzzline.testing.redis.InjectRedis;
import io.buzzline.testing.redis.RedisTarget;

/**
 * Base of the WebSocket tests: the gateway's URI, a {@link GameDriver} on the run's Redis prefix, and
 * clients that are closed after each test. Subclasses carry the {@code @QuarkusTest} resources.
 */
public abstract class GatewayTest {

    @TestHTTPResource("/ws")
    URI http;

    @InjectRedis
    protected RedisTarget redis;

    protected GameDriver games;
    private final List<WsClient> clients = new ArrayList<>();

    @BeforeEach
    void openDriver() {
        games = new GameDriver(redis);
    }

    @AfterEach
    void closeAll() {
        clients.forEach(WsClient::close);
        games.close();
    }

    protected WsClient connect() {
        WsClient client = WsClient.connect(URI.create(http.toString().replaceFirst("^http", "ws")));
        clients.add(client);
        return client;
    }

    /** Connects and greets with {@code token}; returns once the welcome arrived. */
    protected WsClient greet(String token, Long lastSequence) {
        WsClient client = connect();
        client.send(WsClient.hello(token, lastSequence).put("id", "hello-1"));
        client.awaitType("welcome");
        return client;
    }
}
