package io.buzzline.redis.streams.tracing;

import java.util.Optional;

import jakarta.enterprise.inject.Instance;

import io.opentelemetry.api.OpenTelemetry;
import org.eclipse.microprofile.config.Config;

/**
 * Decides once, at start-up, whether this process traces: only with an OpenTelemetry bean (the
 * quarkus-opentelemetry extension), its SDK enabled ({@code quarkus.otel.sdk.disabled=false}) and traces
 * on ({@code quarkus.otel.traces.enabled}, default true). Everything that traces keeps the answer in a
 * field, so with tracing off the hot path costs one null or boolean check and creates nothing.
 */
public final class TracingSwitch {

    private TracingSwitch() {}

    /** The OpenTelemetry to trace with, or empty when this process does not trace. */
    public static Optional<OpenTelemetry> active(Instance<OpenTelemetry> openTelemetry, Config config) {
        boolean sdkDisabled = config.getOptionalValue("quarkus.otel.sdk.disabled", Boolean.class)
                .orElse(false);
        boolean tracesEnabled = config.getOptionalValue("quarkus.otel.traces.enabled", Boolean.class)
                .orElse(true);
        if (sdkDisabled || !tracesEnabled || !openTelemetry.isResolvable()) {
            return Optional.empty();
        }
        return Optional.of(openTelemetry.get());
    }
}
