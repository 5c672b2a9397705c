package io.buzzline.gateway.resume;

import io.buzzline.events.EventEnvelope;
import io.buzzline.gateway.protocol.ServerFrameEncoder;

/**
 * One event as logged: decoded for projection and folding, its JSON text, and the event frame that
 * forwards it unchanged — built once here, so a fan-out to thousands of connections shares one string.
 */
public record LoggedEvent(EventEnvelope envelope, String json, String frame) {

    public static LoggedEvent of(EventEnvelope envelope, String json) {
        return new LoggedEvent(envelope, json, ServerFrameEncoder.eventFrame(envelope.sequence(), json));
    }

    public long sequence() {
        return envelope.sequence();
    }
}
