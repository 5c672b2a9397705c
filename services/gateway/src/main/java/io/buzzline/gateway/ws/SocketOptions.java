package io.buzzline.gateway.ws;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;

import io.buzzline.gateway.config.GatewayConfig;

/** Applies {@code buzzline.socket.send-buffer-bytes} to the HTTP server's accepted connections. */
@ApplicationScoped
public class SocketOptions implements HttpServerOptionsCustomizer {

    private final GatewayConfig.Socket config;

    public SocketOptions(GatewayConfig config) {
        this.config = config.socket();
    }

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        config.sendBufferBytes().ifPresent(options::setSendBufferSize);
    }
}
