package io.buzzline.lobby.game;

import java.util.List;

import io.buzzline.events.GameSettings;

/**
 * A validated create request: the engine's settings plus what only the lobby cares about. Without a
 * pack chosen by the host, the lobby has content make one from the language and categories. An
 * {@code autoStart} game (quick play) has no host to start it: the lobby does, by
 * {@link AutoStartRule}.
 */
public record NewGame(
        String hostName,
        GameSettings settings,
        List<String> categories,
        boolean publicGame,
        boolean lateJoin,
        boolean packChosenByHost,
        boolean autoStart) {

    /** Placeholder pack id until content has made the game's pack. */
    public static final String PACK_TO_BE_MADE = "pending";
}
