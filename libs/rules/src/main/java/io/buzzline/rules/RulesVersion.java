package io.buzzline.rules;

import io.buzzline.events.GameSettings;

/**
 * The versions of the scoring rules. A game is scored to the end by the version its GAME_CREATED
 * fixed, so changing the rules never changes a game in progress nor the replay of a finished one.
 */
public enum RulesVersion {
    /** Kahoot!-style speed points with a streak bonus (CLASSIC); fixed points and penalty (BUZZER). */
    V1;

    /**
     * The version a game created with {@code settings} is scored by: V1 for every game so far, since
     * settings name no version yet. Read from the settings rather than a build default, so replaying
     * an old log never changes its points; a V2 comes as a settings addition whose absence means V1.
     * The engine and scoring both ask here, so they cannot disagree.
     */
    public static RulesVersion of(GameSettings settings) {
        return V1;
    }
}
