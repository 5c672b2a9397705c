package io.buzzline.redis.streams.tracing;

import io.opentelemetry.context.Context;

/**
 * The trace context a message belongs to, as message metadata: on an incoming message the context of the
 * connector's consumer span (what the consuming code continues), on an outgoing one the parent of the
 * producer span the connector starts for its XADD. Absent whenever tracing is off.
 */
public record TraceMetadata(Context context) {}
