package io.buzzline.scoring.messaging;

import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.redis.client.Command;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.buzzline.events.EventEnvelope;
import io.buzzline.events.RoundMode;
import io.buzzline.events.StreakBonus;
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
 * Events in on match's stream, the live tally out: each player's points are the sum of the engine's
 * SCORE_UPDATED in the log, counted once whatever the delivery. Scoring sends match nothing but the
 * end confirmation.
 */
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

    private Map<String, Long> awaitBoard(GameLog game, long lastSequence) {
        await().atMost(WAIT).until(() -> match.appliedUpTo(game.gameId()) == lastSequence);
        return match.board(game.gameId());
    }

    @Test
    void theBoardSumsTheEnginesPointsAndListsEveryPlayerFromTheirJoin() {
        GameLog game = new GameLog("classic");
        match.publish(
                game.created(StreakBonus.DEFAULT, GameLog.classic(2, 1000)),
                game.joined("p1"),
                game.joined("p2"),
                game.joined("p3"),
                game.roundStarted(RoundMode.CLASSIC, 2),
                game.shown());
        EventEnvelope p1First = game.answered("p1", RoundMode.CLASSIC, 5_000, true);
        EventEnvelope p2First = game.answered("p2", RoundMode.CLASSIC, 1_000, false);
        match.publish(
                p1First,
                p2First,
                game.revealed(),
                game.scored(p1First, 875, 875, "CLASSIC_CORRECT", 1),
                game.scored(p2First, 0, 0, "CLASSIC_WRONG", 0),
                game.shown());
        EventEnvelope p1Second = game.answered("p1", RoundMode.CLASSIC, 10_000, true);
        match.publish(p1Second, game.revealed());
        EventEnvelope last = game.scored(p1Second, 850, 1725, "CLASSIC_STREAK", 2);
        match.publish(last);

        assertThat(awaitBoard(game, last.sequence())).isEqualTo(Map.of("p1", 1725L, "p2", 0L, "p3", 0L));
    }

    /**
     * Match feeds each append as one entry: a whole question's answers, its reveal and every point it owed
     * in one; an entry that comes again (a takeover re-feeds) counts once; and an entry ahead of the game's
     * creation waits for it like single events do.
     */
    @Test
    void anAppendsEventsInOneEntryCountOnceEachEvenWhenTheEntryComesAgain() {
        GameLog game = new GameLog("batched");
        EventEnvelope created = game.created(StreakBonus.OFF, GameLog.classic(1, 1000));
        EventEnvelope joined1 = game.joined("p1");
        EventEnvelope joined2 = game.joined("p2");
        EventEnvelope started = game.roundStarted(RoundMode.CLASSIC, 1);
        EventEnvelope shown = game.shown();
        EventEnvelope a1 = game.answered("p1", RoundMode.CLASSIC, 2_000, true);
        EventEnvelope a2 = game.answered("p2", RoundMode.CLASSIC, 3_000, true);
        EventEnvelope revealed = game.revealed();
        EventEnvelope s1 = game.scored(a1, 900, 900, "CLASSIC_CORRECT", 1);
        EventEnvelope s2 = game.scored(a2, 850, 850, "CLASSIC_CORRECT", 1);
        match.publishBatch(joined1, joined2, started, shown);
        await().atMost(WAIT).until(() -> parkedCount(game.gameId()) == 4);
        match.publish(created);
        match.publishBatch(a1, a2);
        match.publishBatch(revealed, s1, s2);
        match.publishBatch(revealed, s1, s2);

        assertThat(awaitBoard(game, s2.sequence())).isEqualTo(Map.of("p1", 900L, "p2", 850L));
        await().atMost(WAIT).until(() -> pendingInGroup() == 0);
        assertThat(parkedCount(game.gameId())).isZero();
    }

    @Test
    void aBuzzerPenaltyLowersTheTotal() {
        GameLog game = new GameLog("buzzer");
        match.publish(
                game.created(StreakBonus.OFF, GameLog.buzzer(1, 500, 250)),
                game.joined("p1"),
                game.joined("p2"),
                game.roundStarted(RoundMode.BUZZER, 1),
                game.shown());
        EventEnvelope wrong = game.answered("p1", RoundMode.BUZZER, 2_000, false);
        match.publish(wrong, game.scored(wrong, -250, -250, "BUZZER_WRONG", 0));
        EventEnvelope right = game.answered("p2", RoundMode.BUZZER, 3_000, true);
        match.publish(right, game.revealed());
        EventEnvelope last = game.scored(right, 500, 500, "BUZZER_CORRECT", 0);
        match.publish(last);

        assertThat(awaitBoard(game, last.sequence())).isEqualTo(Map.of("p1", -250L, "p2", 500L));
    }

    @Test
    void aRedeliveredScoreCountsOnce() {
        GameLog game = new GameLog("redelivered");
        EventEnvelope created = game.created(StreakBonus.OFF, GameLog.buzzer(2, 300, 0));
        EventEnvelope joined = game.joined("p1");
        EventEnvelope started = game.roundStarted(RoundMode.BUZZER, 2);
        EventEnvelope shown = game.shown();
        EventEnvelope answer = game.answered("p1", RoundMode.BUZZER, 1_500, true);
        EventEnvelope revealed = game.revealed();
        EventEnvelope score = game.scored(answer, 300, 300, "BUZZER_CORRECT", 0);
        // The feed delivers the score twice (a match takeover re-feeds what it cannot prove was fed).
        match.publish(created, joined, started, shown, answer, revealed, score, score);

        assertThat(awaitBoard(game, score.sequence())).isEqualTo(Map.of("p1", 300L));
    }

    @Test
    void anEventAheadOfItsGameWaitsForTheEarlierOnes() {
        GameLog game = new GameLog("reordered");
        EventEnvelope created = game.created(StreakBonus.OFF, GameLog.buzzer(1, 100, 0));
        EventEnvelope joined = game.joined("p1");
        EventEnvelope started = game.roundStarted(RoundMode.BUZZER, 1);
        EventEnvelope shown = game.shown();
        EventEnvelope answer = game.answered("p1", RoundMode.BUZZER, 900, true);
        EventEnvelope revealed = game.revealed();
        EventEnvelope score = game.scored(answer, 100, 100, "BUZZER_CORRECT", 0);
        match.publish(created, joined, score, started, answer, shown, revealed);

        assertThat(awaitBoard(game, score.sequence())).isEqualTo(Map.of("p1", 100L));
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
        EventEnvelope revealed = game.revealed();
        EventEnvelope score = game.scored(answer, 100, 100, "BUZZER_CORRECT", 0);
        EventEnvelope ended = game.ended();
        match.publish(joined, started, shown, answer, revealed, score, ended);
        await().atMost(WAIT).until(() -> parkedCount(game.gameId()) == 7);
        assertThat(match.board(game.gameId())).isEmpty();

        match.publish(created);
        assertThat(awaitBoard(game, ended.sequence())).isEqualTo(Map.of("p1", 100L));
        await().atMost(WAIT).until(() -> parkedCount(game.gameId()) == 0);
        // Confirmed when the end was parked (nothing held yet), and again once the game was recorded.
        await().atMost(WAIT).until(() -> match.confirmations(game.gameId()).size() == 2);
    }

    @Test
    void anEventTalliedByAnInstanceThatDiedBeforeItsAckCountsOnceWhenItComesAgain() {
        GameLog game = new GameLog("crash");
        EventEnvelope created = game.created(StreakBonus.OFF, GameLog.buzzer(1, 200, 0));
        EventEnvelope joined = game.joined("p1");
        EventEnvelope started = game.roundStarted(RoundMode.BUZZER, 1);
        EventEnvelope shown = game.shown();
        EventEnvelope answer = game.answered("p1", RoundMode.BUZZER, 800, true);
        EventEnvelope revealed = game.revealed();
        match.publish(created, joined, started, shown, answer, revealed);
        await().atMost(WAIT).until(() -> match.appliedUpTo(game.gameId()) == revealed.sequence());
        EventEnvelope score = game.scored(answer, 200, 200, "BUZZER_CORRECT", 0);
        // An instance applies the score to the tally and dies before acknowledging the entry ...
        assertThat(scorer.score(score)).isEqualTo(new ScoreOutcome.InTally(false));
        // ... the entry stays pending, another instance gets it: the tally already holds it.
        match.publish(score);

        await().atMost(WAIT).until(() -> pendingInGroup() == 0);
        assertThat(match.board(game.gameId())).isEqualTo(Map.of("p1", 200L));
    }

    private long pendingInGroup() {
        return match.pendingInGroup();
    }

    private long parkedCount(String gameId) {
        return match.redis()
                .send(Command.ZCARD, new RedisNames(match.prefix()).game(gameId).key("scoring:parked"))
                .toLong();
    }
}
