package io.buzzline.engine;

import java.util.Collection;
import java.util.Comparator;

import io.buzzline.events.RoundMode;
import io.buzzline.events.ScoreUpdated;
import io.buzzline.rules.Award;
import io.buzzline.rules.GameRules;

/**
 * Points, computed by the game's frozen rules in the decision that reveals a question, so that the
 * log never holds a reveal whose points are still owed: one SCORE_UPDATED per answer given, right
 * after ANSWER_REVEALED. A wrong BUZZER answer is the one result known before the reveal; its penalty
 * is logged with the verdict, and its reveal scores only the right answer.
 */
final class PointRules {

    /** Log order, so a tie on the leaderboard goes to whoever answered first. */
    private static final Comparator<GivenAnswer> LOGGED = Comparator.comparingLong(GivenAnswer::sequence);

    private PointRules() {}

    /** Scores {@code answers} to the question in play, which the emitter has just revealed. */
    static Emitter atReveal(GameState state, Emitter emitter, Collection<GivenAnswer> answers) {
        QuestionInPlay q = state.question();
        answers.stream()
                .filter(answer -> q.mode() == RoundMode.CLASSIC || answer.correct())
                .sorted(LOGGED)
                .forEach(answer -> emitter.emit(score(state, answer, award(state, answer))));
        return emitter;
    }

    /** The penalty of a wrong BUZZER answer, logged with its verdict: nothing about it is left to reveal. */
    static Emitter buzzerVerdict(GameState state, Emitter emitter, GivenAnswer wrong) {
        return emitter.emit(score(state, wrong, award(state, wrong)));
    }

    private static Award award(GameState state, GivenAnswer answer) {
        QuestionInPlay q = state.question();
        GameRules rules = state.rules();
        var round = rules.round(q.round());
        return switch (q.mode()) {
            case CLASSIC -> {
                int streakBefore = state.players()
                        .get(answer.playerId())
                        .streak()
                        .lengthBefore(rules.ordinal(q.round(), q.number()));
                yield rules.ruleSet()
                        .classic(round, rules.streak(), answer.responseMillis(), answer.correct(), streakBefore);
            }
            case BUZZER -> rules.ruleSet().buzzer(round, answer.correct());
        };
    }

    private static ScoreUpdated score(GameState state, GivenAnswer answer, Award award) {
        Player player = state.players().get(answer.playerId());
        return new ScoreUpdated(
                answer.playerId(),
                state.gameId() + ":" + answer.sequence(),
                award.points(),
                player.total() + award.points(),
                award.reason(),
                award.streak());
    }
}
