package io.buzzline.rules;

import io.buzzline.events.StreakBonus;

/**
 * The CLASSIC streak bonus of a game: {@code perCorrectAnswer} points for each consecutive correct
 * answer before this one, capped at {@code cap}. Zero in either turns streaks off.
 */
public record StreakRule(int perCorrectAnswer, int cap) {

    public static final StreakRule OFF = new StreakRule(0, 0);

    public StreakRule {
        if (perCorrectAnswer < 0 || cap < 0) {
            throw new IllegalArgumentException("streak values must not be negative");
        }
    }

    static StreakRule of(StreakBonus bonus) {
        return new StreakRule(bonus.perCorrectAnswer(), bonus.cap());
    }

    /** The bonus for an answer that makes a streak of {@code streak} correct answers in a row. */
    public int bonusFor(int streak) {
        long bonus = (long) perCorrectAnswer * Math.max(0, streak - 1);
        return (int) Math.min(bonus, cap);
    }
}
