package io.buzzline.content.history;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.inject.Inject;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.buzzline.content.question.QuestionContent;
import io.buzzline.content.question.QuestionService;
import io.buzzline.content.question.Questions;
import io.buzzline.events.AnswerRevealed;
import io.buzzline.events.EventEnvelope;
import io.buzzline.events.GameEnded;
import io.buzzline.events.PlayerJoined;
import io.buzzline.testing.contract.OpenApiValidation;
import io.buzzline.testing.firestore.FirestoreTestResource;
import io.buzzline.testing.postgres.PostgresTestResource;
import io.buzzline.testing.redis.RedisTestResource;
import io.buzzline.testing.tokens.TestTokens;
import io.buzzline.testing.tokens.TokenKeysTestResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;

/** Archiving a finished game adds its plays to the statistics of the bank's questions, once per game. */
@QuarkusTest
@WithTestResource(RedisTestResource.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(FirestoreTestResource.class)
@WithTestResource(TokenKeysTestResource.class)
class QuestionStatsTest {
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

    @Inject
    QuestionService questions;

    private OpenApiValidation api;

    @BeforeEach
    void loadContract() {
        api = OpenApiValidation.ofServedDocument();
    }

    @Test
    void aGameArchivedTwiceCountsItsQuestionsOnceAndTheApiShowsTheStatistics() {
        String category = Questions.freshCategory();
        String asked = add(category, "Stats asked");
        String skipped = add(category, "Stats skipped");
        List<EventEnvelope> log = game("g-" + UUID.randomUUID())
                .show(asked)
                .answer("p-ada", asked, true, 1200)
                .answer("p-bob", asked, false, 800)
                .answer("p-cy", asked, true, 1000)
                .reveal(asked, AnswerRevealed.Reason.ANSWERED)
                .show(skipped)
                .reveal(skipped, AnswerRevealed.Reason.SKIPPED)
                // A question the bank does not hold (a hand-made pack) is left out, not an error.
                .show("not-in-the-bank-" + UUID.randomUUID())
                .add(new GameEnded(GameEnded.Reason.COMPLETED))
                .log();

        assertThat(archive.archive(log)).isInstanceOf(ArchiveOutcome.Archived.class);
        assertThat(archive.archive(log)).isInstanceOf(ArchiveOutcome.AlreadyArchived.class);

        var stats = api.given()
                .get("/questions/{id}", asked)
                .then()
                .statusCode(200)
                .body("stats.timesAsked", equalTo(1))
                .body("stats.timesAnswered", equalTo(3))
                .body("stats.timesCorrect", equalTo(2))
                .body("stats.timesSkipped", equalTo(0))
                .body("stats.averageResponseMillis", equalTo(1000))
                .extract()
                .jsonPath();
        assertThat(stats.getDouble("stats.successRate")).isCloseTo(2.0 / 3, within(0.001));
        api.given()
                .get("/questions/{id}", skipped)
                .then()
                .statusCode(200)
                .body("stats.timesAsked", equalTo(1))
                .body("stats.timesAnswered", equalTo(0))
                .body("stats.timesSkipped", equalTo(1))
                .body("stats.successRate", equalTo(-1.0f))
                .body("stats.averageResponseMillis", equalTo(-1));
    }

    @Test
    void gamesAddUpAndConcurrentArchivesOfOneGameCountOnce() throws Exception {
        String question = add(Questions.freshCategory(), "Stats concurrent");
        archive.archive(game("g-" + UUID.randomUUID())
                .show(question)
                .answer("p-1", question, false, 500)
                .add(new GameEnded(GameEnded.Reason.COMPLETED))
                .log());
        List<EventEnvelope> raced = game("g-" + UUID.randomUUID())
                .show(question)
                .answer("p-2", question, true, 700)
                .add(new GameEnded(GameEnded.Reason.COMPLETED))
                .log();

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<ArchiveOutcome>> attempts = java.util.stream.IntStream.range(0, 4)
                    .mapToObj(i -> CompletableFuture.supplyAsync(
                            () -> {
                                await(start);
                                return archive.archive(raced);
                            },
                            pool))
                    .toList();
            start.countDown();
            List<ArchiveOutcome> outcomes =
                    attempts.stream().map(CompletableFuture::join).toList();
            assertThat(outcomes)
                    .filteredOn(o -> o instanceof ArchiveOutcome.Archived)
                    .hasSize(1);
        } finally {
            pool.shutdownNow();
        }

        api.given()
                .get("/questions/{id}", question)
                .then()
                .statusCode(200)
                .body("stats.timesAsked", equalTo(2))
                .body("stats.timesAnswered", equalTo(2))
                .body("stats.timesCorrect", equalTo(1))
                .body("stats.averageResponseMillis", equalTo(600));
    }

    private static GameLogs game(String id) {
        return GameLogs.game(id, Instant.parse("2026-11-20T10:00:00Z")).add(new PlayerJoined("p-ada", "Ada", null));
    }

    private String add(String category, String text) {
        return questions
                .create(new QuestionContent(
                        text + " " + category + "?",
                        List.of("Alpha", "Beta"),
                        "Beta",
                        category,
                        2,
                        "en",
                        List.of(),
                        "test"))
                .id();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
