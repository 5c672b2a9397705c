package io.buzzline.lobby.game;

/** What happened to one join attempt, decided atomically in Redis. */
public sealed interface JoinOutcome {

    /**
     * A new member with this nickname; {@code players} counts the members including this one, and
     * {@code autoStart} says whether the game starts itself (quick play).
     */
    record Joined(String nickname, int players, int maxPlayers, boolean autoStart) implements JoinOutcome {}

    /** The player was already a member: same identity, same nickname as before. */
    record Rejoined(String nickname) implements JoinOutcome {}

    /** Refused, with the reason. */
    record Refused(JoinRefusal reason) implements JoinOutcome {}
}
