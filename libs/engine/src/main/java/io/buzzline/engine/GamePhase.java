package io.buzzline.engine;

/** Where a game is in its life; each phase accepts its own commands and arms at most one timer. */
public enum GamePhase {
    /** Nothing logged yet: only CreateGame is accepted. */
    NEW,
    /** Created: players join, the question pack is loaded, the host starts. */
    LOBBY,
    /** A question is open: CLASSIC answers, or BUZZER buzzes with no buzz yet (or after a reopen). */
    QUESTION_OPEN,
    /** BUZZER: the first buzz arrived; buzzes are collected until the window closes. */
    BUZZ_WINDOW,
    /** BUZZER: the window's winner is answering. */
    BUZZ_ANSWERING,
    /** Between questions of a round: the last question was revealed. */
    INTERMISSION,
    /** The round's last question was revealed and the round ended. */
    ROUND_OVER,
    /** GAME_ENDED was logged; nothing is accepted any more. */
    ENDED;

    public boolean questionOpen() {
        return this == QUESTION_OPEN || this == BUZZ_WINDOW || this == BUZZ_ANSWERING;
    }
}
