package io.buzzline.content.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import io.buzzline.events.AnswerRevealed;
import io.buzzline.events.AnswerSubmitted;
import io.buzzline.events.EventEnvelope;
import io.buzzline.events.GameEvent;
import io.buzzline.events.QuestionShown;
import io.buzzline.events.RoundMode;

/** Test data: finished games' logs, built event by event. */
public final class GameLogs {

    private final String gameId;
    private final Instant at;
    private final List<GameEvent> events = new ArrayList<>();
    private int shown;

    private GameLogs(String gameId, Instant at) {
        this.gameId = gameId;
        this.at = at;
    }

    /** A log whose events all happen at {@code at} (so the game ends then). */
    public static GameLogs game(String gameId, Instant at) {
        return new GameLogs(gameId, at);
    }

    public GameLogs add(GameEvent event) {
        events.add(event);
        return this;
    }

    public GameLogs show(String questionId) {
        shown++;
        return add(new QuestionShown(
                1, shown, questionId, "Question " + shown + "?", List.of("Alpha", "Beta"), at, at.plusSeconds(20)));
    }

    public GameLogs answer(String playerId, String questionId, boolean correct, long millis) {
        return add(new AnswerSubmitted(
                playerId, questionId, correct ? "Beta" : "Alpha", millis, RoundMode.CLASSIC, correct));
    }

    public GameLogs reveal(String questionId, AnswerRevealed.Reason reason) {
        return add(new AnswerRevealed(1, shown, questionId, "Beta", reason));
    }

    public List<EventEnvelope> log() {
        return IntStream.range(0, events.size())
                .mapToObj(i -> EventEnvelope.of(gameId, i + 1, at, events.get(i)))
                .toList();
    }
}
