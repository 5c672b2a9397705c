package io.buzzline.gateway.ws;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.buzzline.gateway.protocol.ServerFrameEncoder;
import io.buzzline.gateway.support.RecordingConnection;
import io.buzzline.testing.time.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order of a command's answers on one connection: match's refusal comes by pub/sub and the ack by
 * the stream append's reply, in either order; the client always gets one ack, first, then the refusal,
 * and a refusal never waits for the append's reply (it proves match has the command).
 */
class SessionTest {

    private final RecordingConnection wire = RecordingConnection.instant();
    private final List<String> written = wire.written();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-06T12:00:00Z"));
    private final Session session = new Session(
            "c1",
            new Outbound(wire.connection(), 16, () -> {}),
            new TokenBucket(20, 10, 0),
            new ServerFrameEncoder(),
            clock);

    @Test
    void aBuzzIsStampedWithTheLatestQuestionWrittenToTheConnectionOnlyIfItIsThatQuestion() {
        assertThat(session.questionShownAt("q1")).isNull();
        session.questionWritten("q1");
        Instant first = clock.instant();
        clock.advance(Duration.ofSeconds(2));

        assertThat(session.questionShownAt("q1")).isEqualTo(first);
        assertThat(session.questionShownAt("q2")).isNull();
        session.questionWritten("q2");
        assertThat(session.questionShownAt("q2")).isEqualTo(clock.instant());
        assertThat(session.questionShownAt("q1"))
                .as("an older question's buzz gets no stamp")
                .isNull();
    }

    @Test
    void aRefusalThatArrivesBeforeItsAckBringsTheAckAlongAndTheLateAckIsNotRepeated() {
        String commandId = session.nextCommandId("b1", true);
        session.rejected(commandId, "DUPLICATE_BUZZ", "already buzzed");

        assertThat(written).hasSize(2);
        assertThat(written.get(0)).contains("\"type\":\"ack\"", "\"id\":\"b1\"", commandId);
        assertThat(written.get(1)).contains("\"type\":\"error\"", "\"id\":\"b1\"", "DUPLICATE_BUZZ");

        session.accepted("b1", commandId);
        assertThat(written).hasSize(2);
    }

    @Test
    void aRefusalAfterItsAckGoesOutAloneAndEachCommandGetsOneAck() {
        String first = session.nextCommandId("a1", true);
        String second = session.nextCommandId("a2", true);
        session.accepted("a1", first);
        session.rejected(first, "WRONG_QUESTION", "not the open question");
        session.rejected(second, "AFTER_DEADLINE", "too late");
        session.accepted("a2", second);

        assertThat(written).hasSize(4);
        assertThat(written.get(0)).contains("\"type\":\"ack\"", "\"id\":\"a1\"");
        assertThat(written.get(1)).contains("\"type\":\"error\"", "WRONG_QUESTION");
        assertThat(written.get(2)).contains("\"type\":\"ack\"", "\"id\":\"a2\"");
        assertThat(written.get(3)).contains("\"type\":\"error\"", "AFTER_DEADLINE");
    }

    @Test
    void aCommandAnsweredByItsOwnEventGetsNoAckOnlyItsRefusal() {
        String taken = session.nextCommandId("b1", false);
        String refused = session.nextCommandId("b2", false);
        session.accepted("b1", taken);
        session.rejected(refused, "DUPLICATE_BUZZ", "already buzzed");
        session.accepted("b2", refused);

        assertThat(written).singleElement().asString().contains("\"type\":\"error\"", "\"id\":\"b2\"");
    }

    @Test
    void aCommandThatNeverReachedMatchHoldsNothing() {
        String commandId = session.nextCommandId("n1", true);
        session.notSent(commandId);
        session.rejected(commandId, "UNKNOWN", "cannot happen, but must not wait forever");
        assertThat(written).singleElement().asString().contains("\"type\":\"error\"");
    }
}
