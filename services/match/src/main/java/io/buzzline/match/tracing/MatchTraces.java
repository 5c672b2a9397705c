package io.buzzline.match.tracing;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import org.eclipse.microprofile.config.Config;

import io.buzzline.redis.streams.tracing.TracingSwitch;

/**
 * Match's span per append: one group commit is one span, child of the first traced command in it (the
 * others are linked, up to {@link #MAX_LINKS}), so a buzz's trace goes gateway → intake → append, and the
 * append's context rides on to scoring (the events stream entry) and the gateways (the live message's trace
 * line). A 10,000-player question is a few dozen appends, so a few dozen spans, not one per answer. With
 * tracing off ({@link TracingSwitch}) nothing is created: {@link #enabled()} is false and callers skip it.
 */
@ApplicationScoped
public class MatchTraces {

    /** Links past this many add bytes to every exported append span and help nobody read it. */
    static final int MAX_LINKS = 16;

    private final Tracer tracer;

    public MatchTraces(Instance<OpenTelemetry> openTelemetry, Config config) {
        this.tracer = TracingSwitch.active(openTelemetry, config)
                .map(otel -> otel.getTracer("io.buzzline.match"))
                .orElse(null);
    }

    public boolean enabled() {
        return tracer != null;
    }

    /** Starts the span of one append of {@code events} events for {@code commands} traced commands. */
    public Span append(String gameId, int events, List<Context> commands) {
        SpanBuilder builder = tracer.spanBuilder("append events")
                .setAttribute("buzzline.game.id", gameId)
                .setAttribute("buzzline.events", events)
                .setAttribute("buzzline.commands", commands.size());
        if (commands.isEmpty()) {
            builder.setNoParent();
        } else {
            builder.setParent(commands.getFirst());
            for (int i = 1; i < commands.size() && i <= MAX_LINKS; i++) {
                SpanContext linked = Span.fromContext(commands.get(i)).getSpanContext();
                if (linked.isValid()) {
                    builder.addLink(linked);
                }
            }
        }
        return builder.startSpan();
    }

    /** The W3C traceparent of {@code span}, for the live message's trace line. */
    public static String traceparent(Span span) {
        SpanContext context = span.getSpanContext();
        return "00-" + context.getTraceId() + "-" + context.getSpanId() + "-"
                + context.getTraceFlags().asHex();
    }
}
