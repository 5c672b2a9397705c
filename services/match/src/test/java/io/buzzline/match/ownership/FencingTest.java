package io.buzzline.match.ownership;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.redis.client.Redis;
import org.junit.jupiter.api.Test;

import io.buzzline.events.EventEnvelope;
import io.buzzline.events.PlayerJoined;
import io.buzzline.match.log.AppendResult;
import io.buzzline.match.log.EventLog;
import io.buzzline.match.redis.GameKeys;
import io.buzzline.match.redis.MatchKeys;
import io.buzzline.match.support.ContentTestResource;
import io.buzzline.testing.redis.RedisTestResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The fenced append: gaps, retries and, above all, an owner paused past its lease cannot write. */
@QuarkusTest
@WithTestResource(RedisTestResource.class)
@WithTestResource(ContentTestResource.class)
class FencingTest {

    @Inject
    Redis redis;

    @Inject
    EventLog log;

    @Inject
    MatchKeys keys;

    private final String gameId = "g-" + UUID.randomUUID();

    @Test
    void anOwnerPausedPastItsLeaseCannotAppendOrRenew() {
        GameKeys game = keys.game(gameId);
        String paused = acquire(game, "paused-owner", 300);
        assertThat(log.append(game, paused, "c-1", null, List.of(joined(1, "p1")))
                        .await()
                        .indefinitely())
                .isEqualTo(new AppendResult.Appended(1));

        // The owner "pauses" (nothing renews); its lease runs out and another instance takes the game.
        await().atMost(Duration.ofSeconds(5)).until(() -> acquireOrNull(game, "new-owner", 5000) != null);

        assertThat(log.append(game, paused, "c-2", null, List.of(joined(2, "p2")))
                        .await()
                        .indefinitely())
                .isInstanceOf(AppendResult.Fenced.class);
        assertThat(LeaseScripts.RENEW
                        .run(redis, List.of(game.lease(), game.meta()), List.of(paused, "5000", ""))
                        .await()
                        .indefinitely()
                        .toLong())
                .isZero();
        assertThat(log.readAfter(game, 0).await().indefinitely()).hasSize(1);
    }

    @Test
    void appendsAreGapFreeAndACommandIsLoggedOnce() {
        GameKeys game = keys.game(gameId);
        String token = acquire(game, "owner", 5000);
        assertThat(log.append(game, token, "c-1", null, List.of(joined(1, "p1")))
                        .await()
                        .indefinitely())
                .isEqualTo(new AppendResult.Appended(1));
        assertThat(log.append(game, token, "c-1", null, List.of(joined(2, "p1")))
                        .await()
                        .indefinitely())
                .isEqualTo(new AppendResult.Duplicate(1));
        assertThat(log.append(game, token, "c-3", null, List.of(joined(3, "p3")))
                        .await()
                        .indefinitely())
                .isEqualTo(new AppendResult.OutOfSequence(1));
        assertThat(log.append(game, token, "c-2", null, List.of(joined(2, "p2"), joined(3, "p3")))
                        .await()
                        .indefinitely())
                .isEqualTo(new AppendResult.Appended(3));
        assertThat(log.readAfter(game, 0).await().indefinitely())
                .extracting(e -> e.event().sequence() + "/" + e.commandId())
                .containsExactly("1/c-1", "2/c-2", "3/c-2");
    }

    private String acquire(GameKeys game, String instance, long ttlMillis) {
        String token = acquireOrNull(game, instance, ttlMillis);
        assertThat(token).isNotNull();
        return token;
    }

    private String acquireOrNull(GameKeys game, String instance, long ttlMillis) {
        var reply = LeaseScripts.ACQUIRE
                .run(redis, List.of(game.lease(), game.meta()), List.of(instance, Long.toString(ttlMillis), "new"))
                .await()
                .indefinitely();
        return reply.get(0).toInteger() == 1 ? reply.get(1).toString() : null;
    }

    private EventEnvelope joined(long sequence, String playerId) {
        return EventEnvelope.of(gameId, sequence, Instant.now(), new PlayerJoined(playerId, playerId, null));
    }
}
