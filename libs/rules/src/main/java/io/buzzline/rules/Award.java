package io.buzzline.rules;

import io.buzzline.events.ScoreUpdated;

/**
 * What one answer earned: {@code points} in all (negative for a penalty), of which {@code
 * streakBonus} for the streak, the player's streak after it, and which rule applied (the reason its
 * SCORE_UPDATED carries).
 */
public record Award(int points, int streakBonus, int streak, ScoreUpdated.Reason reason) {}
