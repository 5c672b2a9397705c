package io.buzzline.lobby.game;

/** What happened to one join attempt, decided atomically in Redis. */
public sealed interface JoinOutcome {

    /** A new member with this nickname. */
    record Joined(String nickname) implements JoinOutcome {}

    /** The player was already a member: same identity, same nickname as before. */
    record Rejoined(String nickname) implements JoinOutcome {}

    /** Refused, with the reason. */
    record Refused(JoinRefusal reason) implements JoinOutcome {}
}
