package io.buzzline.redis.wire;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.buzzline.events.wire.Partitions;

/**
 * The region's {@link Partitions} as a bean, from the {@code wire.partitions} that buzzline-events ships
 * (a service may override it; all of a region's services must agree). Here rather than in each service:
 * every service that writes or reads a partitioned stream injects the same one.
 */
@ApplicationScoped
public class PartitionsProducer {

    // Singleton, not application-scoped: a record is final, so it cannot have a client proxy.
    @Produces
    @Singleton
    Partitions partitions(@ConfigProperty(name = Partitions.PROPERTY) int count) {
        return new Partitions(count);
    }
}
