package io.buzzline.scoring.messaging;

import org.eclipse.microprofile.reactive.messaging.Message;

import io.buzzline.events.EventEnvelope;

/** A decoded event and the stream entry it came in, acknowledged once the event is in the tally. */
record Arrival(EventEnvelope envelope, Message<String> message) {}
