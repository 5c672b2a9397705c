package io.buzzline.match.client;

import java.time.Duration;
import java.util.UUID;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import io.buzzline.commands.CreateGame;
import io.buzzline.events.EventType;
import io.buzzline.events.GameEnded;
import io.buzzline.events.RoundMode;
import io.buzzline.events.RoundSettings;
import io.buzzline.match.support.ContentTestResource;
import io.buzzline.match.support.MatchDriver;
import io.buzzline.match.support.TestGames;
import io.buzzline.testing.redis.InjectRedis;
import io.buzzline.testing.redis.RedisTarget;
import io.buzzline.testing.redis.RedisTestResource;

import static org.assertj.core.api.Assertions.assertThat;

/** Question packs come from content over HTTP; when content cannot give one, the game ends saying why. */
@QuarkusTest
@WithTestResource(RedisTestResource.class)
@WithTestResource(ContentTestResource.class)
class ContentUnavailableTest {

    @InjectRedis
    RedisTarget target;

    @Test
    void aGameWhosePackCannotBeFetchedEndsWithContentUnavailable() {
        assertEndsWithContentUnavailable("down-2");
    }

    @Test
    void aGameWhosePackDoesNotExistEndsWithContentUnavailable() {
        assertEndsWithContentUnavailable("no-such-pack");
    }

    private void assertEndsWithContentUnavailable(String packId) {
        String gameId = "g-" + UUID.randomUUID();
        try (MatchDriver match = new MatchDriver(target.url(), target.keyPrefix())) {
            var rounds = java.util.List.of(new RoundSettings(RoundMode.CLASSIC, 2, Duration.ofSeconds(5)));
            match.send(gameId, new CreateGame(TestGames.HOST, TestGames.settings(rounds, packId)));
            var ended =
                    (GameEnded) match.awaitEvent(gameId, EventType.GAME_ENDED).event();
            assertThat(ended.reason()).isEqualTo(GameEnded.Reason.CONTENT_UNAVAILABLE);
            assertThat(match.log(gameId))
                    .extracting(e -> e.type())
                    .containsExactly(EventType.GAME_CREATED, EventType.GAME_ENDED);
        }
    }
}
