package io.buzzline.match.messaging;

/** Channel names of this service, shared by the configuration, the code and the tests. */
public final class Channels {

    /** Incoming: every command for every game ({prefix}{match}:commands), one consumer group per instance. */
    public static final String COMMANDS = "match-commands";

    /** Outgoing: every appended event, for scoring and content ({prefix}{match}:events). */
    public static final String EVENTS = "match-events";

    /**
     * Outgoing: only the milestone events ({@link io.buzzline.events.EventType#isMilestone()}), for the lobby
     * and content, which follow games but need none of their answers or scores ({prefix}{match}:milestones).
     */
    public static final String MILESTONES = "match-milestones";

    /** Incoming: consumers confirming they processed a game's GAME_ENDED ({prefix}{match}:confirmations). */
    public static final String CONFIRMATIONS = "match-confirmations";

    private Channels() {}
}
