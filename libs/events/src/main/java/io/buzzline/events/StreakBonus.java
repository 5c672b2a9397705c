package io.buzzline.events;

/**
 * CLASSIC streak bonus of the game's scoring rules: {@code perCorrectAnswer} points per consecutive
 * correct answer, capped at {@code cap}. {@link #OFF} disables streaks.
 */
public record StreakBonus(int perCorrectAnswer, int cap) {

    public static final StreakBonus OFF = new StreakBonus(0, 0);
    public static final StreakBonus DEFAULT = new StreakBonus(100, 500);

    public StreakBonus {
        Require.nonNegative(perCorrectAnswer, "perCorrectAnswer");
        Require.nonNegative(cap, "cap");
    }
}
