package io.buzzline.content.history;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.buzzline.events.AnswerRevealed;
import io.buzzline.events.AnswerSubmitted;
import io.buzzline.events.EventEnvelope;
import io.buzzline.events.QuestionShown;

/**
 * The question-level facts of one finished game, folded from its log: per question (keyed by the
 * bank's question id, as packs hand them out) and per player. Feeds the questions' statistics and
 * the players' quest progress when the game is archived.
 */
public record GamePlay(Map<String, QuestionPlays> questions, Map<String, PlayerAnswers> players) {

    public GamePlay {
        questions = Map.copyOf(questions);
        players = Map.copyOf(players);
    }

    public static GamePlay of(List<EventEnvelope> log) {
        Map<String, QuestionPlays> questions = new LinkedHashMap<>();
        Map<String, PlayerAnswers> players = new LinkedHashMap<>();
        for (EventEnvelope e : log) {
            switch (e.event()) {
                case QuestionShown shown ->
                    questions.merge(shown.questionId(), QuestionPlays.NONE.shown(), (a, b) -> a.shown());
                case AnswerSubmitted answer -> {
                    questions.compute(answer.questionId(), (id, q) -> (q == null ? QuestionPlays.NONE : q)
                            .answer(answer.correct(), answer.responseTimeMillis()));
                    players.compute(answer.playerId(), (id, p) -> (p == null ? PlayerAnswers.NONE : p)
                            .answer(answer.questionId(), answer.correct()));
                }
                case AnswerRevealed revealed
                when revealed.reason() == AnswerRevealed.Reason.SKIPPED ->
                    questions.compute(revealed.questionId(), (id, q) -> (q == null ? QuestionPlays.NONE : q).skip());
                default -> {}
            }
        }
        return new GamePlay(questions, players);
    }

    /** The player's answers; none for a player who never answered. */
    public PlayerAnswers of(String playerId) {
        return players.getOrDefault(playerId, PlayerAnswers.NONE);
    }
}
