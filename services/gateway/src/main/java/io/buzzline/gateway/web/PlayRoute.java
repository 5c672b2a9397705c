package io.buzzline.gateway.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;

/**
 * The join URL a host's QR code encodes, {@code /play?code=XXXXXX}: the player screen, which reads the code
 * from the address and asks only for a nickname.
 */
@ApplicationScoped
public class PlayRoute {

    void routes(@Observes Router router) {
        router.get("/play").handler(ctx -> ctx.reroute("/player.html"));
    }
}
