package io.buzzline.scoring.messaging;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.buzzline.commands.CreateGame;
import io.buzzline.commands.JoinGame;
import io.buzzline.commands.LoadQuestions;
import io.buzzline.commands.PressBuzz;
import io.buzzline.commands.ShowNextQuestion;
import io.buzzline.commands.StartGame;
import io.buzzline.commands.SubmitAnswer;
import io.buzzline.events.BuzzerSettings;
import io.buzzline.events.GameSettings;
import io.buzzline.events.Question;
import io.buzzline.events.QuestionPack;
import io.buzzline.events.RoundMode;
import io.buzzline.events.RoundSettings;
import io.buzzline.events.StreakBonus;
import io.buzzline.scoring.support.EngineGame;
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
 * A whole game decided by the real engine, its log fed to scoring as match would, with a host who
 * presses next the instant the last reveal is in: the points are in the log before GAME_ENDED, and
 * scoring's results equal the engine's totals, which equal the sum of the log's points.
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

    @BeforeEach
    void connect() {
        match = new MatchStreams(redis);
    }

    @AfterEach
    void close() {
        match.close();
    }

    @Test
    void theResultsEqualTheEnginesTotalsWhenTheHostEndsTheInstantTheLastRevealIsIn() {
        EngineGame game =
                new EngineGame("engine-" + UUID.randomUUID().toString().substring(0, 8));
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
        game.accept(new CreateGame(HOST, settings));
        game.accept(new JoinGame("ep1", "Ada", null));
        game.accept(new JoinGame("ep2", "Bob", null));
        game.accept(new LoadQuestions(new QuestionPack("pack-e", questions)));
        game.accept(new StartGame(HOST));
        game.after(5_000);
        game.accept(new SubmitAnswer("ep1", "q1", "A", game.now()));
        game.after(1_000);
        game.accept(new SubmitAnswer("ep2", "q1", "B", game.now()));
        game.accept(new ShowNextQuestion(HOST));
        game.after(10_000);
        game.accept(new SubmitAnswer("ep2", "q2", "A", game.now()));
        game.after(2_000);
        game.accept(new SubmitAnswer("ep1", "q2", "A", game.now()));
        game.accept(new ShowNextQuestion(HOST));
        game.after(2_000);
        game.accept(new PressBuzz("ep2", "q3", game.now(), 40));
        game.fireTimer();
        game.after(1_000);
        game.accept(new SubmitAnswer("ep2", "q3", "B", game.now()));
        game.after(500);
        game.accept(new PressBuzz("ep1", "q3", game.now(), 40));
        game.fireTimer();
        game.after(1_000);
        game.accept(new SubmitAnswer("ep1", "q3", "A", game.now()));
        game.accept(new ShowNextQuestion(HOST));
        game.log().forEach(match::publish);

        // q1: ep1 875; q2: ep2 750, ep1 700 + 100 streak; q3: ep2 -200, ep1 +500.
        assertThat(game.state().player("ep1").orElseThrow().total()).isEqualTo(875 + 800 + 500);
        assertThat(game.state().player("ep2").orElseThrow().total()).isEqualTo(750 - 200);
        assertThat(game.pointsInLog()).isEqualTo(Map.of("ep1", 2175L, "ep2", 550L));
        await().atMost(WAIT).until(() -> !match.confirmations(game.gameId()).isEmpty());
        given().get("/games/{id}/results", game.gameId())
                .then()
                .statusCode(200)
                .body("players.playerId", equalTo(List.of("ep1", "ep2")))
                .body("players.score", equalTo(List.of(2175, 550)));
    }
}
