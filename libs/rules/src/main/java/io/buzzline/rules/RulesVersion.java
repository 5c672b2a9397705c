package io.buzzline.rules;

/**
 * The versions of the scoring rules. A game is scored to the end by the version its GAME_CREATED
 * fixed, so changing the rules never changes a game in progress nor the replay of a finished one.
 */
public enum RulesVersion {
    /** Kahoot!-style speed points with a streak bonus (CLASSIC); fixed points and penalty (BUZZER). */
    V1
}
