package io.buzzline.events;

import static io.buzzline.events.Require.nonBlank;

/**
 * Which client connections may receive an event as a frame, so the gateway can project per-role views
 * mechanically and a question costs O(1) frames per player whatever the game's size.
 *
 * <p>Everything a player does is either addressed to that player alone or not sent to clients at all:
 * broadcasting each player's join, buzz or score to every player is O(N²) per game. Crowds see those
 * as aggregates the gateway derives from the log (counts, top of the leaderboard, first buzzes).
 *
 * <ul>
 *   <li>{@link Public}: every connection of the game (the game's flow).
 *   <li>{@link OnePlayer}: that player's connections only (their own join, buzz, score, leave).
 *   <li>{@link LogOnly}: no connection; services read it from the log and clients get aggregates.
 * </ul>
 */
public sealed interface Visibility permits Visibility.Public, Visibility.OnePlayer, Visibility.LogOnly {

    Visibility PUBLIC = new Public();
    Visibility LOG_ONLY = new LogOnly();

    /** Whether the player {@code playerId} may receive an event with this visibility. */
    boolean visibleToPlayer(String playerId);

    /** Whether a host connection receives an event with this visibility. */
    boolean visibleToHost();

    /** Every connection of the game. */
    record Public() implements Visibility {
        @Override
        public boolean visibleToPlayer(String playerId) {
            return true;
        }

        @Override
        public boolean visibleToHost() {
            return true;
        }
    }

    /** One player's connections: what that player did or was given. */
    record OnePlayer(String playerId) implements Visibility {

        public OnePlayer {
            nonBlank(playerId, "playerId");
        }

        @Override
        public boolean visibleToPlayer(String otherPlayerId) {
            return playerId.equals(otherPlayerId);
        }

        @Override
        public boolean visibleToHost() {
            return false;
        }
    }

    /**
     * No client connection: one per player per question (a CLASSIC answer, whose verdict would tell the
     * key before the reveal), which the host sees only as counts and, after the reveal, a distribution;
     * and the question pack with every key, which only the engine and editors may read (a host is not an
     * editor: it sees each key at its reveal, as players do).
     */
    record LogOnly() implements Visibility {
        @Override
        public boolean visibleToPlayer(String playerId) {
            return false;
        }

        @Override
        public boolean visibleToHost() {
            return false;
        }
    }
}
