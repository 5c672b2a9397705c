package io.buzzline.lobby.game;

import java.util.List;

import io.buzzline.events.GameSettings;

/**
 * A validated create request: the engine's settings plus what only the lobby cares about. Without a
 * pack chosen by the host, the lobby has content make one from the language and categories.
 */
public record NewGame(
        String hostName,
        GameSettings settings,
        List<String> categories,
        boolean publicGame,
        boolean lateJoin,
        boolean packChosenByHost) {

    /** Placeholder pack id until content has made the game's pack. */
    public static final String PACK_TO_BE_MADE = "pending";
}
