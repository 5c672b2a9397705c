package io.buzzline.gateway.ws;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketConnection;
import org.junit.jupiter.api.Test;

import io.buzzline.gateway.protocol.Protocol;
import io.buzzline.gateway.support.RecordingConnection;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbound queue's policy, against a transport that never finishes a write (a client that stopped
 * reading): frames queue up to the bound, then the connection is closed with a resume hint.
 */
class OutboundTest {

    private List<String> written;
    private List<CloseReason> closes;
    private final AtomicInteger slow = new AtomicInteger();

    @Test
    void aClientThatStopsReadingIsClosedWithAResumeHintOnceItsQueueIsFull() {
        Outbound out = new Outbound(stalledConnection(), 3, slow::incrementAndGet);
        out.delivered(41);
        for (int i = 0; i < 4; i++) {
            assertThat(out.send("frame-" + i)).isTrue();
        }
        // frame-0 is on the wire (never completing); frame-1..3 fill the queue; the next one overflows.
        assertThat(out.send("frame-4")).isFalse();
        assertThat(written).containsExactly("frame-0");
        assertThat(closes).singleElement().satisfies(reason -> {
            assertThat(reason.getCode()).isEqualTo(Protocol.CLOSE_SLOW_CONSUMER);
            assertThat(reason.getMessage()).contains("resume").contains("41");
        });
        assertThat(out.send("frame-5")).isFalse();
        assertThat(closes).hasSize(1);
        assertThat(slow).hasValue(1);
    }

    @Test
    void aWatchedFrameIsReportedOnceWrittenAndNotWhileItWaitsBehindAStalledWrite() {
        AtomicInteger reported = new AtomicInteger();
        Outbound stalled = new Outbound(stalledConnection(), 8, slow::incrementAndGet);
        stalled.send("frame-0");
        stalled.send("question", reported::incrementAndGet);
        assertThat(reported).as("queued behind a write that never finishes").hasValue(0);

        Outbound flowing = new Outbound(instantConnection(), 8, slow::incrementAndGet);
        flowing.send("frame-0");
        flowing.send("question", reported::incrementAndGet);
        flowing.send("frame-2");
        assertThat(reported).hasValue(1);
        assertThat(written).containsExactly("frame-0", "question", "frame-2");
    }

    @Test
    void framesLeaveOneAtATimeInTheOrderTheyWereQueued() {
        Outbound out = new Outbound(instantConnection(), 2, slow::incrementAndGet);
        for (int i = 0; i < 10; i++) {
            out.send("frame-" + i);
        }
        assertThat(written)
                .containsExactly(
                        "frame-0", "frame-1", "frame-2", "frame-3", "frame-4", "frame-5", "frame-6", "frame-7",
                        "frame-8", "frame-9");
        assertThat(closes).isEmpty();
        assertThat(slow).hasValue(0);
    }

    @Test
    void finishingSendsTheLastFrameAfterEverythingQueuedThenClosesAndTakesNothingMore() {
        Outbound out = new Outbound(instantConnection(), 8, slow::incrementAndGet);
        out.send("frame-0");
        out.send("frame-1");
        out.finish("reconnect", Protocol.CLOSE_RECONNECT, "max age; resume with lastSequence");
        assertThat(out.send("frame-2")).isFalse();
        assertThat(written).containsExactly("frame-0", "frame-1", "reconnect");
        assertThat(closes).singleElement().satisfies(reason -> assertThat(reason.getCode())
                .isEqualTo(Protocol.CLOSE_RECONNECT));
    }

    @Test
    void finishingWaitsForTheFrameOnTheWire() {
        Outbound out = new Outbound(stalledConnection(), 8, slow::incrementAndGet);
        out.send("frame-0");
        out.send("frame-1");
        out.finish("reconnect", Protocol.CLOSE_RECONNECT, "draining; resume with lastSequence");
        // frame-0 never leaves, so neither the rest nor the close may overtake it.
        assertThat(written).containsExactly("frame-0");
        assertThat(closes).isEmpty();
    }

    private WebSocketConnection stalledConnection() {
        return record(RecordingConnection.stalled());
    }

    private WebSocketConnection instantConnection() {
        return record(RecordingConnection.instant());
    }

    private WebSocketConnection record(RecordingConnection connection) {
        written = connection.written();
        closes = connection.closes();
        return connection.connection();
    }
}
