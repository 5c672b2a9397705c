package io.buzzline.redis.streams.outgoing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.providers.helpers.MultiUtils;
import io.smallrye.reactive.messaging.providers.helpers.SenderProcessor;
import io.vertx.core.Context;
import io.vertx.mutiny.redis.client.Request;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.buzzline.redis.streams.StreamFields;
import io.buzzline.redis.streams.incoming.IncomingRedisStreamsMetadata;
import io.buzzline.redis.streams.observe.ChannelHealth;
import io.buzzline.redis.streams.observe.ChannelMetrics;
import io.buzzline.redis.streams.observe.ChannelProbe;
import io.buzzline.redis.streams.redis.BatchOutcome;
import io.buzzline.redis.streams.redis.Coalescer;
import io.buzzline.redis.streams.redis.StreamCommands;
import io.buzzline.redis.streams.tracing.StreamTracing;

/**
 * An outgoing channel: each message becomes one XADD; the message is acknowledged only once Redis
 * replied with the entry id, and nacked with the error otherwise. At most {@code max-inflight-messages}
 * writes are outstanding: upstream gets no more demand until one completes (back-pressure). The XADDs
 * waiting to be written when the writer gets to run go out together, as one pipelined batch.
 */
public final class RedisStreamsOutgoingChannel {

    private static final Logger LOG = Logger.getLogger(RedisStreamsOutgoingChannel.class);

    /** Trace-context headers carried over from a consumed entry to the entries a processor writes. */
    private static final List<String> PROPAGATED_HEADERS = List.of("traceparent", "tracestate", "baggage");

    /** Most XADDs in one batch when in-flight is unbounded; well below the client's 2048 waiting replies. */
    private static final int MAX_BATCH = 512;

    private final String channel;
    private final String stream;
    private final long maxLen;
    private final StreamCommands commands;
    private final PayloadEncoder encoder;
    private final ChannelMetrics metrics;
    private final StreamTracing tracing;
    private final ChannelHealth health;
    private final ChannelProbe probe;
    private final Flow.Subscriber<? extends Message<?>> subscriber;
    private final Coalescer<PendingWrite> writes;

    /** A message's XADD, and what completes once Redis answered it. */
    private record PendingWrite(Request request, CompletableFuture<Void> written) {}

    public RedisStreamsOutgoingChannel(OutgoingSettings settings, OutgoingParts parts) {
        this.channel = settings.channel();
        this.stream = settings.stream();
        this.maxLen = settings.maxLen();
        this.commands = parts.commands();
        this.encoder = parts.encoder();
        this.metrics = parts.metrics();
        this.tracing = parts.tracing();
        this.health = new ChannelHealth(channel, false);
        this.probe = new ChannelProbe(parts.vertx(), commands, health, metrics, stream, null, () -> true);
        // Messages reach send() on the emitting thread or on the event loop that acked the previous one,
        // one at a time; queued in that order and written from one context, they keep it in the stream.
        // One batch per turn of that context, rather than one XADD and one thread hop per message, is
        // what lets a burst cost one round trip.
        Context writer = parts.vertx().getDelegate().getOrCreateContext();
        int batchLimit = settings.maxInflight() <= 0 ? MAX_BATCH : Math.min(settings.maxInflight(), MAX_BATCH);
        this.writes = new Coalescer<>(writer, batchLimit, this::write);
        long inflight = settings.maxInflight() <= 0 ? Long.MAX_VALUE : settings.maxInflight();
        SenderProcessor processor = new SenderProcessor(inflight, true, this::send);
        this.subscriber = MultiUtils.via(processor, messages -> messages.onFailure()
                .invoke(failure -> LOG.errorf(failure, "Outgoing channel %s failed", channel)));
        if (settings.healthEnabled()) {
            probe.start(settings.probeInterval());
        }
    }

    public Flow.Subscriber<? extends Message<?>> subscriber() {
        return subscriber;
    }

    public ChannelHealth health() {
        return health;
    }

    private Uni<Void> send(Message<?> message) {
        OutgoingRedisStreamsMetadata out =
                message.getMetadata(OutgoingRedisStreamsMetadata.class).orElse(OutgoingRedisStreamsMetadata.empty());
        Map<String, byte[]> fields;
        try {
            fields = fields(message, out);
        } catch (RuntimeException e) {
            return Uni.createFrom().completionStage(() -> message.nack(e));
        }
        String target = out.stream() == null ? stream : out.stream();
        if (target.contains("%d")) {
            // A partitioned stream's pattern (wire.streams.commands): only the sender knows the partition.
            return Uni.createFrom()
                    .completionStage(() -> message.nack(new IllegalStateException("channel " + channel
                            + " writes to a partitioned stream (" + stream + "): the message must name its"
                            + " partition's stream in OutgoingRedisStreamsMetadata")));
        }
        CompletableFuture<Void> written = new CompletableFuture<>();
        if (tracing.enabled()) {
            // After the headers, so this span's context replaces one carried over from a consumed entry (the
            // copy that keeps a processor's output in its input's trace when nothing traces here).
            Span span = tracing.publish(message, target, fields);
            written.whenComplete((ok, failure) -> {
                if (failure != null) {
                    span.setStatus(StatusCode.ERROR, failure.getMessage());
                }
                span.end();
            });
        }
        writes.add(new PendingWrite(StreamCommands.xaddRequest(target, maxLen, fields), written));
        return Uni.createFrom()
                .completionStage(written)
                .onItem()
                .transformToUni(ignored -> {
                    metrics.sent();
                    return Uni.createFrom().completionStage(message::ack);
                })
                .onFailure()
                .recoverWithUni(failure -> {
                    LOG.debugf("XADD to %s failed on channel %s: %s", target, channel, failure.getMessage());
                    return Uni.createFrom().completionStage(() -> message.nack(failure));
                });
    }

    /** Writes a batch in one round trip; each message learns its own XADD's outcome. */
    private void write(List<PendingWrite> batch) {
        List<Request> requests = new ArrayList<>(batch.size());
        batch.forEach(pending -> requests.add(pending.request()));
        commands.xaddAll(requests)
                .subscribe()
                .with(
                        outcomes -> {
                            for (int i = 0; i < batch.size(); i++) {
                                BatchOutcome outcome = outcomes.get(i);
                                if (outcome.succeeded()) {
                                    batch.get(i).written().complete(null);
                                } else {
                                    batch.get(i).written().completeExceptionally(outcome.failure());
                                }
                            }
                        },
                        failure -> batch.forEach(pending -> pending.written().completeExceptionally(failure)));
    }

    private Map<String, byte[]> fields(Message<?> message, OutgoingRedisStreamsMetadata out) {
        PayloadEncoder.Encoded encoded = encoder.encode(message.getPayload());
        Map<String, byte[]> fields = new LinkedHashMap<>();
        String messageId = out.messageId() == null ? UUID.randomUUID().toString() : out.messageId();
        fields.put(StreamFields.MESSAGE_ID, utf8(messageId));
        fields.put(StreamFields.CONTENT_TYPE, utf8(encoded.contentType()));
        message.getMetadata(IncomingRedisStreamsMetadata.class)
                .ifPresent(in -> PROPAGATED_HEADERS.forEach(name -> {
                    String value = in.headers().get(name);
                    if (value != null) {
                        fields.put(StreamFields.HEADER_PREFIX + name, utf8(value));
                    }
                }));
        out.headers().forEach((name, value) -> fields.put(StreamFields.HEADER_PREFIX + name, utf8(value)));
        fields.put(StreamFields.PAYLOAD, encoded.bytes());
        return fields;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    public void close() {
        probe.stop();
    }
}
