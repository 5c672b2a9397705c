package io.buzzline.scoring.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.inject.Inject;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Response;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.buzzline.events.EventEnvelope;
import io.buzzline.events.RoundMode;
import io.buzzline.events.StreakBonus;
import io.buzzline.events.json.EventCodec;
import io.buzzline.events.wire.RedisNames;
import io.buzzline.scoring.support.GameLog;
import io.buzzline.scoring.support.MatchStreams;
import io.buzzline.scoring.tally.GameScorer;
import io.buzzline.scoring.tally.ScoreOutcome;
import io.buzzline.testing.postgres.PostgresTestResource;
import io.buzzline.testing.redis.InjectRedis;
import io.buzzline.testing.redis.RedisTarget;
import io.buzzline.testing.redis.RedisTestResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A run of one game's events that waited on its lane together is tallied in one script call: each event
 * once, in the game's order; an event the tally holds already (a repeat in the middle of the run) changes
 * nothing; events after a gap are parked until the missing one comes, then applied; every entry is
 * acknowledged after the run.
 */
@QuarkusTest
@WithTestResource(RedisTestResource.class)
@WithTestResource(PostgresTestResource.class)
class RunOfEventsTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final ScoreOutcome IN_TALLY = new ScoreOutcome.InTally(false);
    private static final ScoreOutcome PARKED = new ScoreOutcome.Parked();

    @InjectRedis
    RedisTarget redis;

    @Inject
    GameScorer scorer;

    @Inject
    EventIntake intake;

    private final EventCodec codec = new EventCodec();
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
    void aRunOfConsecutiveEventsIsTalliedOnceEachInOneCall() {
        GameLog game = new GameLog("run");
        EventEnvelope created = game.created(StreakBonus.DEFAULT, GameLog.classic(1, 1000));
        EventEnvelope p1Joined = game.joined("p1");
        EventEnvelope p2Joined = game.joined("p2");
        EventEnvelope started = game.roundStarted(RoundMode.CLASSIC, 1);
        EventEnvelope shown = game.shown();
        EventEnvelope p1Answer = game.answered("p1", RoundMode.CLASSIC, 4_000, true);
        EventEnvelope p2Answer = game.answered("p2", RoundMode.CLASSIC, 2_000, false);
        EventEnvelope revealed = game.revealed();
        EventEnvelope p1Score = game.scored(p1Answer, 900, 900, "CLASSIC_CORRECT", 1);
        EventEnvelope p2Score = game.scored(p2Answer, 0, 0, "CLASSIC_WRONG", 0);

        List<ScoreOutcome> outcomes = scorer.scoreRun(
                List.of(created, p1Joined, p2Joined, started, shown, p1Answer, p2Answer, revealed, p1Score, p2Score));

        assertThat(outcomes)
                .containsExactly(
                        IN_TALLY, IN_TALLY, IN_TALLY, IN_TALLY, IN_TALLY, IN_TALLY, IN_TALLY, IN_TALLY, IN_TALLY,
                        IN_TALLY);
        assertThat(match.appliedUpTo(game.gameId())).isEqualTo(p2Score.sequence());
        assertThat(match.board(game.gameId())).isEqualTo(Map.of("p1", 900L, "p2", 0L));
        assertThat(tally(game, "a:p1", "c:p1", "ms:p1", "b:p1", "a:p2", "c:p2", "t:p1", "n:p2"))
                .containsExactly("1", "1", "4000", "4000", "1", "0", "900", "nick-p2");
    }

    @Test
    void anEventTheTallyHoldsInTheMiddleOfARunChangesNothingAndAnEarlierOneArrivingLaterTakesItsTurn() {
        GameLog game = new GameLog("run-repeat");
        EventEnvelope created = game.created(StreakBonus.OFF, GameLog.buzzer(2, 300, 0));
        EventEnvelope joined = game.joined("p1");
        EventEnvelope started = game.roundStarted(RoundMode.BUZZER, 2);
        EventEnvelope shown = game.shown();
        EventEnvelope answer = game.answered("p1", RoundMode.BUZZER, 1_500, true);
        EventEnvelope revealed = game.revealed();
        EventEnvelope score = game.scored(answer, 300, 300, "BUZZER_CORRECT", 0);
        EventEnvelope shownAgain = game.shown();
        EventEnvelope secondAnswer = game.answered("p1", RoundMode.BUZZER, 900, true);
        EventEnvelope revealedAgain = game.revealed();
        EventEnvelope secondScore = game.scored(secondAnswer, 300, 600, "BUZZER_CORRECT", 0);
        assertThat(scorer.scoreRun(List.of(created, joined, started, shown, answer, revealed)))
                .containsOnly(IN_TALLY);

        // A repeat of a tallied answer and of the score just applied in this very run, and the second
        // answer arriving after its reveal (it takes its turn once the run is through).
        List<ScoreOutcome> outcomes =
                scorer.scoreRun(List.of(score, answer, score, shownAgain, revealedAgain, secondAnswer));
        assertThat(outcomes).containsExactly(IN_TALLY, IN_TALLY, IN_TALLY, IN_TALLY, IN_TALLY, IN_TALLY);
        assertThat(match.appliedUpTo(game.gameId())).isEqualTo(revealedAgain.sequence());
        assertThat(scorer.scoreRun(List.of(secondScore, score))).containsExactly(IN_TALLY, IN_TALLY);

        assertThat(match.board(game.gameId())).isEqualTo(Map.of("p1", 600L));
        assertThat(tally(game, "a:p1", "c:p1", "ms:p1", "b:p1", "t:p1", "seq"))
                .containsExactly("2", "2", "2400", "900", "600", Long.toString(secondScore.sequence()));
    }

    @Test
    void eventsAfterAGapInARunAreParkedAndEveryEntryIsAcknowledgedAfterTheRun() {
        GameLog game = new GameLog("run-gap");
        EventEnvelope created = game.created(StreakBonus.OFF, GameLog.buzzer(1, 100, 0));
        EventEnvelope joined = game.joined("p1");
        EventEnvelope started = game.roundStarted(RoundMode.BUZZER, 1);
        EventEnvelope shown = game.shown();
        EventEnvelope answer = game.answered("p1", RoundMode.BUZZER, 700, true);
        EventEnvelope revealed = game.revealed();
        EventEnvelope score = game.scored(answer, 100, 100, "BUZZER_CORRECT", 0);
        EventEnvelope ended = game.ended();
        List<String> settled = new CopyOnWriteArrayList<>();

        // The answer is still with another instance: the run has a gap, and a repeat of the join.
        intake.tally(arrivals(settled, created, joined, started, joined, shown, revealed, score, ended));

        assertThat(settled)
                .containsExactly(
                        "ack " + created.sequence(),
                        "ack " + joined.sequence(),
                        "ack " + started.sequence(),
                        "ack " + joined.sequence(),
                        "ack " + shown.sequence(),
                        "ack " + revealed.sequence(),
                        "ack " + score.sequence(),
                        "ack " + ended.sequence());
        assertThat(match.appliedUpTo(game.gameId())).isEqualTo(shown.sequence());
        assertThat(parked(game)).isEqualTo(3);
        assertThat(match.board(game.gameId())).isEqualTo(Map.of("p1", 0L));

        // The missing answer comes: it is applied, then the parked events behind it, the end recorded.
        settled.clear();
        intake.tally(arrivals(settled, answer));

        assertThat(settled).containsExactly("ack " + answer.sequence());
        assertThat(match.appliedUpTo(game.gameId())).isEqualTo(ended.sequence());
        assertThat(parked(game)).isZero();
        assertThat(match.board(game.gameId())).isEqualTo(Map.of("p1", 100L));
        assertThat(tally(game, "a:p1", "t:p1")).containsExactly("1", "100");
        // Confirmed when the end was parked, and again once the game was recorded.
        await().atMost(WAIT).until(() -> match.confirmations(game.gameId()).size() == 2);
    }

    /** The run as the stream would hand it over; each entry's settlement is noted in {@code settled}. */
    private List<Arrival> arrivals(List<String> settled, EventEnvelope... envelopes) {
        List<Arrival> run = new ArrayList<>();
        for (EventEnvelope envelope : envelopes) {
            Message<String> message = Message.of(
                    codec.encode(envelope),
                    () -> {
                        settled.add("ack " + envelope.sequence());
                        return CompletableFuture.completedFuture(null);
                    },
                    failure -> {
                        settled.add("nack " + envelope.sequence() + ": " + failure.getMessage());
                        return CompletableFuture.completedFuture(null);
                    });
            run.add(new Arrival(envelope, message));
        }
        return run;
    }

    private List<String> tally(GameLog game, String... fields) {
        List<String> values = new ArrayList<>();
        for (String field : fields) {
            Response value = match.redis()
                    .send(
                            Command.HGET,
                            new RedisNames(match.prefix()).game(game.gameId()).key("scoring"),
                            field);
            values.add(value == null ? null : value.toString());
        }
        return values;
    }

    private long parked(GameLog game) {
        return match.redis()
                .send(
                        Command.ZCARD,
                        new RedisNames(match.prefix()).game(game.gameId()).key("scoring:parked"))
                .toLong();
    }
}
