package io.buzzline.scoring.rules;

/**
 * What one answer earned: {@code points} in all (negative for a penalty), of which {@code
 * streakBonus} for the streak, the player's streak after it, and a stable reason code.
 */
public record Award(int points, int streakBonus, int streak, String reason) {

    /** Nothing to record: a score update of zero points tells the game nothing. */
    public boolean isZero() {
        return points == 0;
    }
}
