package io.buzzline.content.history;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.buzzline.events.EventEnvelope;
import io.buzzline.events.GameEnded;
import io.buzzline.events.GameEvent;
import io.buzzline.events.PlayerJoined;
import io.buzzline.events.ScoreUpdated;
import io.buzzline.testing.contract.OpenApiValidation;
import io.buzzline.testing.firestore.FirestoreTestResource;
import io.buzzline.testing.postgres.PostgresTestResource;
import io.buzzline.testing.redis.RedisTestResource;
import io.buzzline.testing.tokens.TestTokens;
import io.buzzline.testing.tokens.TokenKeysTestResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** The archive fed directly with game logs (the GAME_ENDED channel is wired separately). */
@QuarkusTest
@WithTestResource(RedisTestResource.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(FirestoreTestResource.class)
@WithTestResource(TokenKeysTestResource.class)
class GameArchiveTest {
    /** Editors' requests: these tests exercise what the bank does, who may do it is RoleMatrixTest's. */
    @BeforeEach
    void actAsEditor() {
        TestTokens.actAs(TestTokens.editor());
    }

    @AfterEach
    void actAsNobody() {
        TestTokens.actAs(null);
    }

    @Inject
    GameArchive archive;

    private OpenApiValidation api;

    @BeforeEach
    void loadContract() {
        api = OpenApiValidation.ofServedDocument();
    }

    @Test
    void aGameArchivedTwiceIsStoredOnceAndReadableByGameAndByPlayer() {
        String game = "g-" + UUID.randomUUID();
        String ada = "p-ada-" + game;
        List<EventEnvelope> log = log(
                game,
                new PlayerJoined(ada, "Ada", null),
                new PlayerJoined("p-bob-" + game, "Bob", null),
                new ScoreUpdated(ada, game + ":9", 500, 500, ScoreUpdated.Reason.CLASSIC_CORRECT, 1),
                new ScoreUpdated("p-bob-" + game, game + ":10", 800, 800, ScoreUpdated.Reason.CLASSIC_CORRECT, 1),
                new ScoreUpdated(ada, game + ":11", 700, 1200, ScoreUpdated.Reason.CLASSIC_CORRECT, 1),
                new GameEnded(GameEnded.Reason.COMPLETED));

        assertThat(archive.archive(log)).isInstanceOf(ArchiveOutcome.Archived.class);
        assertThat(archive.archive(log)).isInstanceOf(ArchiveOutcome.AlreadyArchived.class);

        api.given()
                .get("/history/games/{id}", game)
                .then()
                .statusCode(200)
                .body("eventCount", equalTo(6))
                .body("endReason", equalTo("COMPLETED"))
                .body("results[0].nickname", equalTo("Ada"))
                .body("results[0].score", equalTo(1200))
                .body("results[0].rank", equalTo(1))
                .body("results[1].rank", equalTo(2));
        api.given()
                .get("/history/games/{id}/events", game)
                .then()
                .statusCode(200)
                .body("$", hasSize(6))
                .body("[5].type", equalTo("GAME_ENDED"));
        api.given()
                .get("/history/players/{id}/games", ada)
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].gameId", equalTo(game));
    }

    @Test
    void aPlayersGamesComeMostRecentFirstPageByPage() {
        String player = "p-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            String game = "g-" + i + "-" + player;
            archive.archive(log(
                    game,
                    Instant.parse("2026-01-0" + (i + 1) + "T10:00:00Z"),
                    new PlayerJoined(player, "Eve", null),
                    new GameEnded(GameEnded.Reason.ENDED_BY_HOST)));
        }
        var first = api.given()
                .queryParam("limit", 2)
                .get("/history/players/{id}/games", player)
                .then()
                .statusCode(200)
                .extract();
        assertThat(first.<List<String>>path("items.gameId")).containsExactly("g-2-" + player, "g-1-" + player);
        api.given()
                .queryParam("limit", 2)
                .queryParam("cursor", first.<String>path("nextCursor"))
                .get("/history/players/{id}/games", player)
                .then()
                .body("items.gameId", equalTo(List.of("g-0-" + player)));
    }

    @Test
    void refusesALogThatIsNotOneWholeFinishedGame() {
        String game = "g-" + UUID.randomUUID();
        List<EventEnvelope> unfinished = log(game, new PlayerJoined("p", "P", null));
        assertThatThrownBy(() -> archive.archive(unfinished))
                .isInstanceOf(InvalidGameLogException.class)
                .hasMessageContaining("GAME_ENDED");
        api.given().get("/history/games/{id}", game).then().statusCode(404);
    }

    private static List<EventEnvelope> log(String game, GameEvent... events) {
        return log(game, Instant.parse("2026-11-25T10:00:00Z"), events);
    }

    private static List<EventEnvelope> log(String game, Instant start, GameEvent... events) {
        return java.util.stream.IntStream.range(0, events.length)
                .mapToObj(i -> EventEnvelope.of(game, i + 1, start.plusSeconds(i), events[i]))
                .toList();
    }
}
