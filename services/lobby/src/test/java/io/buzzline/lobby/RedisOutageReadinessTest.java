package io.buzzline.lobby;

import java.net.URL;
import java.time.Duration;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import io.buzzline.lobby.support.ContentPacksTestResource;
import io.buzzline.testing.redis.InjectRedis;
import io.buzzline.testing.redis.OwnRedisTestResource;
import io.buzzline.testing.redis.RedisServer;
import io.buzzline.testing.tokens.TokenKeysTestResource;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Readiness follows Redis: DOWN within seconds of a crash, UP again once it is back — including the
 * Redis Streams channels, which must reconnect and re-create their consumer group (the restarted
 * Redis has no persistence). The bounds are generous because the channels retry with a back-off of
 * up to 5 s and probe every 5 s, on a loaded 2-core CI machine.
 */
@QuarkusTest
@WithTestResource(OwnRedisTestResource.class)
@WithTestResource(TokenKeysTestResource.class)
@WithTestResource(ContentPacksTestResource.class)
class RedisOutageReadinessTest {

    /** Health and metrics: the management interface, not the service's own port. */
    @TestHTTPResource(value = "", management = true)
    URL management;

    @InjectRedis
    RedisServer redis;

    @Test
    void readinessGoesDownWithRedisAndRecoversWhenItReturns() {
        awaitReadiness(200, "UP", Duration.ofSeconds(10));

        redis.kill();
        awaitReadiness(503, "DOWN", Duration.ofSeconds(10));

        redis.restart();
        awaitReadiness(200, "UP", Duration.ofSeconds(30));
    }

    private void awaitReadiness(int status, String state, Duration within) {
        await().atMost(within).untilAsserted(() -> given().get(management("/q/health/ready"))
                .then()
                .statusCode(status)
                .body("status", equalTo(state)));
    }

    /** {@code path} on the management interface (its root, whatever the injected URL's path, is the server's). */
    private String management(String path) {
        return management.getProtocol() + "://" + management.getAuthority() + path;
    }
}
