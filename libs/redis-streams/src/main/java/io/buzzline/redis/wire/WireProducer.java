package io.buzzline.redis.wire;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.buzzline.events.wire.LivePubSub;
import io.buzzline.events.wire.Partitions;

/**
 * The region's wire settings as beans, from what buzzline-events ships ({@code wire.partitions},
 * {@code wire.pubsub}; a service may override them, all of a region's services must agree). Here rather
 * than in each service: every service that writes or reads the streams and channels injects the same ones.
 */
@ApplicationScoped
public class WireProducer {

    // Singleton, not application-scoped: a record or an enum is final, so it cannot have a client proxy.
    @Produces
    @Singleton
    Partitions partitions(@ConfigProperty(name = Partitions.PROPERTY) int count) {
        return new Partitions(count);
    }

    @Produces
    @Singleton
    LivePubSub livePubSub(@ConfigProperty(name = LivePubSub.PROPERTY) String mode) {
        return LivePubSub.named(mode);
    }
}
