package io.buzzline.gateway.resume;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.smallrye.mutiny.Uni;
import org.junit.jupiter.api.Test;

import io.buzzline.events.EventEnvelope;
import io.buzzline.events.PlayerJoined;
import io.buzzline.events.json.EventCodec;
import io.buzzline.gateway.support.RecordingConnection;
import io.buzzline.gateway.ws.Outbound;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One connection's join of its catch-up read and the feed's routed events: every visible event once, in
 * order, whichever of the two saw it first. The log runs ahead of the feed (an append is in Redis before
 * its live message reaches this gateway), so a catch-up may read events the feed routes later.
 */
class DeliveryTest {

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    private final EventCodec codec = new EventCodec();
    private final List<LoggedEvent> logged = new ArrayList<>();
    private final RecordingConnection wire = RecordingConnection.instant();
    private final Outbound out = new Outbound(wire.connection(), 64, () -> {});

    @Test
    void anEventTheCatchUpReadAheadOfTheFeedIsNotSentAgainWhenTheFeedRoutesIt() {
        for (long sequence = 1; sequence <= 7; sequence++) {
            logged.add(event(sequence));
        }
        Delivery delivery = new Delivery("g", new PagedLog(), out, 64, event -> true, questionId -> {});

        // The feed stood at 5 when the connection attached; the hello's read found 1..7 in the log.
        delivery.start("welcome", 0, 5, logged);
        delivery.route(logged.get(5));
        delivery.route(logged.get(6));
        logged.add(event(8));
        delivery.route(logged.get(7));

        assertThat(sequences()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
        assertThat(out.deliveredUpTo()).isEqualTo(8);
    }

    @Test
    void eventsRoutedWhileTheCatchUpReadsArePassedOnceAfterIt() {
        for (long sequence = 1; sequence <= 6; sequence++) {
            logged.add(event(sequence));
        }
        PagedLog log = new PagedLog();
        Delivery delivery = new Delivery("g", log, out, 2, event -> true, questionId -> {});

        // Attached at 4 after the welcome's read of nothing: the rest comes from the log two at a time,
        // while the feed routes 5 and 6 (already in the log) and then 7.
        delivery.route(logged.get(4));
        delivery.start("welcome", 0, 4, List.of());
        delivery.route(logged.get(5));
        logged.add(event(7));
        delivery.route(logged.get(6));

        assertThat(sequences()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(log.reads).isGreaterThan(1);
    }

    private List<Long> sequences() {
        return wire.written().stream()
                .filter(frame -> frame.startsWith("{\"type\":\"event\""))
                .map(frame -> logged.stream()
                        .filter(event -> event.frame().equals(frame))
                        .findFirst()
                        .orElseThrow()
                        .sequence())
                .toList();
    }

    private LoggedEvent event(long sequence) {
        EventEnvelope envelope =
                EventEnvelope.of("g", sequence, T0, new PlayerJoined("p" + sequence, "P" + sequence, null));
        return LoggedEvent.of(envelope, codec.encode(envelope));
    }

    /** The game's log as it stands, served a page at a time at once (no Redis needed for the join). */
    private final class PagedLog extends EventLogReader {

        private int reads;

        PagedLog() {
            super(null, null);
        }

        @Override
        public Uni<List<LoggedEvent>> readPage(String gameId, long after, int count) {
            reads++;
            return Uni.createFrom()
                    .item(logged.stream()
                            .filter(event -> event.sequence() > after)
                            .limit(count)
                            .toList());
        }
    }
}
