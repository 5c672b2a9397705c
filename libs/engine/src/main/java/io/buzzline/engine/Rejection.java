package io.buzzline.engine;

/** Why the engine refused a command; the code is stable and is what clients see in an error frame. */
public enum Rejection {
    GAME_NOT_CREATED("the game does not exist yet"),
    GAME_ALREADY_CREATED("the game already exists"),
    GAME_OVER("the game has ended"),
    NOT_THE_HOST("only the host may do this"),
    GAME_ALREADY_STARTED("the game has already started"),
    GAME_NOT_STARTED("the game has not started yet"),
    QUESTIONS_NOT_LOADED("the question pack has not been loaded"),
    QUESTIONS_ALREADY_LOADED("the question pack is already loaded"),
    WRONG_PACK("this is not the pack named in the game's settings"),
    NOT_ENOUGH_QUESTIONS("the pack has fewer questions than the rounds need"),
    NO_PLAYERS("nobody has joined yet"),
    ALREADY_JOINED("the player is already in the game"),
    PLAYER_KICKED("the player was kicked from this game"),
    GAME_FULL("the game has reached its maximum number of players"),
    TEAM_REQUIRED("this game is played in teams: a team is required"),
    TEAMS_DISABLED("this game is not played in teams"),
    NOT_A_PLAYER("not an active player of this game"),
    NO_OPEN_QUESTION("no question is open"),
    QUESTION_STILL_OPEN("the current question is still open"),
    WRONG_QUESTION("that question is not the one being played"),
    NOT_A_BUZZER_ROUND("this round has no buzzer"),
    BUZZ_BEFORE_SHOWN("the buzz was sent before the question was shown"),
    DUPLICATE_BUZZ("the player already buzzed"),
    LOCKED_OUT("the player is locked out of this question"),
    WINDOW_CLOSED("the buzzer is closed"),
    NOT_YOUR_TURN("only the buzz winner may answer now"),
    NOT_A_CHOICE("the answer is not one of the choices"),
    ANSWER_BEFORE_SHOWN("the answer arrived before the question was shown"),
    ALREADY_ANSWERED("the player already answered this question"),
    AFTER_DEADLINE("it arrived after the deadline"),
    TIMER_NOT_ARMED("no such timer is armed (stale or already fired)"),
    TIMER_NOT_DUE("the timer is not due yet");

    private final String description;

    Rejection(String description) {
        this.description = description;
    }

    /** A human-readable default message for the code. */
    public String description() {
        return description;
    }
}
