package io.buzzline.lobby;

import java.time.Duration;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import io.buzzline.testing.redis.InjectRedis;
import io.buzzline.testing.redis.OwnRedisTestResource;
import io.buzzline.testing.redis.RedisServer;
import io.buzzline.testing.tokens.TokenKeysTestResource;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** Readiness follows Redis: DOWN within seconds of a crash, UP again once it is back. */
@QuarkusTest
@WithTestResource(OwnRedisTestResource.class)
@WithTestResource(TokenKeysTestResource.class)
class RedisOutageReadinessTest {

    @InjectRedis
    RedisServer redis;

    @Test
    void readinessGoesDownWithRedisAndRecoversWhenItReturns() {
        awaitReadiness(200, "UP", Duration.ofSeconds(10));

        redis.kill();
        awaitReadiness(503, "DOWN", Duration.ofSeconds(5));

        redis.restart();
        awaitReadiness(200, "UP", Duration.ofSeconds(15));
    }

    private void awaitReadiness(int status, String state, Duration within) {
        await().atMost(within)
                .untilAsserted(() ->
                        given().get("/q/health/ready").then().statusCode(status).body("status", equalTo(state)));
    }
}
