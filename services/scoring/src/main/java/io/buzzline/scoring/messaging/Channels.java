package io.buzzline.scoring.messaging;

/** Channel names of this service, shared by the configuration, the code and the tests. */
public final class Channels {

    /** Incoming: every event of every game ({prefix}{match}:events), consumer group {@code scoring}. */
    public static final String EVENTS = "match-events";

    /** Outgoing: "scoring is done with this game" after GAME_ENDED ({prefix}{match}:confirmations). */
    public static final String CONFIRMATIONS = "match-confirmations";

    private Channels() {}
}
