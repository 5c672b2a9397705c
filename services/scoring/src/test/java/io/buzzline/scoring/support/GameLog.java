package io.buzzline.scoring.support;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.buzzline.events.AnswerRevealed;
import io.buzzline.events.AnswerSubmitted;
import io.buzzline.events.BuzzerSettings;
import io.buzzline.events.EventEnvelope;
import io.buzzline.events.GameCreated;
import io.buzzline.events.GameEnded;
import io.buzzline.events.GameEvent;
import io.buzzline.events.GameSettings;
import io.buzzline.events.PlayerJoined;
import io.buzzline.events.QuestionShown;
import io.buzzline.events.RoundMode;
import io.buzzline.events.RoundSettings;
import io.buzzline.events.RoundStarted;
import io.buzzline.events.ScoreUpdated;
import io.buzzline.events.StreakBonus;

/**
 * Writes one game's log the way the engine would, numbering events gap-free from 1: the test states
 * the facts (who answered what, how fast, whether right, what the engine scored) and gets the canon's
 * envelopes.
 */
public final class GameLog {

    private final String gameId;
    private final Instant start = Instant.parse("2026-11-25T10:00:00Z");
    private long sequence;
    private int round;
    private int question;
    private String questionId;

    public GameLog(String name) {
        this.gameId = name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public String gameId() {
        return gameId;
    }

    /** The next event, numbered. */
    public EventEnvelope next(GameEvent event) {
        sequence++;
        return EventEnvelope.of(gameId, sequence, start.plusSeconds(sequence), event);
    }

    /** A game of the given rounds with the given streak bonus. */
    public EventEnvelope created(StreakBonus streak, RoundSettings... rounds) {
        GameSettings settings = new GameSettings(
                List.of(rounds), 100, false, "en", "pack-1", Duration.ZERO, BuzzerSettings.DEFAULT, streak);
        return next(new GameCreated("host-1", settings));
    }

    public static RoundSettings classic(int questions, int pointsPossible) {
        return new RoundSettings(
                RoundMode.CLASSIC, questions, Duration.ofSeconds(20), Duration.ofSeconds(10), pointsPossible, 0);
    }

    public static RoundSettings buzzer(int questions, int pointsPossible, int penalty) {
        return new RoundSettings(
                RoundMode.BUZZER, questions, Duration.ofSeconds(30), Duration.ofSeconds(10), pointsPossible, penalty);
    }

    public EventEnvelope joined(String playerId) {
        return next(new PlayerJoined(playerId, "nick-" + playerId, null));
    }

    public EventEnvelope roundStarted(RoundMode mode, int questions) {
        round++;
        question = 0;
        return next(new RoundStarted(round, mode, questions));
    }

    public EventEnvelope shown() {
        question++;
        questionId = "q" + round + "-" + question;
        Instant opens = start.plusSeconds(sequence);
        return next(new QuestionShown(
                round, question, questionId, "Question?", List.of("A", "B"), opens, opens.plusSeconds(20)));
    }

    public EventEnvelope answered(String playerId, RoundMode mode, long millis, boolean correct) {
        return next(new AnswerSubmitted(playerId, questionId, correct ? "A" : "B", millis, mode, correct));
    }

    public EventEnvelope revealed() {
        return next(new AnswerRevealed(round, question, questionId, "A", AnswerRevealed.Reason.ANSWERED));
    }

    /** The engine's SCORE_UPDATED for {@code answer}, as it logs it right after the reveal. */
    public EventEnvelope scored(EventEnvelope answer, int points, long total, String reason, int streak) {
        String playerId = ((AnswerSubmitted) answer.event()).playerId();
        return next(new ScoreUpdated(
                playerId, answer.eventId(), points, total, ScoreUpdated.Reason.valueOf(reason), streak));
    }

    public EventEnvelope ended() {
        return next(new GameEnded(GameEnded.Reason.COMPLETED));
    }
}
