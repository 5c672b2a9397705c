package io.buzzline.events;

import static io.buzzline.events.Require.nonBlank;

/**
 * Who may see an event, so the gateway can project per-role views mechanically. The host sees every
 * event; players see {@link Public} events and {@link OnePlayer} events addressed to them.
 */
public sealed interface Visibility permits Visibility.Public, Visibility.HostOnly, Visibility.OnePlayer {

    Visibility PUBLIC = new Public();
    Visibility HOST_ONLY = new HostOnly();

    /** Whether a player (not the host) may receive an event with this visibility. */
    boolean visibleToPlayer(String playerId);

    /** Every connection of the game. */
    record Public() implements Visibility {
        @Override
        public boolean visibleToPlayer(String playerId) {
            return true;
        }
    }

    /** The host's connection only: carries answer keys or correctness before the reveal. */
    record HostOnly() implements Visibility {
        @Override
        public boolean visibleToPlayer(String playerId) {
            return false;
        }
    }

    /** One player (and the host); no v1 event needs it yet, the gateway projection supports it. */
    record OnePlayer(String playerId) implements Visibility {

        public OnePlayer {
            nonBlank(playerId, "playerId");
        }

        @Override
        public boolean visibleToPlayer(String otherPlayerId) {
            return playerId.equals(otherPlayerId);
        }
    }
}
