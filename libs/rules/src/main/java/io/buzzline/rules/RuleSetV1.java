package io.buzzline.rules;

import io.buzzline.events.ScoreUpdated;

/**
 * Version 1. CLASSIC, as Kahoot! hosts know it: {@code round((1 − (t / limit) / 2) × possible)} for a
 * correct answer after {@code t} ms, full points under 500 ms, half at the deadline, nothing for a
 * wrong one; plus {@code perCorrectAnswer × (streak − 1)} capped at {@code cap} for the 2nd, 3rd, …
 * correct answer in a row. BUZZER: {@code possible} for a right answer, minus {@code penalty} for a
 * wrong one.
 */
public final class RuleSetV1 implements RuleSet {

    static final RuleSetV1 INSTANCE = new RuleSetV1();

    /** Answers faster than this get the full points possible. */
    public static final long FULL_POINTS_UNDER_MILLIS = 500;

    private RuleSetV1() {}

    @Override
    public Award classic(RoundRules round, StreakRule streak, long responseMillis, boolean correct, int streakBefore) {
        if (!correct) {
            return new Award(0, 0, 0, ScoreUpdated.Reason.CLASSIC_WRONG);
        }
        int speedPoints = speedPoints(round.pointsPossible(), responseMillis, round.timeLimitMillis());
        int streakAfter = streakBefore + 1;
        // A question worth nothing (points possible 0) keeps the streak going but pays no bonus.
        int bonus = round.pointsPossible() == 0 ? 0 : streak.bonusFor(streakAfter);
        return new Award(
                speedPoints + bonus,
                bonus,
                streakAfter,
                bonus > 0 ? ScoreUpdated.Reason.CLASSIC_STREAK : ScoreUpdated.Reason.CLASSIC_CORRECT);
    }

    @Override
    public Award buzzer(RoundRules round, boolean correct) {
        return correct
                ? new Award(round.pointsPossible(), 0, 0, ScoreUpdated.Reason.BUZZER_CORRECT)
                : new Award(-round.wrongAnswerPenalty(), 0, 0, ScoreUpdated.Reason.BUZZER_WRONG);
    }

    /** The Kahoot! speed rule; a response time past the limit (clock skew) counts as the limit. */
    static int speedPoints(int pointsPossible, long responseMillis, long limitMillis) {
        if (responseMillis < FULL_POINTS_UNDER_MILLIS) {
            return pointsPossible;
        }
        double fraction = Math.min(responseMillis, limitMillis) / (double) limitMillis;
        return (int) Math.round((1 - fraction / 2) * pointsPossible);
    }
}
