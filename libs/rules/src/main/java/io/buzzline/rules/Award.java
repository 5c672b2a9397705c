package io.buzzline.rules;

/**
 * What one answer earned: {@code points} in all (negative for a penalty), of which {@code
 * streakBonus} for the streak, the player's streak after it, and a stable reason code.
 */
public record Award(int points, int streakBonus, int streak, String reason) {}
