package io.buzzline.match.runtime;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.buzzline.commands.CreateGame;
import io.buzzline.commands.JoinGame;
import io.buzzline.commands.PressBuzz;
import io.buzzline.commands.StartGame;
import io.buzzline.commands.SubmitAnswer;
import io.buzzline.events.AnswerRevealed;
import io.buzzline.events.BuzzerAwarded;
import io.buzzline.events.EventEnvelope;
import io.buzzline.events.EventType;
import io.buzzline.events.GameEnded;
import io.buzzline.events.QuestionShown;
import io.buzzline.events.RoundMode;
import io.buzzline.match.support.ContentTestResource;
import io.buzzline.match.support.MatchDriver;
import io.buzzline.match.support.TestGames;
import io.buzzline.testing.redis.InjectRedis;
import io.buzzline.testing.redis.RedisTarget;
import io.buzzline.testing.redis.RedisTestResource;

import static io.buzzline.match.support.TestGames.HOST;
import static org.assertj.core.api.Assertions.assertThat;

/** Create → join → a whole game through the intake stream, real Redis, real timers, both modes. */
@QuarkusTest
@WithTestResource(RedisTestResource.class)
@WithTestResource(ContentTestResource.class)
class FullGameTest {

    @InjectRedis
    RedisTarget target;

    @Inject
    MeterRegistry metrics;

    private MatchDriver match;
    private final String gameId = "g-" + UUID.randomUUID();

    @BeforeEach
    void connect() {
        match = new MatchDriver(target.url(), target.keyPrefix());
    }

    @AfterEach
    void close() {
        match.close();
    }

    @Test
    void classicGameRunsToTheEndWithAnswersAndTheCloseTimer() {
        match.send(gameId, new CreateGame(HOST, TestGames.settings(2, Duration.ofMillis(800), RoundMode.CLASSIC)));
        match.send(gameId, new JoinGame("p1", "Ada", null));
        match.send(gameId, new JoinGame("p2", "Bob", null));
        match.awaitEvent(gameId, EventType.QUESTIONS_LOADED);
        match.awaitEvent(gameId, EventType.PLAYER_JOINED, 2);
        // The games-live panel sums this gauge over instances.
        assertThat(metrics.get("buzzline.match.games").gauge().value()).isGreaterThanOrEqualTo(1);
        match.send(gameId, new StartGame(HOST));

        // Question 1: both answer, which reveals it at once.
        QuestionShown first = shown(match.awaitEvent(gameId, EventType.QUESTION_SHOWN));
        match.send(gameId, new SubmitAnswer("p1", first.questionId(), "B", Instant.now()));
        match.send(gameId, new SubmitAnswer("p2", first.questionId(), "A", Instant.now()));
        // Question 2 (after the advance timer): nobody answers, the close timer reveals it.
        match.awaitEvent(gameId, EventType.QUESTION_SHOWN, 2);
        EventEnvelope ended = match.awaitEvent(gameId, EventType.GAME_ENDED);

        assertThat(((GameEnded) ended.event()).reason()).isEqualTo(GameEnded.Reason.COMPLETED);
        List<EventEnvelope> log = match.log(gameId);
        assertGapFree(log);
        assertThat(log.stream().map(EventEnvelope::type))
                .containsSubsequence(
                        EventType.GAME_CREATED,
                        EventType.QUESTIONS_LOADED,
                        EventType.ROUND_STARTED,
                        EventType.QUESTION_SHOWN,
                        EventType.ANSWER_SUBMITTED,
                        EventType.ANSWER_SUBMITTED,
                        EventType.ANSWER_REVEALED,
                        EventType.QUESTION_SHOWN,
                        EventType.ANSWER_REVEALED,
                        EventType.ROUND_ENDED,
                        EventType.GAME_ENDED);
        List<AnswerRevealed.Reason> reveals = log.stream()
                .filter(e -> e.type() == EventType.ANSWER_REVEALED)
                .map(e -> ((AnswerRevealed) e.event()).reason())
                .toList();
        assertThat(reveals).containsExactly(AnswerRevealed.Reason.ANSWERED, AnswerRevealed.Reason.TIME_UP);
    }

    @Test
    void buzzerGameAwardsTheBuzzerAfterTheWindowAndEnds() {
        match.send(gameId, new CreateGame(HOST, TestGames.settings(1, Duration.ofSeconds(5), RoundMode.BUZZER)));
        match.send(gameId, new JoinGame("p1", "Ada", null));
        match.send(gameId, new JoinGame("p2", "Bob", null));
        match.awaitEvent(gameId, EventType.QUESTIONS_LOADED);
        match.awaitEvent(gameId, EventType.PLAYER_JOINED, 2);
        match.send(gameId, new StartGame(HOST));

        QuestionShown question = shown(match.awaitEvent(gameId, EventType.QUESTION_SHOWN));
        Instant buzzAt = later(Instant.now(), question.opensAt().plusMillis(100));
        match.send(gameId, new PressBuzz("p2", question.questionId(), buzzAt, 40));
        match.send(gameId, new PressBuzz("p1", question.questionId(), buzzAt.plusMillis(50), 40));
        BuzzerAwarded award = (BuzzerAwarded)
                match.awaitEvent(gameId, EventType.BUZZER_AWARDED).event();
        assertThat(award.playerId()).isEqualTo("p2");
        match.send(gameId, new SubmitAnswer("p2", question.questionId(), "B", Instant.now()));
        EventEnvelope ended = match.awaitEvent(gameId, EventType.GAME_ENDED);

        assertThat(((GameEnded) ended.event()).reason()).isEqualTo(GameEnded.Reason.COMPLETED);
        List<EventEnvelope> log = match.log(gameId);
        assertGapFree(log);
        assertThat(log.stream().map(EventEnvelope::type))
                .containsSubsequence(
                        EventType.QUESTION_SHOWN,
                        EventType.BUZZ_PRESSED,
                        EventType.BUZZ_PRESSED,
                        EventType.BUZZER_AWARDED,
                        EventType.ANSWER_SUBMITTED,
                        EventType.ANSWER_REVEALED,
                        EventType.ROUND_ENDED,
                        EventType.GAME_ENDED);
    }

    static void assertGapFree(List<EventEnvelope> log) {
        for (int i = 0; i < log.size(); i++) {
            assertThat(log.get(i).sequence()).as("sequence at index %d", i).isEqualTo(i + 1L);
        }
    }

    private static QuestionShown shown(EventEnvelope envelope) {
        return (QuestionShown) envelope.event();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
