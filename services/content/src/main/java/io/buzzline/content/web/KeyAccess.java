package io.buzzline.content.web;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.security.identity.SecurityIdentity;

import io.buzzline.security.Roles;

/**
 * Whether the caller may see answer keys: editors (who write them) and services (match, which needs them
 * to run a game). Everyone else gets the public representation, without keys, on every route.
 */
@RequestScoped
public class KeyAccess {

    /**
     * The 401 of a route open to everyone that reads the caller's role: an invalid token is refused rather
     * than read as no token, so an editor whose token expired learns it instead of getting no keys.
     */
    public static final String INVALID_TOKEN =
            "A token was sent but is not valid; send none for the public view, without keys";

    private final SecurityIdentity identity;

    public KeyAccess(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean keysVisible() {
        return identity.hasRole(Roles.EDITOR) || identity.hasRole(Roles.SERVICE);
    }
}
