package io.buzzline.gateway.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

import io.buzzline.problems.Problem;
import io.buzzline.problems.Problems;

/**
 * The edge's own answers in the one problem+json shape (libs/problems): what it does not serve, an
 * upstream it cannot reach, a body over its limit, and an upstream error that came without a problem
 * body (a framework's HTML page, an empty 405), so a client meets one error style at the edge.
 */
final class EdgeProblems {

    private final ObjectMapper mapper;

    EdgeProblems(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    void notServed(RoutingContext ctx) {
        send(
                ctx,
                Problems.of(
                        404,
                        "not-found",
                        "Nothing is served at this path: the edge serves /api/lobby/**, /api/content/** and"
                                + " /api/profile/**,"
                                + " never a service's /q/** nor a service-only operation.",
                        ctx.request().path()));
    }

    void unavailable(RoutingContext ctx) {
        send(
                ctx,
                Problems.of(
                        502,
                        "upstream-unavailable",
                        "The service behind this path cannot be reached right now; try again shortly.",
                        ctx.request().path()));
    }

    /** Too many sign-ins from one client address; {@code retryAfterSeconds} until the next may be tried. */
    void tooManySignIns(RoutingContext ctx, long retryAfterSeconds) {
        ctx.response().putHeader("Retry-After", Long.toString(retryAfterSeconds));
        send(
                ctx,
                Problems.of(
                        429,
                        "too-many-sign-ins",
                        "Too many sign-in attempts from this address; try again in " + retryAfterSeconds + " s.",
                        ctx.request().path()));
    }

    /** A routing failure of the edge itself (the body handler's 413, say). */
    void failed(RoutingContext ctx) {
        int status = ctx.statusCode() < 400 ? 500 : ctx.statusCode();
        send(ctx, forStatus(status, ctx.request().method().name(), ctx.request().path()));
    }

    /** The problem that stands for an upstream error answered without a problem body. */
    static Problem forStatus(int status, String method, String instance) {
        return switch (status) {
            case 404 -> Problems.of(404, "not-found", "Nothing is served at this path.", instance);
            case 405 ->
                Problems.of(
                        405,
                        "method-not-allowed",
                        "This path does not take " + method + "; see the Allow header.",
                        instance);
            case 413 -> Problems.of(413, "body-too-large", "The body is larger than this operation accepts.", instance);
            case 415 ->
                Problems.of(
                        415,
                        "unsupported-media-type",
                        "Send the body as JSON with the header 'Content-Type: application/json'.",
                        instance);
            default ->
                status >= 500
                        ? Problems.of(
                                status,
                                "upstream-error",
                                "The service behind this path failed; it has been logged.",
                                instance)
                        : Problems.of(status, "invalid-request", "The request cannot be processed as sent.", instance);
        };
    }

    String body(Problem problem) {
        try {
            return mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem record always serialises", e);
        }
    }

    private void send(RoutingContext ctx, Problem problem) {
        if (ctx.response().ended()) {
            return;
        }
        ctx.response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problems.MEDIA_TYPE)
                .end(body(problem));
    }
}
