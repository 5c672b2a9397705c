package io.buzzline.gateway.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.buzzline.events.wire.RedisNames;

/** The shared Redis layout (libs/events) under this gateway's key prefix. */
@ApplicationScoped
public class RedisNamesProducer {

    @Produces
    @Singleton
    RedisNames redisNames(GatewayConfig config) {
        return new RedisNames(config.redis().keyPrefix());
    }
}
