package io.buzzline.lobby.game;

/** Where a game is in its life, as far as joining is concerned. */
public enum GameStatus {
    /** Created, waiting for players. */
    OPEN,
    /** Running; joining only if the host allowed late joins. */
    STARTED,
    /** Over; its code is released. */
    ENDED
}
