package io.buzzline.problems;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a body over {@code quarkus.http.limits.max-body-size} with a 413 problem: before the body is
 * read when its Content-Length says so, or once a chunked one outgrows the limit. Vert.x would otherwise
 * close the exchange with an empty 413 that no client can explain.
 */
@Singleton
public class BodyLimit {

    private final long maxBodySize;
    private final ObjectMapper mapper;

    public BodyLimit(
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBodySize,
            ObjectMapper mapper) {
        this.maxBodySize = maxBodySize.asLongValue();
        this.mapper = mapper;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && declared(length) > maxBodySize) {
                refuse(context);
            } else {
                context.next();
            }
        });
        // A chunked body declares no length, so the check above cannot see it coming, and the REST layer
        // that would read it past the limit ends the exchange with a bare 413. Such a body is read here
        // instead, up to the limit (the REST layer then takes it as read); past it, the same problem.
        BodyHandler chunked = BodyHandler.create(false).setBodyLimit(maxBodySize);
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            if (context.request().getHeader(HttpHeaders.CONTENT_LENGTH) == null
                    && context.request().headers().contains(HttpHeaders.TRANSFER_ENCODING, HttpHeaders.CHUNKED, true)) {
                chunked.handle(context);
            } else {
                context.next();
            }
        });
        router.route().order(Integer.MIN_VALUE).failureHandler(context -> {
            if (context.statusCode() == 413 && !context.response().headWritten()) {
                refuse(context);
            } else {
                context.next();
            }
        });
    }

    /** The 413 problem, closing the connection: the rest of the body is not read. */
    private void refuse(RoutingContext context) {
        context.response()
                .setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problems.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body(context.request().path()));
    }

    private String body(String instance) {
        try {
            return mapper.writeValueAsString(tooLarge(instance).getEntity());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem record always serialises", e);
        }
    }

    private static long declared(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static Response tooLarge(String instance) {
        return Problems.response(413, "body-too-large", "The body is larger than this operation accepts.", instance);
    }
}
