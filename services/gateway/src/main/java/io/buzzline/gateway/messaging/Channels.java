package io.buzzline.gateway.messaging;

/** Channel names of this service, shared by the configuration, the code and the tests. */
public final class Channels {

    /** Outgoing: every command for every game, into match's shared stream ({prefix}{match}:commands). */
    public static final String MATCH_COMMANDS = "match-commands";

    private Channels() {}
}
