package io.buzzline.redis.streams.app;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.common.annotation.Blocking;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes the held channel on a worker thread and, while its gate is closed, waits inside the method:
 * a test can so decide what Redis looks like when the message's acknowledgement is sent.
 */
@ApplicationScoped
public class HeldConsumer {

    private final Set<String> entered = ConcurrentHashMap.newKeySet();
    private final List<String> received = new CopyOnWriteArrayList<>();
    private volatile CountDownLatch gate = new CountDownLatch(0);

    @Incoming(TestChannels.HELD_IN)
    @Blocking
    void consume(String id) throws InterruptedException {
        entered.add(id);
        gate.await(30, TimeUnit.SECONDS);
        received.add(id);
    }

    /** Messages consumed from now on wait in the method until {@link #open()}. */
    public void close() {
        gate = new CountDownLatch(1);
    }

    public void open() {
        gate.countDown();
    }

    public boolean entered(String id) {
        return entered.contains(id);
    }

    public boolean received(String id) {
        return received.contains(id);
    }
}
