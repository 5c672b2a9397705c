package io.buzzline.lobby.game;

import java.util.List;

import io.buzzline.events.GameSettings;

/** A validated create request: the engine's settings plus what only the lobby cares about. */
public record NewGame(
        String hostName, GameSettings settings, List<String> categories, boolean publicGame, boolean lateJoin) {}
