package io.buzzline.gateway.support;

import java.util.List;
import java.util.Map;

import io.buzzline.events.EventEnvelope;
import io.buzzline.events.Visibility;

import static org.assertj.core.api.Assertions.assertThat;

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

    /**
     * Each client (keyed by its subject; {@code host} names the host) received, from where its first
     * welcome started delivery, exactly the logged events its role may see: each once, in order.
     */
    public static void assertExact(List<EventEnvelope> log, Map<String, ResumingClient> clients, String host) {
        clients.forEach((who, client) -> {
            long from = client.firstDeliveredFrom();
            List<Long> expected = who.equals(host) ? forHost(log, from) : forPlayer(log, who, from);
            assertThat(client.sequences()).as(who).isEqualTo(expected);
        });
    }
}
