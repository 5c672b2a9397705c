package io.buzzline.redis.streams.app;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.buzzline.redis.streams.incoming.IncomingRedisStreamsMetadata;

/** Consumes the partitioned test channel: every payload with the stream it came from. */
@ApplicationScoped
public class PartsConsumer {

    private final List<Received<String>> received = new CopyOnWriteArrayList<>();

    @Incoming(TestChannels.PARTS_IN)
    void consume(String payload, IncomingRedisStreamsMetadata metadata) {
        received.add(new Received<>(payload, metadata));
    }

    public List<Received<String>> received() {
        return received;
    }
}
