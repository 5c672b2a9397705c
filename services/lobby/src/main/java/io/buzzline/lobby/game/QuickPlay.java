package io.buzzline.lobby.game;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.buzzline.events.GameSettings;
import io.buzzline.events.RoundMode;
import io.buzzline.events.RoundSettings;
import io.buzzline.lobby.identity.GuestIdentity;

/**
 * Places a player into the oldest open public game of their language (and category, if given) that
 * still has room, or creates a public game with standard settings that runs on its own timers.
 */
@ApplicationScoped
public class QuickPlay {

    /** Standard quick-play game: two CLASSIC rounds of five questions, 20 s each, auto-advancing. */
    static final int MAX_PLAYERS = 100;

    private final LobbyService lobby;

    public QuickPlay(LobbyService lobby) {
        this.lobby = lobby;
    }

    public JoinedGame join(String nickname, String language, Optional<String> category, Optional<GuestIdentity> who) {
        for (LobbyGame game : lobby.publicGames(Optional.of(language), category, 20)) {
            if (game.players() < game.maxPlayers()) {
                try {
                    return lobby.join(game.gameId(), nickname, who);
                } catch (LobbyProblem full) {
                    if (!full.type().equals("game-full") && !full.type().equals("game-started")) {
                        throw full;
                    }
                    // Filled or started between the listing and the join: try the next one.
                }
            }
        }
        List<String> categories = category.map(List::of).orElse(List.of());
        GameSettings settings = new GameSettings(
                List.of(standardRound(), standardRound()),
                MAX_PLAYERS,
                false,
                language,
                NewGame.PACK_TO_BE_MADE,
                Duration.ofSeconds(5),
                io.buzzline.events.BuzzerSettings.DEFAULT,
                io.buzzline.events.StreakBonus.DEFAULT);
        CreatedGame created =
                lobby.create(new NewGame("Quick play", settings, categories, true, true, false), Optional.empty());
        return lobby.join(created.game().gameId(), nickname, who);
    }

    private static RoundSettings standardRound() {
        return new RoundSettings(RoundMode.CLASSIC, 5, Duration.ofSeconds(20));
    }
}
