package io.buzzline.gateway.rest;

import java.net.URI;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

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

/**
 * The REST edge: {@code /api/lobby/**} goes to the lobby and {@code GET /api/content/**} to content, so a
 * browser (the bundled web client included) talks to one origin. A plain pass-through: method, path,
 * query, the headers an API needs, body, status; RFC 9457 problem+json when an upstream is unreachable.
 */
@ApplicationScoped
public class PublicRoutes {

    private static final Set<String> FORWARDED_REQUEST_HEADERS =
            Set.of("content-type", "accept", "authorization", "idempotency-key", "accept-language");
    private static final Set<String> FORWARDED_RESPONSE_HEADERS = Set.of("content-type", "location", "retry-after");

    private final GatewayConfig.Routes config;
    private final HttpClient client;

    public PublicRoutes(GatewayConfig config, Vertx vertx) {
        this.config = config.routes();
        this.client = vertx.createHttpClient(new HttpClientOptions().setMaxPoolSize(64));
    }

    void routes(@Observes Router router) {
        router.route("/api/lobby/*").handler(BodyHandler.create().setBodyLimit(64 * 1024));
        router.route("/api/lobby/*").handler(ctx -> forward(ctx, config.lobbyUrl(), "/api/lobby"));
        router.get("/api/content/*").handler(ctx -> forward(ctx, config.contentUrl(), "/api/content"));
    }

    private void forward(RoutingContext ctx, String upstream, String prefix) {
        URI base = URI.create(upstream);
        String uri = ctx.request().uri().substring(prefix.length());
        RequestOptions options = new RequestOptions()
                .setMethod(ctx.request().method())
                .setHost(base.getHost())
                .setPort(base.getPort())
                .setURI(uri.isEmpty() ? "/" : uri)
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
                    return payload;
                }))
                .onSuccess(payload -> ctx.response().end(payload))
                .onFailure(failure -> {
                    Log.warnf("upstream %s failed for %s: %s", upstream, uri, failure.getMessage());
                    ctx.response()
                            .setStatusCode(502)
                            .putHeader("content-type", "application/problem+json")
                            .end("{\"type\":\"about:blank\",\"title\":\"Bad Gateway\",\"status\":502,"
                                    + "\"detail\":\"the upstream service is unavailable\"}");
                });
    }
}
