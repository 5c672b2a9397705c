package io.buzzline.gateway.tracing;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import org.eclipse.microprofile.config.Config;

import io.buzzline.events.wire.TraceFields;
import io.buzzline.redis.streams.tracing.TracingSwitch;

/**
 * Where a player's action starts its trace and where its result ends it, in the gateway: a SERVER span
 * per command frame (a new trace; the connector's producer span for the XADD is its child), and an
 * INTERNAL span per live message routed to this instance's connections, child of match's append (the
 * message's trace line). Nothing per outgoing frame. With tracing off (the default, see
 * {@link TracingSwitch}) {@link #command} answers the invalid span and {@link #routed} just runs.
 */
@ApplicationScoped
public class GatewayTraces {

    private static final TextMapGetter<String> TRACEPARENT = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String traceparent) {
            return List.of(TraceFields.TRACEPARENT);
        }

        @Override
        public String get(String traceparent, String name) {
            return TraceFields.TRACEPARENT.equals(name) ? traceparent : null;
        }
    };

    private final Tracer tracer;
    private final TextMapPropagator propagator;

    public GatewayTraces(Instance<OpenTelemetry> openTelemetry, Config config) {
        var active = TracingSwitch.active(openTelemetry, config);
        this.tracer = active.map(otel -> otel.getTracer("io.buzzline.gateway")).orElse(null);
        this.propagator =
                active.map(otel -> otel.getPropagators().getTextMapPropagator()).orElse(null);
    }

    public boolean enabled() {
        return tracer != null;
    }

    /** The span of one command frame (ended by the caller once the command is in the stream, or refused). */
    public Span command(String type, String gameId, String playerId, String commandId) {
        if (tracer == null) {
            return Span.getInvalid();
        }
        return tracer.spanBuilder("command " + type)
                .setNoParent()
                .setSpanKind(SpanKind.SERVER)
                .setAttribute("buzzline.game.id", gameId)
                .setAttribute("buzzline.player.id", playerId)
                .setAttribute("buzzline.command.id", commandId)
                .startSpan();
    }

    /** Runs {@code route} (one live message to this instance's connections) inside its span. */
    public void routed(String gameId, String message, Runnable route) {
        if (tracer == null) {
            route.run();
            return;
        }
        String traceparent = TraceFields.liveTraceparent(message).orElse(null);
        if (traceparent == null) {
            route.run();
            return;
        }
        Context parent = propagator.extract(Context.root(), traceparent, TRACEPARENT);
        Span span = tracer.spanBuilder("route events")
                .setParent(parent)
                .setAttribute("buzzline.game.id", gameId)
                .startSpan();
        try {
            route.run();
        } finally {
            span.end();
        }
    }
}
