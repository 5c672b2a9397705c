package io.buzzline.gateway.ws;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.buzzline.gateway.config.GatewayConfig;

/**
 * Graceful shutdown: on SIGTERM every client gets the resume hint and is closed (4010) so that it resumes
 * on another instance, bounded by {@code buzzline.socket.drain-timeout}; readiness reports DOWN from then
 * on, so the platform routes new connections elsewhere.
 */
@Readiness
@ApplicationScoped
public class Drain implements HealthCheck {

    private final Sessions sessions;
    private final GatewayConfig.Socket config;

    public Drain(Sessions sessions, GatewayConfig config) {
        this.sessions = sessions;
        this.config = config.socket();
    }

    /**
     * The first step of a graceful shutdown ({@code quarkus.shutdown.delay-enabled}), while the HTTP server
     * still runs: by {@link ShutdownEvent} it would have closed the sockets itself, without a resume hint.
     */
    void onShutdownStarted(@Observes ShutdownDelayInitiatedEvent event) {
        sessions.drain(config.drainTimeout());
    }

    /** Where no shutdown delay step runs (dev mode): too late for the hint, but nothing is left behind. */
    void onShutdown(@Observes ShutdownEvent event) {
        if (!sessions.draining()) {
            sessions.drain(config.drainTimeout());
        }
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("gateway-connections")
                .status(!sessions.draining())
                .build();
    }
}
