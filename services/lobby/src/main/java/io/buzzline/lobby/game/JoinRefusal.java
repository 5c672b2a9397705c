package io.buzzline.lobby.game;

/** Why a join was refused. */
public enum JoinRefusal {
    NO_SUCH_GAME,
    GAME_ENDED,
    GAME_STARTED,
    GAME_FULL,
    NICKNAME_TAKEN,
    KICKED
}
