package io.buzzline.match.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Response;
import org.junit.jupiter.api.Test;

import io.buzzline.match.redis.MatchKeys;
import io.buzzline.match.support.ContentTestResource;
import io.buzzline.testing.redis.InjectRedis;
import io.buzzline.testing.redis.RedisCommands;
import io.buzzline.testing.redis.RedisTarget;
import io.buzzline.testing.redis.RedisTestResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Intake groups of instances that are gone are deleted on every partition of the command stream (threshold
 * 1.5 s in tests): one whose instance was last seen long ago, one of an instance never recorded whose
 * consumer is idle. Kept: this instance's own group, a live instance with a quiet intake (seen just now,
 * idle consumer), and other services' groups.
 */
@QuarkusTest
@WithTestResource(RedisTestResource.class)
@WithTestResource(ContentTestResource.class)
class IntakeGroupJanitorTest {

    @InjectRedis
    RedisTarget target;

    @Inject
    IntakeGroupJanitor janitor;

    @Inject
    MatchKeys keys;

    @Test
    void destroysOnlyTheGroupsOfInstancesThatAreGone() {
        String stream = keys.commands(0);
        String other = keys.commands(5);
        try (RedisCommands redis = new RedisCommands(target.url())) {
            consumer(redis, stream, "buzzline-match-gone");
            consumer(redis, other, "buzzline-match-gone");
            heartbeat(redis, "gone", System.currentTimeMillis() - 3_600_000);
            consumer(redis, stream, "buzzline-match-legacy");
            consumer(redis, stream, "buzzline-match-quiet");
            consumer(redis, other, "buzzline-match-quiet");
            consumer(redis, stream, "scoring");

            Set<String> destroyed = new HashSet<>();
            await().atMost(Duration.ofSeconds(20))
                    .pollInterval(Duration.ofMillis(200))
                    .untilAsserted(() -> {
                        heartbeat(redis, "quiet", System.currentTimeMillis());
                        destroyed.addAll(janitor.sweep().await().atMost(Duration.ofSeconds(5)));
                        assertThat(destroyed).containsExactlyInAnyOrder("buzzline-match-gone", "buzzline-match-legacy");
                    });

            assertThat(groups(redis, stream))
                    .contains("buzzline-match-quiet", "scoring")
                    .doesNotContain("buzzline-match-gone", "buzzline-match-legacy")
                    .anyMatch(name -> name.startsWith(IntakeGroup.PREFIX + "test-"));
            assertThat(groups(redis, other))
                    .as("another partition's stream")
                    .contains("buzzline-match-quiet")
                    .doesNotContain("buzzline-match-gone")
                    .anyMatch(name -> name.startsWith(IntakeGroup.PREFIX + "test-"));
            assertThat(redis.send(Command.ZSCORE, keys.members(), "gone"))
                    .as("the gone instance's membership is removed with its groups")
                    .isNull();
        }
    }

    private static void consumer(RedisCommands redis, String stream, String group) {
        redis.send(Command.XGROUP, "CREATE", stream, group, "$", "MKSTREAM");
        redis.send(Command.XGROUP, "CREATECONSUMER", stream, group, "c1");
    }

    private void heartbeat(RedisCommands redis, String instanceId, long at) {
        redis.send(Command.ZADD, keys.members(), at, instanceId);
    }

    private static List<String> groups(RedisCommands redis, String stream) {
        List<String> names = new ArrayList<>();
        for (Response group : redis.send(Command.XINFO, "GROUPS", stream)) {
            names.add(
                    group.isMap() ? group.get("name").toString() : group.get(1).toString());
        }
        return names;
    }
}
