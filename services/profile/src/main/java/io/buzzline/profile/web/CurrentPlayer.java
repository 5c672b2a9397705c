package io.buzzline.profile.web;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The player a request acts for: the subject of its token, a game token from the lobby (a guest) or an
 * account token from this service. Only operations that require the {@code player} role ask for it.
 */
@RequestScoped
public class CurrentPlayer {

    private final JsonWebToken token;

    public CurrentPlayer(JsonWebToken token) {
        this.token = token;
    }

    public String id() {
        return token.getSubject();
    }
}
