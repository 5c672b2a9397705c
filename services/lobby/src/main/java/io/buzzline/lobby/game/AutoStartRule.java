package io.buzzline.lobby.game;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a quick-play game starts itself. A full game starts at once. Otherwise the countdown of
 * {@code startDelay} begins when the game first has {@code minPlayers} members, so that more players
 * can still come in, and later joins do not push it back. A game whose members fell below the
 * minimum when the countdown ran out does not start; the countdown begins again when the minimum is
 * reached again.
 */
public record AutoStartRule(int minPlayers, Duration startDelay) {

    public AutoStartRule {
        if (minPlayers < 1) {
            throw new IllegalArgumentException("minPlayers: a game cannot start without players");
        }
        if (startDelay.isNegative()) {
            throw new IllegalArgumentException("startDelay: must not be negative");
        }
    }

    /** When the game should start after a join that left it with {@code players} members, if at all yet. */
    public Optional<StartAt> afterJoin(int players, int maxPlayers, Instant now) {
        if (players >= maxPlayers) {
            return Optional.of(new StartAt(now, true));
        }
        if (players >= minPlayers) {
            return Optional.of(new StartAt(now.plus(startDelay), false));
        }
        return Optional.empty();
    }

    /** Whether a game whose countdown ran out has enough members to start. */
    public boolean mayStart(int players) {
        return players >= minPlayers;
    }

    /**
     * A start time; {@code overridesCountdown} when it replaces a later one already running (the game
     * filled up), otherwise a running countdown is kept.
     */
    public record StartAt(Instant at, boolean overridesCountdown) {}
}
