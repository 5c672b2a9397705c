package io.buzzline.redis.streams.tracing;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.context.propagation.TextMapSetter;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.buzzline.redis.streams.StreamFields;
import io.buzzline.redis.streams.incoming.IncomingRedisStreamsMetadata;

/**
 * The connector's tracing, shaped like SmallRye's for Kafka: an outgoing message gets a PRODUCER span
 * (child of its {@link TraceMetadata}, else of the current context) whose context is written into the
 * entry as {@code header.traceparent} / {@code header.tracestate} by the configured propagator (W3C by
 * default); an incoming entry gets a CONSUMER span, child of what its producer wrote, ended at once, whose
 * context rides on the message as {@link TraceMetadata} for the consuming code to continue. {@link #OFF}
 * does nothing; channels check {@link #enabled()} before touching any of it.
 */
public final class StreamTracing {

    /** No tracing: the connector's default, and what it uses when the SDK is disabled. */
    public static final StreamTracing OFF = new StreamTracing(null, null);

    private static final String SYSTEM = "redis";

    private static final TextMapSetter<Map<String, byte[]>> FIELDS = (fields, name, value) ->
            fields.put(StreamFields.HEADER_PREFIX + name, value.getBytes(StandardCharsets.UTF_8));

    private static final TextMapGetter<Map<String, String>> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> headers) {
            return headers.keySet();
        }

        @Override
        public String get(Map<String, String> headers, String name) {
            return headers == null ? null : headers.get(name);
        }
    };

    private final Tracer tracer;
    private final TextMapPropagator propagator;

    private StreamTracing(Tracer tracer, TextMapPropagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    public static StreamTracing of(OpenTelemetry openTelemetry) {
        return new StreamTracing(
                openTelemetry.getTracer("io.buzzline.redis-streams"),
                openTelemetry.getPropagators().getTextMapPropagator());
    }

    public boolean enabled() {
        return tracer != null;
    }

    /**
     * Starts the producer span of one XADD to {@code stream} and writes its context into {@code fields}.
     * The caller ends the span once Redis answered, so its length is the write's.
     */
    public Span publish(Message<?> message, String stream, Map<String, byte[]> fields) {
        Context parent = message.getMetadata(TraceMetadata.class)
                .map(TraceMetadata::context)
                .orElseGet(Context::current);
        Span span = tracer.spanBuilder(stream + " publish")
                .setParent(parent)
                .setSpanKind(SpanKind.PRODUCER)
                .setAttribute("messaging.system", SYSTEM)
                .setAttribute("messaging.destination.name", stream)
                .setAttribute("messaging.operation.type", "send")
                .startSpan();
        propagator.inject(parent.with(span), fields, FIELDS);
        return span;
    }

    /** The consumer span of one delivered entry (ended at once) and the context its consumer continues. */
    public TraceMetadata process(IncomingRedisStreamsMetadata entry) {
        Context parent = propagator.extract(Context.root(), entry.headers(), HEADERS);
        Span span = tracer.spanBuilder(entry.stream() + " process")
                .setParent(parent)
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", SYSTEM)
                .setAttribute("messaging.destination.name", entry.stream())
                .setAttribute("messaging.consumer.group.name", entry.group())
                .setAttribute("messaging.message.id", entry.messageId())
                .setAttribute("messaging.redis.entry.id", entry.entryId())
                .setAttribute("messaging.redis.delivery.count", entry.deliveryCount())
                .startSpan();
        span.end();
        return new TraceMetadata(parent.with(span));
    }
}
