package io.buzzline.gateway.ws;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import io.buzzline.engine.Rejection;

/**
 * Counts the commands this instance refused itself with the engine's rules, by reason: what match no longer
 * reads (most of a crowd's late buzzes), and a sudden rise in one reason is a client out of step.
 */
@ApplicationScoped
public class EdgeRefusals {

    static final String METRIC = "buzzline.gateway.commands.refused.at.edge";

    private final MeterRegistry registry;
    // Registered on first use: a series per reason that occurred, not one per rejection the engine knows.
    private final Map<Rejection, Counter> byReason = new ConcurrentHashMap<>();

    public EdgeRefusals(MeterRegistry registry) {
        this.registry = registry;
    }

    void refused(Rejection reason) {
        byReason.computeIfAbsent(reason, this::counter).increment();
    }

    private Counter counter(Rejection reason) {
        return Counter.builder(METRIC)
                .description(
                        "commands refused by the gateway from the game as it delivered it, without reaching" + " match")
                .tag("reason", reason.name())
                .register(registry);
    }
}
