package io.buzzline.events.wire;

/**
 * The region's streams every service meets. Services name the messaging channel of a stream after {@link
 * Channel}; the library ships each stream's key as the configuration property {@link #property()} ({@code
 * META-INF/microprofile-config.properties}), so a service's {@code application.properties} says {@code
 * mp.messaging.incoming.match-events.stream=${wire.streams.events}} instead of spelling the key again.
 *
 * <p>A {@link #partitioned()} stream is one stream per partition ({@link Partitions}), each under a hash
 * tag of its own, {@code {match:p<k>}}, so a Redis Cluster spreads them over its shards (the commands and
 * the events feed: per player, the region's busiest streams) and a match instance reads only the
 * partitions it is assigned; its property holds the {@link #pattern(String) pattern}, with {@code %d} for
 * the partition. The others sit under the {@code {match}} tag: a handful of entries per game, not per
 * player.
 */
public enum SharedStream {
    /** Every command of every game, into match (from the gateway, the lobby and match's own timers). */
    COMMANDS(Channel.COMMANDS, "commands", true),
    /** One entry per append in match: the appended events, one JSON per line (to scoring); partitioned as the commands. */
    EVENTS(Channel.EVENTS, "events", true),
    /** One entry per milestone event (game created, started, ended...): what the lobby and content follow. */
    MILESTONES(Channel.MILESTONES, "milestones", false),
    /** {@link EndConfirmation}s: a consumer is done with an ended game (scoring, content → match). */
    CONFIRMATIONS(Channel.CONFIRMATIONS, "confirmations", false);

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
    private final boolean partitioned;

    SharedStream(String channel, String name, boolean partitioned) {
        this.channel = channel;
        this.name = name;
        this.partitioned = partitioned;
    }

    /** Whether this is one stream per partition ({@link #key(String, int)}) rather than one stream. */
    public boolean partitioned() {
        return partitioned;
    }

    /** The messaging channel name of this stream in every service. */
    public String channel() {
        return channel;
    }

    /** The stream's key under {@code prefix}: {@code <prefix>{match}:<name>}; not for a partitioned one. */
    public String key(String prefix) {
        if (partitioned) {
            throw new IllegalStateException(name + " is partitioned: name the partition, key(prefix, partition)");
        }
        return new RedisNames(prefix).tagged("match", name);
    }

    /** The key of one partition of a partitioned stream: {@code <prefix>{match:p<partition>}:<name>}. */
    public String key(String prefix, int partition) {
        if (!partitioned) {
            throw new IllegalStateException(name + " is not partitioned: key(prefix)");
        }
        if (partition < 0) {
            throw new IllegalArgumentException("partition: " + partition);
        }
        return new RedisNames(prefix).tagged(PARTITION_TAG + partition, name);
    }

    /** The key of the partition of {@code gameId}'s commands (or events, if partitioned). */
    public String key(String prefix, Partitions partitions, String gameId) {
        return key(prefix, partitions.of(gameId));
    }

    /**
     * What the shipped property holds: the key, or for a partitioned stream the key with {@code %d} in place
     * of the partition number (the connector's {@code partitions} attribute formats it).
     */
    public String pattern(String prefix) {
        return partitioned ? new RedisNames(prefix).tagged(PARTITION_TAG + "%d", name) : key(prefix);
    }

    private static final String PARTITION_TAG = "match:p";

    /** The configuration property holding this stream's key (prefix included), shipped by this library. */
    public String property() {
        return "wire.streams." + name;
    }
}
