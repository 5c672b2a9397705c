package io.buzzline.scoring.tally;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.buzzline.commands.RecordScore;
import io.buzzline.events.AnswerRevealed;
import io.buzzline.events.AnswerSubmitted;
import io.buzzline.events.BuzzPressed;
import io.buzzline.events.BuzzerAwarded;
import io.buzzline.events.BuzzerReopened;
import io.buzzline.events.EventEnvelope;
import io.buzzline.events.GameCreated;
import io.buzzline.events.GameEnded;
import io.buzzline.events.GameEvent;
import io.buzzline.events.PlayerJoined;
import io.buzzline.events.PlayerLeft;
import io.buzzline.events.QuestionShown;
import io.buzzline.events.QuestionsLoaded;
import io.buzzline.events.RoundEnded;
import io.buzzline.events.RoundMode;
import io.buzzline.events.RoundStarted;
import io.buzzline.events.ScoreUpdated;
import io.buzzline.scoring.rules.Award;
import io.buzzline.scoring.rules.RoundRules;
import io.buzzline.scoring.rules.Streak;

/**
 * Turns one game event into a change of the game's tally, given what the tally holds. Pure: no I/O, so
 * the same event and tally always give the same change, which is what makes a retry safe.
 */
public final class ScoreCalculator {

    private ScoreCalculator() {}

    /**
     * Whether scoring {@code event} depends on what the tally holds. Most events (every CLASSIC answer)
     * do not, and go to Redis in one round trip: the apply script alone checks their sequence.
     */
    public static boolean readsTally(GameEvent event) {
        return switch (event) {
            case PlayerJoined ignored -> true;
            case QuestionShown ignored -> true;
            case AnswerSubmitted answer -> answer.mode() == RoundMode.BUZZER;
            case AnswerRevealed ignored -> true;
            default -> false;
        };
    }

    /** The per-player fields {@link #change} needs for this event, beyond the game-wide ones. */
    public static List<String> fieldsFor(EventEnvelope envelope, Map<String, String> heldAnswers) {
        return switch (envelope.event()) {
            case AnswerSubmitted a when a.mode() == RoundMode.BUZZER -> playerFields(List.of(a.playerId()));
            case AnswerRevealed ignored -> playerFields(heldAnswers.keySet());
            default -> List.of();
        };
    }

    private static List<String> playerFields(Collection<String> players) {
        List<String> fields = new ArrayList<>(players.size() * 3);
        for (String player : players) {
            fields.add(TallyFields.total(player));
            fields.add(TallyFields.streak(player));
            fields.add(TallyFields.stats(player));
        }
        return fields;
    }

    /** The change {@code envelope} makes; {@code heldAnswers} are the CLASSIC answers to the open question. */
    public static TallyChange change(EventEnvelope envelope, TallyView tally, Map<String, String> heldAnswers) {
        TallyChange change = new TallyChange();
        switch (envelope.event()) {
            case PlayerJoined joined ->
                change.set(TallyFields.nickname(joined.playerId()), joined.nickname())
                        .rank(joined.playerId(), tally.total(joined.playerId()));
            case RoundStarted started -> change.set(TallyFields.ROUND, Integer.toString(started.round()));
            case QuestionShown shown ->
                change.set(TallyFields.ROUND, Integer.toString(shown.round()))
                        .set(
                                TallyFields.ORDINAL,
                                Integer.toString(tally.rules().ordinal(shown.round(), shown.questionNumber())))
                        .clearAnswers();
            case AnswerSubmitted answer
            when answer.mode() == RoundMode.CLASSIC ->
                change.holdAnswer(
                        answer.playerId(),
                        new HeldAnswer(
                                        envelope.eventId(),
                                        answer.questionId(),
                                        answer.responseTimeMillis(),
                                        answer.correct())
                                .encode());
            case AnswerSubmitted answer -> buzzer(envelope, answer, tally, change);
            case AnswerRevealed revealed -> reveal(revealed, tally, heldAnswers, change);
            case GameCreated ignored -> {
                // The rules are set by the scorer, which knows the configured version.
            }
            case QuestionsLoaded ignored -> {}
            case BuzzPressed ignored -> {}
            case BuzzerAwarded ignored -> {}
            case BuzzerReopened ignored -> {}
            case ScoreUpdated ignored -> {}
            case RoundEnded ignored -> {}
            case PlayerLeft ignored -> {}
            case GameEnded ignored -> {}
        }
        return change;
    }

    private static void buzzer(EventEnvelope envelope, AnswerSubmitted answer, TallyView tally, TallyChange change) {
        String player = answer.playerId();
        Award award = tally.rules().ruleSet().buzzer(currentRound(tally), answer.correct());
        AnswerStats stats = tally.stats(player).plus(answer.responseTimeMillis(), answer.correct());
        change.set(TallyFields.stats(player), stats.encode());
        award(envelope.eventId(), player, tally.total(player), award, change);
    }

    private static void reveal(
            AnswerRevealed revealed, TallyView tally, Map<String, String> heldAnswers, TallyChange change) {
        RoundRules round = currentRound(tally);
        if (round.mode() != RoundMode.CLASSIC) {
            return;
        }
        int ordinal = tally.rules().ordinal(revealed.round(), revealed.questionNumber());
        // Players in id order, so the commands (and a retry's) come out the same every time.
        List<String> players = heldAnswers.keySet().stream().sorted().toList();
        for (String player : players) {
            HeldAnswer answer = HeldAnswer.decode(heldAnswers.get(player));
            if (!answer.questionId().equals(revealed.questionId())) {
                continue;
            }
            Streak before = tally.streak(player);
            Award award = tally.rules()
                    .ruleSet()
                    .classic(
                            round,
                            tally.rules().streak(),
                            answer.responseMillis(),
                            answer.correct(),
                            before.lengthBefore(ordinal));
            Streak after = answer.correct() ? new Streak(award.streak(), ordinal) : Streak.NONE;
            AnswerStats stats = tally.stats(player).plus(answer.responseMillis(), answer.correct());
            change.set(TallyFields.streak(player), after.encode()).set(TallyFields.stats(player), stats.encode());
            award(answer.eventId(), player, tally.total(player), award, change);
        }
        change.clearAnswers().computedFrom(heldAnswers.size());
    }

    private static void award(String sourceEventId, String player, long totalBefore, Award award, TallyChange change) {
        if (award.isZero()) {
            return;
        }
        long total = totalBefore + award.points();
        change.set(TallyFields.total(player), Long.toString(total))
                .rank(player, total)
                .score(new RecordScore(player, sourceEventId, award.points(), total, award.reason()));
    }

    private static RoundRules currentRound(TallyView tally) {
        return tally.rules().round(Math.max(1, tally.round()));
    }
}
