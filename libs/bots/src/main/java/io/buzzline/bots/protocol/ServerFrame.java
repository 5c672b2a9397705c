package io.buzzline.bots.protocol;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.buzzline.events.EventEnvelope;

/** A frame the gateway sends (docs/protocol.md, server → client), decoded. */
public sealed interface ServerFrame
        permits ServerFrame.Welcome,
                ServerFrame.Event,
                ServerFrame.Events,
                ServerFrame.Ack,
                ServerFrame.Error,
                ServerFrame.Pong,
                ServerFrame.Tick,
                ServerFrame.Standings,
                ServerFrame.Other {

    /** The answer to a hello: events follow from {@code deliveredFrom + 1}; {@code view} is the folded game. */
    record Welcome(String role, String subject, long deliveredFrom, JsonNode view) implements ServerFrame {}

    /** One canonical event this connection may see. */
    record Event(long sequence, EventEnvelope envelope) implements ServerFrame {}

    /**
     * The events of one append this connection may see, two or more, in one frame (protocol v3);
     * {@code sequence} is the last one's. Each element is exactly an {@link Event} frame's content, so a
     * client handles them one by one as if they had come apart (a resume may deliver them so).
     */
    record Events(long sequence, List<Event> events) implements ServerFrame {
        public Events {
            events = List.copyOf(events);
        }
    }

    /**
     * The command sent as frame {@code id} is in match's command stream as {@code commandId}. Protocol v3
     * acks neither a buzz nor a BUZZER round's answer: their own event (or an error) answers them.
     */
    record Ack(String id, String commandId) implements ServerFrame {}

    /** Frame {@code id} was refused (by the gateway or by match's engine). {@code id} may be null. */
    record Error(String id, String code, String message) implements ServerFrame {}

    record Pong(String id, long serverTime) implements ServerFrame {}

    /** Coalesced counts (protocol v2): how many players take part, how many answered the question in play. */
    record Tick(int playerCount, int answeredCount) implements ServerFrame {}

    /** The leaderboard after a reveal (protocol v2): the shared top and, for a player, its own line. */
    record Standings(long sequence, JsonNode top, JsonNode me) implements ServerFrame {}

    /** A frame type this bot does not know; kept so that a protocol addition is visible, not fatal. */
    record Other(String type, String text) implements ServerFrame {}
}
