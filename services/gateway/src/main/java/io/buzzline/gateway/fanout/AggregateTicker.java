package io.buzzline.gateway.fanout;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.runtime.Startup;
import io.vertx.mutiny.core.Vertx;

import io.buzzline.gateway.aggregate.AggregateSettings;

/**
 * One timer for the whole instance, at the hosts' tick interval: each game's feed sends the ticks and
 * standings that are due. The crowd's slower pace and per-question budget are the aggregates' own.
 */
@Startup
@ApplicationScoped
public class AggregateTicker {

    private final GameFeeds feeds;
    private final Vertx vertx;
    private final long intervalMillis;
    private long timer;

    public AggregateTicker(GameFeeds feeds, Vertx vertx, AggregateSettings settings) {
        this.feeds = feeds;
        this.vertx = vertx;
        this.intervalMillis = settings.config().hostTickInterval().toMillis();
    }

    @PostConstruct
    void start() {
        timer = vertx.setPeriodic(Math.max(1, intervalMillis), id -> feeds.all().forEach(GameFeed::tick));
    }

    @PreDestroy
    void stop() {
        vertx.cancelTimer(timer);
    }
}
