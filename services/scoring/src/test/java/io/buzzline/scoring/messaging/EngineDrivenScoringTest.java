package io.buzzline.scoring.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.buzzline.commands.CreateGame;
import io.buzzline.commands.FireTimer;
import io.buzzline.commands.GameCommand;
import io.buzzline.commands.JoinGame;
import io.buzzline.commands.LoadQuestions;
import io.buzzline.commands.PressBuzz;
import io.buzzline.commands.RecordScore;
import io.buzzline.commands.ShowNextQuestion;
import io.buzzline.commands.StartGame;
import io.buzzline.commands.SubmitAnswer;
import io.buzzline.engine.Deadline;
import io.buzzline.engine.Decision;
import io.buzzline.engine.GameEngine;
import io.buzzline.engine.GameState;
import io.buzzline.events.BuzzerSettings;
import io.buzzline.events.GameSettings;
import io.buzzline.events.Question;
import io.buzzline.events.QuestionPack;
import io.buzzline.events.RoundMode;
import io.buzzline.events.RoundSettings;
import io.buzzline.events.StreakBonus;
import io.buzzline.scoring.support.MatchStreams;
import io.buzzline.testing.postgres.PostgresTestResource;
import io.buzzline.testing.redis.InjectRedis;
import io.buzzline.testing.redis.RedisTarget;
import io.buzzline.testing.redis.RedisTestResource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * A whole game decided by the real engine, its events fed to scoring, and every score scoring sends fed
 * back to the engine, as match would: the engine accepts each one (its total follows), and the
 * recorded results equal the engine's totals.
 */
@QuarkusTest
@WithTestResource(RedisTestResource.class)
@WithTestResource(PostgresTestResource.class)
class EngineDrivenScoringTest {

    private static final String HOST = "host-e";
    private static final Duration WAIT = Duration.ofSeconds(15);

    @InjectRedis
    RedisTarget redis;

    private MatchStreams match;
    private GameState state;
    private Instant now = Instant.parse("2026-11-25T12:00:00Z");

    @BeforeEach
    void connect() {
        match = new MatchStreams(redis);
    }

    @AfterEach
    void close() {
        match.close();
    }

    /** Decides and applies a command the engine must accept, and feeds its events to scoring. */
    private void accept(GameCommand command) {
        GameEngine.Outcome outcome = GameEngine.handle(state, command, now);
        assertThat(outcome.decision()).as("%s", command).isInstanceOf(Decision.Accepted.class);
        state = outcome.state();
        outcome.events().forEach(match::publish);
    }

    private void fireTimer() {
        Deadline deadline = state.pendingDeadline().orElseThrow();
        now = deadline.dueAt();
        accept(new FireTimer(deadline.timerId(), deadline.dueAt()));
    }

    private void after(long millis) {
        now = now.plusMillis(millis);
    }

    @Test
    void theEngineAcceptsEveryScoreAndTheResultsMatchItsTotals() {
        String gameId = "engine-" + UUID.randomUUID().toString().substring(0, 8);
        state = GameState.empty(gameId);
        GameSettings settings = new GameSettings(
                List.of(
                        new RoundSettings(
                                RoundMode.CLASSIC, 2, Duration.ofSeconds(20), Duration.ofSeconds(10), 1000, 0),
                        new RoundSettings(
                                RoundMode.BUZZER, 1, Duration.ofSeconds(30), Duration.ofSeconds(10), 500, 200)),
                10,
                false,
                "en",
                "pack-e",
                Duration.ZERO,
                BuzzerSettings.DEFAULT,
                StreakBonus.DEFAULT);
        List<Question> questions = List.of(
                new Question("q1", "One?", List.of("A", "B"), "A"),
                new Question("q2", "Two?", List.of("A", "B"), "A"),
                new Question("q3", "Three?", List.of("A", "B"), "A"));
        accept(new CreateGame(HOST, settings));
        accept(new JoinGame("ep1", "Ada", null));
        accept(new JoinGame("ep2", "Bob", null));
        accept(new LoadQuestions(new QuestionPack("pack-e", questions)));
        accept(new StartGame(HOST));
        after(5_000);
        accept(new SubmitAnswer("ep1", "q1", "A", now));
        after(1_000);
        accept(new SubmitAnswer("ep2", "q1", "B", now));
        accept(new ShowNextQuestion(HOST));
        after(10_000);
        accept(new SubmitAnswer("ep2", "q2", "A", now));
        after(2_000);
        accept(new SubmitAnswer("ep1", "q2", "A", now));
        accept(new ShowNextQuestion(HOST));
        after(2_000);
        accept(new PressBuzz("ep2", "q3", now, 40));
        fireTimer();
        after(1_000);
        accept(new SubmitAnswer("ep2", "q3", "B", now));
        after(500);
        accept(new PressBuzz("ep1", "q3", now, 40));
        fireTimer();
        after(1_000);
        accept(new SubmitAnswer("ep1", "q3", "A", now));

        // q1: ep1 875; q2: ep2 750, ep1 700 + 100 streak; q3: ep2 −200, ep1 +500.
        await().atMost(WAIT).until(() -> match.scores(gameId).size() == 5);
        for (RecordScore score : match.scores(gameId)) {
            accept(score);
        }
        assertThat(state.player("ep1").orElseThrow().total()).isEqualTo(875 + 800 + 500);
        assertThat(state.player("ep2").orElseThrow().total()).isEqualTo(750 - 200);

        accept(new ShowNextQuestion(HOST));
        await().atMost(WAIT).until(() -> !match.confirmations(gameId).isEmpty());
        given().get("/games/{id}/results", gameId)
                .then()
                .statusCode(200)
                .body("players.playerId", equalTo(List.of("ep1", "ep2")))
                .body("players.score", equalTo(List.of(2175, 550)));
    }
}
