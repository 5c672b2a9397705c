package io.buzzline.events;

import java.util.List;

import static io.buzzline.events.Require.nonBlank;
import static io.buzzline.events.Require.nonEmpty;

/** A game's settings as the host chose them; carried by {@link GameCreated} and never changed. */
public record GameSettings(List<RoundSettings> rounds, int maxPlayers, boolean teamPlay, String language) {

    /** The most players one game may hold. */
    public static final int MAX_PLAYERS_LIMIT = 10_000;

    public GameSettings {
        rounds = List.copyOf(nonEmpty(rounds, "rounds"));
        if (maxPlayers < 1 || maxPlayers > MAX_PLAYERS_LIMIT) {
            throw new IllegalArgumentException(
                    "maxPlayers: must be between 1 and " + MAX_PLAYERS_LIMIT + ", was " + maxPlayers);
        }
        nonBlank(language, "language");
    }
}
