package io.buzzline.lobby.game;

import java.time.Instant;
import java.util.List;

/** The lobby's record of one game: what joining and listing need, not the game state itself. */
public record LobbyGame(
        String gameId,
        String joinCode,
        String hostId,
        GameStatus status,
        boolean publicGame,
        String language,
        List<String> categories,
        int maxPlayers,
        boolean lateJoin,
        Instant createdAt,
        int players) {}
