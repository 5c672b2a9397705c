package io.buzzline.gateway.auth;

/** Who holds a connection, as the lobby's signed token says: subject id, role, game and nickname. */
public record Identity(String subject, Role role, String gameId, String nickname) {}
