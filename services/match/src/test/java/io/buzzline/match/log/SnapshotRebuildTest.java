package io.buzzline.match.log;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import io.buzzline.commands.CreateGame;
import io.buzzline.commands.GameCommand;
import io.buzzline.commands.JoinGame;
import io.buzzline.commands.LoadQuestions;
import io.buzzline.commands.ShowNextQuestion;
import io.buzzline.commands.StartGame;
import io.buzzline.commands.SubmitAnswer;
import io.buzzline.engine.GameEngine;
import io.buzzline.engine.GameState;
import io.buzzline.engine.Replay;
import io.buzzline.engine.StateHash;
import io.buzzline.events.EventType;
import io.buzzline.events.Question;
import io.buzzline.events.QuestionPack;
import io.buzzline.events.QuestionShown;
import io.buzzline.events.RoundMode;
import io.buzzline.match.redis.GameKeys;
import io.buzzline.match.redis.MatchKeys;
import io.buzzline.match.support.ContentTestResource;
import io.buzzline.match.support.MatchDriver;
import io.buzzline.match.support.TestGames;
import io.buzzline.testing.redis.InjectRedis;
import io.buzzline.testing.redis.RedisTarget;
import io.buzzline.testing.redis.RedisTestResource;

import static org.assertj.core.api.Assertions.assertThat;

/** Snapshots are taken at round ends, and snapshot + tail rebuilds exactly the state the whole log gives. */
@QuarkusTest
@WithTestResource(RedisTestResource.class)
@WithTestResource(ContentTestResource.class)
class SnapshotRebuildTest {

    @InjectRedis
    RedisTarget target;

    @Inject
    GameRebuilder rebuilder;

    @Inject
    MatchKeys keys;

    @Test
    void snapshotPlusTailEqualsTheWholeLog() {
        String gameId = "g-" + UUID.randomUUID();
        try (MatchDriver match = new MatchDriver(target.url(), target.keyPrefix())) {
            // Two rounds: the first round's end is snapshotted while the second is still to be played.
            match.send(
                    gameId,
                    new CreateGame(
                            TestGames.HOST,
                            TestGames.settings(1, Duration.ofSeconds(10), RoundMode.CLASSIC, RoundMode.CLASSIC)));
            match.send(gameId, new JoinGame("p1", "Ada", null));
            match.awaitEvent(gameId, EventType.QUESTIONS_LOADED);
            match.awaitEvent(gameId, EventType.PLAYER_JOINED);
            match.send(gameId, new StartGame(TestGames.HOST));
            var first = (QuestionShown)
                    match.awaitEvent(gameId, EventType.QUESTION_SHOWN).event();
            match.send(gameId, new SubmitAnswer("p1", first.questionId(), "B", Instant.now()));
            match.awaitEvent(gameId, EventType.ROUND_ENDED);
            var second = (QuestionShown)
                    match.awaitEvent(gameId, EventType.QUESTION_SHOWN, 2).event();
            match.send(gameId, new SubmitAnswer("p1", second.questionId(), "C", Instant.now()));
            match.awaitEvent(gameId, EventType.GAME_ENDED);

            GameKeys game = keys.game(gameId);
            String snapshotSeq = match.redis()
                    .send(io.vertx.redis.client.Command.HGET, game.meta(), "snapshotSeq")
                    .toString();
            assertThat(Long.parseLong(snapshotSeq)).isPositive();

            GameState rebuilt = rebuilder.rebuild(game).await().indefinitely().state();
            GameState replayed = Replay.fromLog(gameId, match.log(gameId));
            assertThat(rebuilt.sequence()).isEqualTo(replayed.sequence());
            assertThat(StateHash.of(rebuilt)).isEqualTo(StateHash.of(replayed));
        }
    }

    @Test
    void aSnapshotWithAnswersInFlightAndStreaksSurvivesItsJsonRoundTrip() {
        // The engine scores at the reveal from the answers and streaks it holds: a snapshot must carry them.
        Instant now = Instant.parse("2026-11-25T10:00:00Z");
        var questions = List.of(
                new Question("q1", "One?", List.of("A", "B"), "B"), new Question("q2", "Two?", List.of("A", "B"), "B"));
        GameState state = GameState.empty("g-2");
        for (GameCommand command : List.of(
                new CreateGame(TestGames.HOST, TestGames.settings(2, Duration.ofSeconds(20), RoundMode.CLASSIC)),
                new LoadQuestions(new QuestionPack("pack-2", questions)),
                new JoinGame("p1", "Ada", null),
                new JoinGame("p2", "Bob", null),
                new StartGame(TestGames.HOST),
                new SubmitAnswer("p1", "q1", "B", now),
                new SubmitAnswer("p2", "q1", "A", now),
                new ShowNextQuestion(TestGames.HOST),
                new SubmitAnswer("p1", "q2", "B", now))) {
            state = GameEngine.handle(state, command, now).state();
        }
        assertThat(state.question().answers()).containsOnlyKeys("p1");
        assertThat(state.player("p1").orElseThrow().streak().length()).isEqualTo(1);
        var store = new SnapshotStore(null);
        var snapshot = io.buzzline.engine.Snapshots.of(state);

        assertThat(store.decode(store.encode(snapshot))).isEqualTo(snapshot);
    }

    @Test
    void aSnapshotSurvivesItsJsonRoundTrip() {
        GameState state = Replay.fromLog("g-1", List.of());
        var store = new SnapshotStore(null);
        var snapshot = io.buzzline.engine.Snapshots.of(state);
        assertThat(store.decode(store.encode(snapshot))).isEqualTo(snapshot);
    }
}
