package io.buzzline.security;

import java.util.List;

/**
 * The roles a token's {@code groups} claim may hold, as every service's {@code @RolesAllowed} names
 * them. Who each role is and how it gets a token: docs/security.md.
 */
public final class Roles {

    /** A player of one game (the lobby's join token, claim {@code gid}). */
    public static final String PLAYER = "player";
    /** The host of one game (the lobby's create token, claim {@code gid}). */
    public static final String HOST = "host";
    /** A watcher of one game: public events only (the lobby's spectate token, claim {@code gid}). */
    public static final String SPECTATOR = "spectator";
    /** A person who writes the question bank, quests and platform configuration, and may read answer keys. */
    public static final String EDITOR = "editor";
    /** A person who runs the platform: diagnostics of live games and the generation queue. */
    public static final String OPERATOR = "operator";
    /** Another Buzzline service (match fetching a pack, the lobby ordering one). */
    public static final String SERVICE = "service";

    /** Every role, strongest last. */
    public static final List<String> ALL = List.of(PLAYER, HOST, SPECTATOR, EDITOR, OPERATOR, SERVICE);

    private Roles() {}
}
