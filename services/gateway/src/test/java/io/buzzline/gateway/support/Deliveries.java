package io.buzzline.gateway.support;

import java.util.List;

import io.buzzline.events.EventEnvelope;
import io.buzzline.events.Visibility;

/** What a connection should have received: the log's sequences after a point that its role may see. */
public final class Deliveries {

    private Deliveries() {}

    public static List<Long> forPlayer(List<EventEnvelope> log, String playerId, long after) {
        return log.stream()
                .filter(e -> e.sequence() > after)
                .filter(e -> e.event().visibility().visibleToPlayer(playerId))
                .map(EventEnvelope::sequence)
                .toList();
    }

    public static List<Long> forHost(List<EventEnvelope> log, long after) {
        return log.stream()
                .filter(e -> e.sequence() > after)
                .filter(e -> e.event().visibility().visibleToHost())
                .map(EventEnvelope::sequence)
                .toList();
    }

    public static List<Long> forSpectator(List<EventEnvelope> log, long after) {
        return log.stream()
                .filter(e -> e.sequence() > after)
                .filter(e -> e.event().visibility() instanceof Visibility.Public)
                .map(EventEnvelope::sequence)
                .toList();
    }
}
