package io.buzzline.scoring.rules;

/**
 * The versions of the scoring rules. A game is scored to the end by the version that was current
 * when its GAME_CREATED was scored, so changing the rules never changes a game in progress.
 */
public enum RulesVersion {
    /** Kahoot!-style speed points with a streak bonus (CLASSIC); fixed points and penalty (BUZZER). */
    V1
}
