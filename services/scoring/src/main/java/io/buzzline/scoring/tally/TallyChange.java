package io.buzzline.scoring.tally;

import java.util.LinkedHashMap;
import java.util.Map;

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
 * What one game event does to the game's tally, applied atomically with the sequence mark. Nothing in
 * it depends on what the tally holds (sums and minimums are taken by the apply script), so every event
 * costs one script call and a retry computes the same change. Points are the engine's: scoring adds up
 * the SCORE_UPDATED points of the log and never computes any.
 */
public final class TallyChange {

    final Map<String, String> fields = new LinkedHashMap<>();
    final Map<String, Long> increments = new LinkedHashMap<>();
    final Map<String, Long> minimums = new LinkedHashMap<>();
    final Map<String, Long> boardPoints = new LinkedHashMap<>();
    String joined;

    private TallyChange() {}

    /** The change {@code event} makes. */
    public static TallyChange of(GameEvent event) {
        TallyChange change = new TallyChange();
        switch (event) {
            case GameCreated created ->
                change.fields.put(
                        TallyFields.RULES, RulesVersion.of(created.settings()).name());
            case PlayerJoined joined -> {
                change.fields.put(TallyFields.nickname(joined.playerId()), joined.nickname());
                change.joined = joined.playerId();
            }
            case AnswerSubmitted answer -> {
                String player = answer.playerId();
                change.increments.put(TallyFields.answered(player), 1L);
                change.increments.put(TallyFields.correct(player), answer.correct() ? 1L : 0L);
                change.increments.put(TallyFields.reactionSum(player), answer.responseTimeMillis());
                change.minimums.put(TallyFields.bestReaction(player), answer.responseTimeMillis());
            }
            case ScoreUpdated score -> {
                change.increments.put(TallyFields.total(score.playerId()), (long) score.points());
                change.boardPoints.put(score.playerId(), (long) score.points());
            }
            case QuestionsLoaded ignored -> {}
            case RoundStarted ignored -> {}
            case QuestionShown ignored -> {}
            case BuzzPressed ignored -> {}
            case BuzzerAwarded ignored -> {}
            case BuzzerReopened ignored -> {}
            case AnswerRevealed ignored -> {}
            case RoundEnded ignored -> {}
            case PlayerLeft ignored -> {}
            case GameEnded ignored -> {}
        }
        return change;
    }
}
