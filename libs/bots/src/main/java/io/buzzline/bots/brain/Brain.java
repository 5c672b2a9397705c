package io.buzzline.bots.brain;

import java.util.List;

import io.buzzline.bots.protocol.ClientFrame;
import io.buzzline.events.EventEnvelope;

/**
 * A bot's decisions, free of I/O and clocks: events in, frames to send (with a delay) out. The
 * connection feeds it every event exactly once, in sequence order, across reconnects.
 */
public sealed interface Brain permits HostBrain, PlayerBrain {

    /** Reacts to the next event of the game. */
    List<Planned> onEvent(EventEnvelope event);

    /**
     * How many players take part, from the welcome and from ticks: under protocol v2 nobody receives
     * the others' joins, only their count.
     */
    default List<Planned> onPlayers(int playerCount) {
        return List.of();
    }

    /** Whether {@code frame}, planned earlier or unanswered before a reconnect, is still worth sending. */
    boolean wants(ClientFrame frame);

    /** Match or the gateway refused {@code frame} with {@code code}: what to do instead. */
    List<Planned> onRefused(ClientFrame frame, String code);

    /** True once the game ended: nothing more to do. */
    boolean finished();
}
