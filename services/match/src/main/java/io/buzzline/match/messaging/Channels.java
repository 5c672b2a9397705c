package io.buzzline.match.messaging;

/** Channel names of this service, shared by the configuration, the code and the tests. */
public final class Channels {

    /** Incoming: every command for every game ({prefix}{match}:commands), one consumer group per instance. */
    public static final String COMMANDS = "match-commands";

    /** Outgoing: every appended event, for scoring and content ({prefix}{match}:events). */
    public static final String EVENTS = "match-events";

    /** Incoming: consumers confirming they processed a game's GAME_ENDED ({prefix}{match}:confirmations). */
    public static final String CONFIRMATIONS = "match-confirmations";

    private Channels() {}
}
