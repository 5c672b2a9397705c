package io.buzzline.bots.protocol;

import com.fasterxml.jackson.databind.JsonNode;

import io.buzzline.events.EventEnvelope;

/** A frame the gateway sends (docs/protocol.md, server → client), decoded. */
public sealed interface ServerFrame
        permits ServerFrame.Welcome,
                ServerFrame.Event,
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

    /** The command sent as frame {@code id} is in match's command stream as {@code commandId}. */
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
