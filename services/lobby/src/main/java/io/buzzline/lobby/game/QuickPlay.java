package io.buzzline.lobby.game;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.buzzline.events.BuzzerSettings;
import io.buzzline.events.GameSettings;
import io.buzzline.events.RoundMode;
import io.buzzline.events.RoundSettings;
import io.buzzline.events.StreakBonus;
import io.buzzline.lobby.config.LobbyConfig;
import io.buzzline.lobby.identity.PlayerClaim;

/**
 * Places a player into the oldest open public game of their language (and category, if given) that
 * still has room, or creates a public game with standard settings (two CLASSIC rounds of five
 * questions, 20 s each, advancing on their own) that starts itself ({@link QuickPlayStarter}).
 */
@ApplicationScoped
public class QuickPlay {

    private final LobbyService lobby;
    private final int maxPlayers;

    public QuickPlay(LobbyService lobby, LobbyConfig config) {
        this.lobby = lobby;
        this.maxPlayers = config.quickPlay().maxPlayers();
    }

    public JoinedGame join(String nickname, String language, Optional<String> category, Optional<PlayerClaim> who) {
        for (LobbyGame game : lobby.publicGames(Optional.of(language), category, 20)) {
            if (game.players() < game.maxPlayers()) {
                try {
                    return lobby.join(game.gameId(), nickname, who);
                } catch (LobbyProblem full) {
                    if (!full.slug().equals("game-full") && !full.slug().equals("game-started")) {
                        throw full;
                    }
                    // Filled or started between the listing and the join: try the next one.
                }
            }
        }
        // A refused nickname or credential must not leave a new public game behind (e2e DocumentedContractIT).
        lobby.checkNewMember(nickname, who);
        List<String> categories = category.map(List::of).orElse(List.of());
        GameSettings settings = new GameSettings(
                List.of(standardRound(), standardRound()),
                maxPlayers,
                false,
                language,
                NewGame.PACK_TO_BE_MADE,
                Duration.ofSeconds(5),
                BuzzerSettings.DEFAULT,
                StreakBonus.DEFAULT);
        CreatedGame created = lobby.create(
                new NewGame("Quick play", settings, categories, true, true, false, true), Optional.empty());
        return lobby.join(created.game().gameId(), nickname, who);
    }

    private static RoundSettings standardRound() {
        return new RoundSettings(RoundMode.CLASSIC, 5, Duration.ofSeconds(20));
    }
}
