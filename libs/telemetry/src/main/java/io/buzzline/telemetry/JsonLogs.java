package io.buzzline.telemetry;

import java.util.logging.Handler;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.handlers.ConsoleHandler;

/**
 * Puts {@link JsonLogFormatter} on the console when {@code buzzline.log.format=json} (the prod profile and
 * the deploy manifests), as the first thing the application does at start: lines Quarkus writes while it
 * boots, before this runs, stay in its text pattern.
 */
@ApplicationScoped
public class JsonLogs {

    private final LogConfig config;
    private final String service;

    public JsonLogs(LogConfig config, @ConfigProperty(name = "quarkus.application.name") String service) {
        this.config = config;
        this.service = service;
    }

    void install(@Observes @Priority(1) StartupEvent event) {
        if (config.format() != LogConfig.Format.JSON) {
            return;
        }
        JsonLogFormatter formatter = new JsonLogFormatter(service);
        LogFields.activate();
        for (Handler handler : LogContext.getLogContext().getLogger("").getHandlers()) {
            install(handler, formatter);
        }
    }

    /** Quarkus wraps the console handler (a delayed, maybe an async handler): set it on every console inside. */
    private static void install(Handler handler, JsonLogFormatter formatter) {
        if (handler instanceof ConsoleHandler console) {
            console.setFormatter(formatter);
        }
        if (handler instanceof ExtHandler parent) {
            for (Handler child : parent.getHandlers()) {
                install(child, formatter);
            }
        }
    }
}
