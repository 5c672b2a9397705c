package io.buzzline.lobby.contract;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.buzzline.commands.StartGame;
import io.buzzline.events.EventEnvelope;
import io.buzzline.events.PlayerJoined;
import io.buzzline.events.QuestionShown;
import io.buzzline.events.RoundStarted;
import io.buzzline.lobby.game.AutoStartRule;
import io.buzzline.lobby.game.AutoStartSchedule;
import io.buzzline.lobby.game.QuickPlayStarter;
import io.buzzline.lobby.support.MatchServiceTestResource;
import io.buzzline.testing.redis.InjectRedis;
import io.buzzline.testing.redis.RedisTarget;
import io.buzzline.testing.tokens.TokenKeysTestResource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Quick-play games start themselves, for real in match: at once when full, else when the countdown
 * that began at the minimum of players has run out, and only one lobby instance sends the start. The
 * countdown is an hour here so that nothing starts by the clock unless the test says so.
 */
@QuarkusTest
@TestProfile(QuickPlayAutoStartTest.SmallGames.class)
@WithTestResource(MatchServiceTestResource.class)
@WithTestResource(TokenKeysTestResource.class)
class QuickPlayAutoStartTest {

    /** Quick-play games of three; two players start an hour's countdown. */
    public static class SmallGames implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "buzzline.quick-play.max-players", "3",
                    "buzzline.quick-play.min-players", "2",
                    "buzzline.quick-play.start-delay", "PT1H",
                    "buzzline.quick-play.check-interval", "PT0.5S");
        }
    }

    @InjectRedis
    RedisTarget redis;

    @Inject
    AutoStartSchedule schedule;

    @Inject
    QuickPlayStarter starter;

    private LobbyFixture lobby;
    private MatchSide match;

    @BeforeEach
    void fixture() {
        lobby = new LobbyFixture(redis);
        match = new MatchSide(redis);
    }

    @Test
    void aLonePlayerWaitsAndASecondOneStartsTheCountdown() {
        String gameId = quickPlay("Solo", "fi");
        assertThat(schedule.startTime(gameId)).isEmpty();

        Instant before = Instant.now();
        assertThat(quickPlay("Duo", "fi")).isEqualTo(gameId);

        assertThat(schedule.startTime(gameId))
                .hasValueSatisfying(at -> assertThat(at).isAfter(before.plus(Duration.ofMinutes(59))));
        given().filter(lobby.contract()).get("/games/{id}", gameId).then().body("status", equalTo("OPEN"));
    }

    @Test
    void aFullGameStartsAtOnceInMatch() {
        String gameId = quickPlay("First", "sv");
        quickPlay("Second", "sv");
        assertThat(quickPlay("Third", "sv")).isEqualTo(gameId);

        assertThat(match.awaitEvent(gameId, RoundStarted.class).round()).isEqualTo(1);
        assertThat(match.awaitEvent(gameId, QuestionShown.class).questionNumber())
                .isEqualTo(1);
        awaitStatus(gameId, "STARTED");
        List<EventEnvelope> log = match.log(gameId);
        long startedAt = log.stream()
                .filter(e -> e.event() instanceof RoundStarted)
                .findFirst()
                .orElseThrow()
                .sequence();
        assertThat(log.stream().filter(e -> e.event() instanceof PlayerJoined))
                .hasSize(3)
                .allSatisfy(joined -> assertThat(joined.sequence()).isLessThan(startedAt));
        assertThat(startCommands(gameId)).isEqualTo(1);
        // A fourth quick player gets a new game rather than the running one.
        assertThat(quickPlay("Fourth", "sv")).isNotEqualTo(gameId);
    }

    @Test
    void whenTheCountdownRunsOutOneOfManyInstancesStartsTheGame() throws Exception {
        String gameId = quickPlay("Ann", "da");
        quickPlay("Ben", "da");
        await().atMost(MatchSide.PATIENCE).until(() -> schedule.questionsReady(gameId));

        // The countdown runs out now; eight checks race for it (as eight lobby instances would), and
        // the scheduled check of this instance joins the race.
        schedule.arm(gameId, new AutoStartRule.StartAt(Instant.now(), true));
        CyclicBarrier go = new CyclicBarrier(8);
        List<Future<Integer>> checks = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 8; i++) {
                checks.add(pool.submit((Callable<Integer>) () -> {
                    go.await();
                    return starter.startDueGames();
                }));
            }
        }
        int startedHere = 0;
        for (Future<Integer> check : checks) {
            startedHere += check.get();
        }

        match.awaitEvent(gameId, RoundStarted.class);
        awaitStatus(gameId, "STARTED");
        assertThat(startedHere).isLessThanOrEqualTo(1);
        assertThat(startCommands(gameId)).isEqualTo(1);
        assertThat(match.events(gameId, RoundStarted.class)).hasSize(1);
        assertThat(schedule.startTime(gameId)).isEmpty();
    }

    private String quickPlay(String nickname, String language) {
        return given().filter(lobby.contract())
                .contentType("application/json")
                .body(Map.of("nickname", nickname, "language", language))
                .post("/quickplay")
                .then()
                .statusCode(201)
                .extract()
                .path("gameId");
    }

    private long startCommands(String gameId) {
        return lobby.queuedCommands().stream()
                .filter(c -> c.gameId().equals(gameId) && c.command() instanceof StartGame)
                .count();
    }

    private void awaitStatus(String gameId, String status) {
        await().atMost(MatchSide.PATIENCE).untilAsserted(() -> given().filter(lobby.contract())
                .get("/games/{id}", gameId)
                .then()
                .statusCode(200)
                .body("status", equalTo(status)));
    }
}
