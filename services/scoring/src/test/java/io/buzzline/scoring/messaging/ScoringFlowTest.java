package io.buzzline.scoring.messaging;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.redis.client.Command;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.buzzline.commands.RecordScore;
import io.buzzline.events.EventEnvelope;
import io.buzzline.events.RoundMode;
import io.buzzline.events.StreakBonus;
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

/** Events in on match's stream, RECORD_SCORE out on its intake, as match would see it. */
@QuarkusTest
@WithTestResource(RedisTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ScoringFlowTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @InjectRedis
    RedisTarget redis;

    @Inject
    GameScorer scorer;

    private MatchStreams match;

    @BeforeEach
    void connect() {
        match = new MatchStreams(redis);
    }

    @AfterEach
    void close() {
        match.close();
    }

    private long appliedUpTo(String gameId) {
        var seq = match.redis().send(Command.HGET, match.prefix() + "{g:" + gameId + "}:scoring", "seq");
        return seq == null ? 0 : seq.toLong();
    }

    private List<RecordScore> awaitScores(String gameId, int count) {
        await().atMost(WAIT).until(() -> match.scores(gameId).size() >= count);
        return match.scores(gameId);
    }

    @Test
    void classicAnswersAreScoredAtTheRevealWithSpeedAndStreak() {
        GameLog game = new GameLog("classic");
        match.publish(
                game.created(StreakBonus.DEFAULT, GameLog.classic(2, 1000)),
                game.joined("p1"),
                game.joined("p2"),
                game.roundStarted(RoundMode.CLASSIC, 2),
                game.shown());
        EventEnvelope p1First = game.answered("p1", RoundMode.CLASSIC, 5_000, true);
        match.publish(p1First, game.answered("p2", RoundMode.CLASSIC, 1_000, false), game.revealed(), game.shown());
        EventEnvelope p1Second = game.answered("p1", RoundMode.CLASSIC, 10_000, true);
        EventEnvelope p2Second = game.answered("p2", RoundMode.CLASSIC, 400, true);
        match.publish(p1Second, p2Second, game.revealed());

        List<RecordScore> scores = awaitScores(game.gameId(), 3);
        assertThat(scores)
                .containsExactly(
                        new RecordScore("p1", p1First.eventId(), 875, 875, "CLASSIC_CORRECT"),
                        // 750 for speed + 100 for the second correct answer in a row
                        new RecordScore("p1", p1Second.eventId(), 850, 1725, "CLASSIC_STREAK"),
                        new RecordScore("p2", p2Second.eventId(), 1000, 1000, "CLASSIC_CORRECT"));
    }

    @Test
    void aQuestionLeftUnansweredBreaksTheStreak() {
        GameLog game = new GameLog("streak-break");
        match.publish(
                game.created(StreakBonus.DEFAULT, GameLog.classic(3, 1000)),
                game.joined("p1"),
                game.joined("p2"),
                game.roundStarted(RoundMode.CLASSIC, 3),
                game.shown());
        EventEnvelope first = game.answered("p1", RoundMode.CLASSIC, 5_000, true);
        match.publish(first, game.revealed(), game.shown());
        // p1 lets question 2 pass without answering.
        match.publish(game.answered("p2", RoundMode.CLASSIC, 3_000, false), game.revealed(), game.shown());
        EventEnvelope third = game.answered("p1", RoundMode.CLASSIC, 5_000, true);
        match.publish(third, game.revealed());

        assertThat(awaitScores(game.gameId(), 2))
                .containsExactly(
                        new RecordScore("p1", first.eventId(), 875, 875, "CLASSIC_CORRECT"),
                        new RecordScore("p1", third.eventId(), 875, 1750, "CLASSIC_CORRECT"));
    }

    @Test
    void buzzerAnswersAreScoredAtOnceWithThePenalty() {
        GameLog game = new GameLog("buzzer");
        match.publish(
                game.created(StreakBonus.OFF, GameLog.buzzer(1, 500, 250)),
                game.joined("p1"),
                game.joined("p2"),
                game.roundStarted(RoundMode.BUZZER, 1),
                game.shown());
        EventEnvelope wrong = game.answered("p1", RoundMode.BUZZER, 2_000, false);
        EventEnvelope right = game.answered("p2", RoundMode.BUZZER, 3_000, true);
        match.publish(wrong, right);

        assertThat(awaitScores(game.gameId(), 2))
                .containsExactly(
                        new RecordScore("p1", wrong.eventId(), -250, -250, "BUZZER_WRONG"),
                        new RecordScore("p2", right.eventId(), 500, 500, "BUZZER_CORRECT"));
    }

    @Test
    void aRedeliveredAnswerScoresOnce() {
        GameLog game = new GameLog("redelivered");
        match.publish(
                game.created(StreakBonus.OFF, GameLog.buzzer(2, 300, 0)),
                game.joined("p1"),
                game.roundStarted(RoundMode.BUZZER, 2),
                game.shown());
        EventEnvelope answer = game.answered("p1", RoundMode.BUZZER, 1_500, true);
        EventEnvelope later = game.answered("p1", RoundMode.BUZZER, 1_700, true);
        // The feed delivers the answer twice (a match takeover re-feeds what it cannot prove was fed).
        match.publish(answer, answer, later);

        List<RecordScore> scores = awaitScores(game.gameId(), 2);
        assertThat(scores).extracting(RecordScore::sourceEventId).containsExactly(answer.eventId(), later.eventId());
        assertThat(scores.getLast().total()).isEqualTo(600);
    }

    @Test
    void anEventAheadOfItsGameWaitsForTheEarlierOnes() {
        GameLog game = new GameLog("reordered");
        EventEnvelope created = game.created(StreakBonus.OFF, GameLog.buzzer(1, 100, 0));
        EventEnvelope joined = game.joined("p1");
        EventEnvelope started = game.roundStarted(RoundMode.BUZZER, 1);
        EventEnvelope shown = game.shown();
        EventEnvelope answer = game.answered("p1", RoundMode.BUZZER, 900, true);
        match.publish(created, joined, started, answer, shown);

        assertThat(awaitScores(game.gameId(), 1))
                .containsExactly(new RecordScore("p1", answer.eventId(), 100, 100, "BUZZER_CORRECT"));
    }

    @Test
    void eventsAheadOfTheGamesCreationWaitForIt() {
        // Two instances: the creation is still with one of them when the other gets the next events.
        GameLog game = new GameLog("created-late");
        EventEnvelope created = game.created(StreakBonus.OFF, GameLog.buzzer(1, 100, 0));
        EventEnvelope joined = game.joined("p1");
        EventEnvelope started = game.roundStarted(RoundMode.BUZZER, 1);
        EventEnvelope shown = game.shown();
        EventEnvelope answer = game.answered("p1", RoundMode.BUZZER, 900, true);
        EventEnvelope ended = game.ended();
        match.publish(joined, started, shown, answer, ended);
        await().atMost(WAIT).until(() -> parkedCount(game.gameId()) == 5);
        assertThat(match.scores(game.gameId())).isEmpty();

        match.publish(created);
        assertThat(awaitScores(game.gameId(), 1))
                .containsExactly(new RecordScore("p1", answer.eventId(), 100, 100, "BUZZER_CORRECT"));
        await().atMost(WAIT).until(() -> appliedUpTo(game.gameId()) == 6 && parkedCount(game.gameId()) == 0);
        // Confirmed when the end was parked (nothing held yet), and again once the game was recorded.
        await().atMost(WAIT).until(() -> match.confirmations(game.gameId()).size() == 2);
    }

    private long parkedCount(String gameId) {
        return match.redis()
                .send(Command.ZCARD, match.prefix() + "{g:" + gameId + "}:scoring:parked")
                .toLong();
    }

    @Test
    void scoresAppliedBeforeACrashAreSentWhenTheEventComesAgain() {
        GameLog game = new GameLog("crash");
        match.publish(
                game.created(StreakBonus.OFF, GameLog.buzzer(1, 200, 0)),
                game.joined("p1"),
                game.roundStarted(RoundMode.BUZZER, 1),
                game.shown());
        await().atMost(WAIT).until(() -> appliedUpTo(game.gameId()) == 4);
        EventEnvelope answer = game.answered("p1", RoundMode.BUZZER, 800, true);
        // An instance applies the answer to the tally and dies before sending the score ...
        List<RecordScore> applied = ((ScoreOutcome.InTally) scorer.score(answer)).scores();
        assertThat(applied).hasSize(1);
        assertThat(match.scores(game.gameId())).isEmpty();
        // ... the entry stays pending, another instance gets it and sends the score from the tally's outbox.
        match.publish(answer);
        assertThat(awaitScores(game.gameId(), 1)).containsExactlyElementsOf(applied);
    }
}
