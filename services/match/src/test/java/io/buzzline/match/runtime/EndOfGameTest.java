package io.buzzline.match.runtime;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Response;
import org.junit.jupiter.api.Test;

import io.buzzline.commands.CreateGame;
import io.buzzline.events.EventType;
import io.buzzline.events.RoundMode;
import io.buzzline.events.RoundSettings;
import io.buzzline.events.json.WireCodec;
import io.buzzline.events.wire.EndConfirmation;
import io.buzzline.events.wire.Partitions;
import io.buzzline.events.wire.SharedStream;
import io.buzzline.match.support.ContentTestResource;
import io.buzzline.match.support.MatchDriver;
import io.buzzline.match.support.TestGames;
import io.buzzline.testing.redis.InjectRedis;
import io.buzzline.testing.redis.RedisTarget;
import io.buzzline.testing.redis.RedisTestResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * GAME_ENDED reaches the shared feed; the game's keys expire once scoring and content confirmed it; a
 * confirmation Redis refuses is nacked until dead-lettered, and the intake goes on with the next.
 */
@QuarkusTest
@WithTestResource(RedisTestResource.class)
@WithTestResource(ContentTestResource.class)
class EndOfGameTest {

    @InjectRedis
    RedisTarget target;

    @Test
    void keysExpireOnlyAfterEveryConsumerConfirmedTheEnd() {
        String gameId = "g-" + UUID.randomUUID();
        try (MatchDriver match = new MatchDriver(target.url(), target.keyPrefix())) {
            // The quickest way to an ended game: content cannot give its pack.
            var rounds = List.of(new RoundSettings(RoundMode.CLASSIC, 1, Duration.ofSeconds(5)));
            match.send(gameId, new CreateGame(TestGames.HOST, TestGames.settings(rounds, "down-1")));
            match.awaitEvent(gameId, EventType.GAME_ENDED);

            String feed = SharedStream.EVENTS.key(target.keyPrefix(), Partitions.DEFAULT, gameId);
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> feedIds(match, feed).contains(gameId + ":2"));
            // The lobby and content follow games from the milestone feed: the end is there, and only
            // milestones are (here: GAME_CREATED, GAME_ENDED; nothing else happened). The feed is at least
            // once: the new owner's resume re-feeds what its rebuild found unfed, so an entry may come twice.
            String milestones = SharedStream.MILESTONES.key(target.keyPrefix());
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> feedIds(match, milestones).contains(gameId + ":2"));
            assertThat(feedTypes(match, milestones, gameId).stream().distinct())
                    .containsExactly("GAME_CREATED", "GAME_ENDED");

            confirm(match, gameId, "scoring");
            await().atMost(Duration.ofSeconds(10))
                    .until(() ->
                            match.redis().send(Command.HGET, match.key(gameId, "meta"), "confirmed:scoring") != null);
            assertThat(ttl(match, gameId)).isEqualTo(-1L);

            confirm(match, gameId, "content");
            await().atMost(Duration.ofSeconds(10)).until(() -> ttl(match, gameId) > 0);
        }
    }

    @Test
    void aConfirmationRedisRefusesIsDeadLetteredAndTheIntakeGoesOn() {
        String broken = "g-" + UUID.randomUUID();
        String gameId = "g-" + UUID.randomUUID();
        try (MatchDriver match = new MatchDriver(target.url(), target.keyPrefix())) {
            // Not a hash: the confirmation script fails with WRONGTYPE on every delivery.
            match.redis().send(Command.SET, match.key(broken, "meta"), "not-a-hash");
            confirm(match, broken, "scoring");
            confirm(match, gameId, "scoring");

            await().atMost(Duration.ofSeconds(10))
                    .until(() ->
                            match.redis().send(Command.HGET, match.key(gameId, "meta"), "confirmed:scoring") != null);
            String deadLetters = SharedStream.CONFIRMATIONS.key(match.prefix()) + ":dlq";
            await().atMost(Duration.ofSeconds(30)).until(() -> feedEntries(match, deadLetters).stream()
                    .anyMatch(fields -> fields.get("payload").contains(broken)
                            && fields.get("dead-letter-reason").contains("WRONGTYPE")));
        }
    }

    private static void confirm(MatchDriver match, String gameId, String consumer) {
        match.redis()
                .send(
                        Command.XADD,
                        SharedStream.CONFIRMATIONS.key(match.prefix()),
                        "*",
                        "payload",
                        new WireCodec().encode(new EndConfirmation(gameId, consumer)),
                        "content-type",
                        "application/json",
                        "message-id",
                        UUID.randomUUID());
    }

    private static long ttl(MatchDriver match, String gameId) {
        return match.redis().send(Command.PTTL, match.key(gameId, "log")).toLong();
    }

    private static List<String> feedIds(MatchDriver match, String feed) {
        return feedEntries(match, feed).stream()
                .map(fields -> fields.get("message-id"))
                .toList();
    }

    /** The types of one game's entries (other tests' games share the stream). */
    private static List<String> feedTypes(MatchDriver match, String feed, String gameId) {
        return feedEntries(match, feed).stream()
                .filter(fields -> gameId.equals(fields.get("header.game-id")))
                .map(fields -> fields.get("header.type"))
                .toList();
    }

    private static List<java.util.Map<String, String>> feedEntries(MatchDriver match, String feed) {
        List<java.util.Map<String, String>> entries = new java.util.ArrayList<>();
        for (Response entry : match.redis().send(Command.XRANGE, feed, "-", "+")) {
            Response fields = entry.get(1);
            java.util.Map<String, String> values = new java.util.HashMap<>();
            for (int i = 0; i + 1 < fields.size(); i += 2) {
                values.put(fields.get(i).toString(), fields.get(i + 1).toString());
            }
            entries.add(values);
        }
        return entries;
    }
}
