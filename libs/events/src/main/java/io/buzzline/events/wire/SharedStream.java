package io.buzzline.events.wire;

/**
 * The region's streams every service meets, each under the {@code {match}} hash tag. Services name the
 * messaging channel of a stream after {@link Channel}; the library ships each stream's key as the
 * configuration property {@link #property()} ({@code META-INF/microprofile-config.properties}), so a
 * service's {@code application.properties} says {@code mp.messaging.incoming.match-events.stream=
 * ${wire.streams.events}} instead of spelling the key again.
 */
public enum SharedStream {
    /** Every command of every game, into match (from the gateway, the lobby and match's own timers). */
    COMMANDS(Channel.COMMANDS, "commands"),
    /** One entry per append in match: the appended events, one JSON per line (to scoring). */
    EVENTS(Channel.EVENTS, "events"),
    /** One entry per milestone event (game created, started, ended...): what the lobby and content follow. */
    MILESTONES(Channel.MILESTONES, "milestones"),
    /** {@link EndConfirmation}s: a consumer is done with an ended game (scoring, content → match). */
    CONFIRMATIONS(Channel.CONFIRMATIONS, "confirmations");

    /** The messaging channel names services give these streams (constants, for annotations). */
    public static final class Channel {
        public static final String COMMANDS = "match-commands";
        public static final String EVENTS = "match-events";
        public static final String MILESTONES = "match-milestones";
        public static final String CONFIRMATIONS = "match-confirmations";

        private Channel() {}
    }

    private final String channel;
    private final String name;

    SharedStream(String channel, String name) {
        this.channel = channel;
        this.name = name;
    }

    /** The messaging channel name of this stream in every service. */
    public String channel() {
        return channel;
    }

    /** The stream's key under {@code prefix}: {@code <prefix>{match}:<name>}. */
    public String key(String prefix) {
        return new RedisNames(prefix).tagged("match", name);
    }

    /** The configuration property holding this stream's key (prefix included), shipped by this library. */
    public String property() {
        return "wire.streams." + name;
    }
}
