package io.buzzline.gateway.rest;

import java.net.URI;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

import io.buzzline.gateway.config.GatewayConfig;
import io.buzzline.problems.Problems;

/**
 * The REST edge: {@code /api/lobby/**} goes to the lobby, {@code /api/content/**} to content and
 * {@code /api/profile/**} to profile, so a browser (the bundled web client included) talks to one origin. A pass-through of method, normalized path,
 * query, the headers an API needs (Authorization included: editors work through the edge with their token,
 * and each service decides who may call what), body and status, with {@code Location} rewritten to the edge
 * path; every error is RFC 9457 problem+json ({@link EdgeProblems}). It serves only what the public may call: never a service's management endpoints ({@code
 * /q/**}) nor a service-only operation (ordering a pack), which stay inside the cluster (docs/security.md).
 */
@ApplicationScoped
public class PublicRoutes {

    private static final Set<String> FORWARDED_REQUEST_HEADERS =
            Set.of("content-type", "accept", "authorization", "idempotency-key", "accept-language", "if-match");
    private static final Set<String> FORWARDED_RESPONSE_HEADERS =
            Set.of("content-type", "retry-after", "www-authenticate", "etag", "content-disposition", "allow");
    /** An editor's bulk import is the largest body the edge passes (content caps its rows itself). */
    private static final int CONTENT_BODY_LIMIT = 8 * 1024 * 1024;
    /** The lobby's and profile's bodies are small documents (a game's settings, a profile, a purchase). */
    private static final int SMALL_BODY_LIMIT = 64 * 1024;

    private final GatewayConfig.Routes config;
    private final HttpClient client;
    private final EdgeProblems problems;
    private final SignInThrottle signIns;
    private final ClientAddress clients;

    public PublicRoutes(GatewayConfig config, Vertx vertx, ObjectMapper mapper) {
        this.config = config.routes();
        this.client = vertx.createHttpClient(new HttpClientOptions().setMaxPoolSize(64));
        this.problems = new EdgeProblems(mapper);
        this.signIns = new SignInThrottle(this.config.signInsPerMinute());
        this.clients = ClientAddress.trusting(this.config.trustedProxies().orElse(List.of()));
    }

    void routes(@Observes Router router) {
        route(router, "/api/lobby", SMALL_BODY_LIMIT, config.lobbyUrl());
        route(router, "/api/content", CONTENT_BODY_LIMIT, config.contentUrl());
        route(router, "/api/profile", SMALL_BODY_LIMIT, config.profileUrl());
        // Anything else under /api is no route of ours (but the gateway's own REST resources, which follow):
        // a problem, not the HTTP server's HTML page.
        router.route("/api/*").handler(ctx -> {
            if (EdgeExposure.gatewayOwn(ctx.normalizedPath())) {
                ctx.next();
            } else {
                problems.notServed(ctx);
            }
        });
        router.route("/api/*").failureHandler(problems::failed);
    }

    /** Forwards {@code prefix/**} to {@code upstream}, with bodies up to {@code bodyLimit} bytes. */
    private void route(Router router, String prefix, int bodyLimit, String upstream) {
        router.route(prefix + "/*").handler(BodyHandler.create().setBodyLimit(bodyLimit));
        router.route(prefix + "/*").handler(ctx -> forward(ctx, upstream, prefix));
    }

    /** Who sent the request, past the trusted proxies: what a per-address limit keys on. */
    private String client(RoutingContext ctx) {
        return clients.of(
                ctx.request().remoteAddress().host(), ctx.request().headers().getAll("X-Forwarded-For"));
    }

    /** An upstream error without a problem body (an HTML page, nothing) gets one, of the same status. */
    private Buffer withProblemBody(RoutingContext ctx, int status, String contentType, Buffer payload) {
        if (status < 400 || (contentType != null && contentType.startsWith(Problems.MEDIA_TYPE))) {
            return payload;
        }
        ctx.response().putHeader("content-type", Problems.MEDIA_TYPE);
        return Buffer.buffer(problems.body(EdgeProblems.forStatus(
                status, ctx.request().method().name(), ctx.request().path())));
    }

    private static boolean signIn(String prefix, HttpMethod method, String path) {
        return prefix.equals("/api/profile")
                && method == HttpMethod.POST
                && (path.equals("/sessions") || path.equals("/sessions/"));
    }

    private void forward(RoutingContext ctx, String upstream, String prefix) {
        // The normalized path ("..", "." and encoded unreserved characters resolved) is both what the edge
        // checks and what it sends, so no spelling of a path reaches an upstream route the check refused.
        String path = ctx.normalizedPath().substring(prefix.length());
        if (!EdgeExposure.exposed(prefix, ctx.request().method(), path)) {
            problems.notServed(ctx);
            return;
        }
        // Password guessing across accounts from one address meets this before profile sees it; guessing one
        // account's password meets profile's per-account lockout. On the normalized path, like the check above,
        // so "/api/profile/./sessions" and "%73essions" meet it too (SignInThrottleTest).
        if (signIn(prefix, ctx.request().method(), path)
                // The nanosecond ticker, not the Clock: a rate needs elapsed time, never the time of day.
                && !signIns.tryAttempt(client(ctx), System.nanoTime())) {
            problems.tooManySignIns(ctx, signIns.retryAfterSeconds());
            return;
        }
        URI base = URI.create(upstream);
        String query = ctx.request().query();
        String uri = (path.isEmpty() ? "/" : path) + (query == null ? "" : "?" + query);
        RequestOptions options = new RequestOptions()
                .setMethod(ctx.request().method())
                .setHost(base.getHost())
                .setPort(base.getPort())
                .setURI(uri)
                .setTimeout(config.timeout().toMillis());
        ctx.request().headers().forEach((name, value) -> {
            if (FORWARDED_REQUEST_HEADERS.contains(name.toLowerCase())) {
                options.addHeader(name, value);
            }
        });
        Buffer body = ctx.body() == null ? null : ctx.body().buffer();
        client.request(options)
                .compose(request ->
                        body == null || ctx.request().method() == HttpMethod.GET ? request.send() : request.send(body))
                .compose(response -> response.body().map(payload -> {
                    ctx.response().setStatusCode(response.statusCode());
                    response.headers().forEach((name, value) -> {
                        if (FORWARDED_RESPONSE_HEADERS.contains(name.toLowerCase())) {
                            ctx.response().putHeader(name, value);
                        }
                    });
                    String location = response.getHeader("location");
                    if (location != null) {
                        ctx.response().putHeader("location", EdgeLocation.rewrite(location, prefix));
                    }
                    return withProblemBody(ctx, response.statusCode(), response.getHeader("content-type"), payload);
                }))
                .onSuccess(payload -> ctx.response().end(payload))
                .onFailure(failure -> {
                    Log.warnf("upstream %s failed for %s: %s", upstream, uri, failure.getMessage());
                    problems.unavailable(ctx);
                });
    }
}
