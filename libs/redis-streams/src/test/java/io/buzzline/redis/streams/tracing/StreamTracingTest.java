package io.buzzline.redis.streams.tracing;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.buzzline.redis.streams.StreamFields;
import io.buzzline.redis.streams.incoming.IncomingRedisStreamsMetadata;

import static org.assertj.core.api.Assertions.assertThat;

/** What the connector writes into an entry and reads back from it, with a real SDK collecting spans. */
class StreamTracingTest {

    private final List<SpanData> ended = new CopyOnWriteArrayList<>();
    private final SdkTracerProvider provider = SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(new SpanExporter() {
                @Override
                public CompletableResultCode export(java.util.Collection<SpanData> spans) {
                    ended.addAll(spans);
                    return CompletableResultCode.ofSuccess();
                }

                @Override
                public CompletableResultCode flush() {
                    return CompletableResultCode.ofSuccess();
                }

                @Override
                public CompletableResultCode shutdown() {
                    return CompletableResultCode.ofSuccess();
                }
            }))
            .build();
    private final StreamTracing tracing = StreamTracing.of(OpenTelemetrySdk.builder()
            .setTracerProvider(provider)
            .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
            .build());

    @AfterEach
    void close() {
        provider.close();
    }

    @Test
    void anEntryCarriesItsProducerSpanAndTheConsumerContinuesIt() {
        Span command = provider.get("test").spanBuilder("command").startSpan();
        Message<String> message = Message.of("payload")
                .addMetadata(new TraceMetadata(Context.root().with(command)));
        Map<String, byte[]> fields = new HashMap<>();

        Span producer = tracing.publish(message, "s1", fields);
        producer.end();
        command.end();

        String traceparent = new String(fields.get(StreamFields.HEADER_PREFIX + "traceparent"), StandardCharsets.UTF_8);
        SpanContext written = producer.getSpanContext();
        assertThat(traceparent).isEqualTo("00-" + written.getTraceId() + "-" + written.getSpanId() + "-01");
        assertThat(written.getTraceId()).isEqualTo(command.getSpanContext().getTraceId());

        TraceMetadata consumed = tracing.process(new IncomingRedisStreamsMetadata(
                "s1", "g1", "c1", "1-0", 1, "m1", StreamFields.TEXT, Map.of("traceparent", traceparent)));

        SpanData consumer = ended.stream()
                .filter(span -> span.getKind() == SpanKind.CONSUMER)
                .findFirst()
                .orElseThrow();
        assertThat(consumer.getTraceId()).isEqualTo(written.getTraceId());
        assertThat(consumer.getParentSpanId()).isEqualTo(written.getSpanId());
        assertThat(Span.fromContext(consumed.context()).getSpanContext().getSpanId())
                .isEqualTo(consumer.getSpanId());
        SpanData producerData = ended.stream()
                .filter(span -> span.getKind() == SpanKind.PRODUCER)
                .findFirst()
                .orElseThrow();
        assertThat(producerData.getParentSpanId())
                .isEqualTo(command.getSpanContext().getSpanId());
    }

    @Test
    void anEntryWithoutTraceStartsANewTraceWhenConsumed() {
        TraceMetadata consumed = tracing.process(
                new IncomingRedisStreamsMetadata("s1", "g1", "c1", "1-0", 1, "m1", StreamFields.TEXT, Map.of()));

        SpanContext consumer = Span.fromContext(consumed.context()).getSpanContext();
        assertThat(consumer.isValid()).isTrue();
        assertThat(ended).singleElement().satisfies(span -> assertThat(
                        span.getParentSpanContext().isValid())
                .isFalse());
    }

    @Test
    void offTracesNothing() {
        assertThat(StreamTracing.OFF.enabled()).isFalse();
    }
}
