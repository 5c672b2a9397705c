package io.buzzline.gateway.auth;

import java.util.Optional;
import java.util.Set;

/** What a connection may see and do, from the token's {@code groups} claim. */
public enum Role {
    /** Sees public events (not players' own, no key before its reveal) and the aggregates; drives the game (start, next, skip, kick, end). */
    HOST("host"),
    /** Sees public events and those addressed to them; buzzes and answers. */
    PLAYER("player"),
    /** Sees public events only; sends nothing but pings. */
    SPECTATOR("spectator");

    private final String group;

    Role(String group) {
        this.group = group;
    }

    public String group() {
        return group;
    }

    /** The strongest role among the token's groups, if any is known. */
    public static Optional<Role> fromGroups(Set<String> groups) {
        for (Role role : values()) {
            if (groups.contains(role.group)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
