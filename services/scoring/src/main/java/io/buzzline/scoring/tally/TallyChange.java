package io.buzzline.scoring.tally;

import java.util.List;

import io.buzzline.events.AnswerRevealed;
import io.buzzline.events.AnswerSubmitted;
import io.buzzline.events.BuzzPressed;
import io.buzzline.events.BuzzerAwarded;
import io.buzzline.events.BuzzerReopened;
import io.buzzline.events.GameCreated;
import io.buzzline.events.GameEnded;
import io.buzzline.events.GameEvent;
import io.buzzline.events.PlayerJoined;
import io.buzzline.events.PlayerLeft;
import io.buzzline.events.QuestionShown;
import io.buzzline.events.QuestionsLoaded;
import io.buzzline.events.RoundEnded;
import io.buzzline.events.RoundStarted;
import io.buzzline.events.ScoreUpdated;
import io.buzzline.rules.RulesVersion;

/**
 * What one game event does to the game's tally, applied atomically with the sequence mark: its steps, in
 * order. Nothing in it depends on what the tally holds (sums and minimums are taken by the apply script),
 * so a retry computes the same change and a run of a game's events is applied in one script call. Points
 * are the engine's: scoring adds up the SCORE_UPDATED points of the log and never computes any. Most event
 * types change nothing ({@link #NONE}): they only move the sequence mark, which they must, since the next
 * event waits for it.
 */
public record TallyChange(List<Step> steps) {

    /** The change of an event scoring takes nothing from: the sequence step alone. */
    public static final TallyChange NONE = new TallyChange(List.of());

    public TallyChange {
        steps = List.copyOf(steps);
    }

    /** What a step does; {@code code} is what the apply script reads. */
    public enum Op {
        /** Sets a tally field. */
        SET("S"),
        /** Adds the value to a tally field. */
        INCREMENT("I"),
        /** Lowers a tally field to the value (sets it if absent). */
        LOWER_TO("M"),
        /** Adds the value to a player's place on the game's board (the field is the player id). */
        ADD_TO_BOARD("Z"),
        /** Puts a player on the game's board at the value (0) unless already there. */
        JOIN_BOARD("J");

        final String code;

        Op(String code) {
            this.code = code;
        }
    }

    /** One write of an event's change. */
    public record Step(Op op, String field, String value) {}

    /** The change {@code event} makes. */
    public static TallyChange of(GameEvent event) {
        return switch (event) {
            case GameCreated created ->
                new TallyChange(List.of(new Step(
                        Op.SET,
                        TallyFields.RULES,
                        RulesVersion.of(created.settings()).name())));
            case PlayerJoined joined ->
                new TallyChange(List.of(
                        new Step(Op.SET, TallyFields.nickname(joined.playerId()), joined.nickname()),
                        new Step(Op.JOIN_BOARD, joined.playerId(), "0")));
            case AnswerSubmitted answer -> {
                String player = answer.playerId();
                String millis = Long.toString(answer.responseTimeMillis());
                yield new TallyChange(List.of(
                        new Step(Op.INCREMENT, TallyFields.answered(player), "1"),
                        new Step(Op.INCREMENT, TallyFields.correct(player), answer.correct() ? "1" : "0"),
                        new Step(Op.INCREMENT, TallyFields.reactionSum(player), millis),
                        new Step(Op.LOWER_TO, TallyFields.bestReaction(player), millis)));
            }
            case ScoreUpdated score -> {
                String points = Integer.toString(score.points());
                yield new TallyChange(List.of(
                        new Step(Op.INCREMENT, TallyFields.total(score.playerId()), points),
                        new Step(Op.ADD_TO_BOARD, score.playerId(), points)));
            }
            case QuestionsLoaded ignored -> NONE;
            case RoundStarted ignored -> NONE;
            case QuestionShown ignored -> NONE;
            case BuzzPressed ignored -> NONE;
            case BuzzerAwarded ignored -> NONE;
            case BuzzerReopened ignored -> NONE;
            case AnswerRevealed ignored -> NONE;
            case RoundEnded ignored -> NONE;
            case PlayerLeft ignored -> NONE;
            case GameEnded ignored -> NONE;
        };
    }
}
