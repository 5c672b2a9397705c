package io.buzzline.redis.streams.app;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.buzzline.redis.streams.incoming.IncomingRedisStreamsMetadata;

/** Consumes the round-trip channel with a typed payload and the entry's metadata. */
@ApplicationScoped
public class OrderConsumer {

    private final List<Received<OrderPlaced>> received = new CopyOnWriteArrayList<>();

    @Incoming(TestChannels.ORDERS_IN)
    void consume(OrderPlaced order, IncomingRedisStreamsMetadata metadata) {
        received.add(new Received<>(order, metadata));
    }

    public List<Received<OrderPlaced>> received() {
        return received;
    }
}
