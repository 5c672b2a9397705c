package io.buzzline.redis.streams.app;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.buzzline.redis.streams.incoming.IncomingRedisStreamsMetadata;

/**
 * Fails on purpose: a payload starting with "poison" always throws, one starting with "once" throws on
 * its first delivery only. Records every attempt.
 */
@ApplicationScoped
public class FlakyConsumer {

    private final List<Received<String>> attempts = new CopyOnWriteArrayList<>();
    private final List<Received<String>> processed = new CopyOnWriteArrayList<>();

    @Incoming(TestChannels.FLAKY_IN)
    void consume(String payload, IncomingRedisStreamsMetadata metadata) {
        attempts.add(new Received<>(payload, metadata));
        if (payload.startsWith("poison")) {
            throw new IllegalStateException("cannot digest " + payload);
        }
        if (payload.startsWith("once") && metadata.deliveryCount() == 1) {
            throw new IllegalStateException("first delivery of " + payload + " fails");
        }
        processed.add(new Received<>(payload, metadata));
    }

    public List<Received<String>> attempts() {
        return attempts;
    }

    public List<Received<String>> processed() {
        return processed;
    }
}
