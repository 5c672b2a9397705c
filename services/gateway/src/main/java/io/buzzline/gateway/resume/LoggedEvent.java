package io.buzzline.gateway.resume;

import io.buzzline.events.EventEnvelope;

/** One event as logged: decoded for projection and folding, and its JSON text to forward unchanged. */
public record LoggedEvent(EventEnvelope envelope, String json) {

    public long sequence() {
        return envelope.sequence();
    }
}
