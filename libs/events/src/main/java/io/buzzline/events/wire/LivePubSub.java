package io.buzzline.events.wire;

import java.util.Locale;

/**
 * How a game's pub/sub channels ({@link GameNames#live()}, {@link GameNames#rejections()}) are published
 * and subscribed: match publishes, the gateways subscribe, so both read the same {@code wire.pubsub}
 * (shipped {@code classic}).
 *
 * <ul>
 *   <li>{@link #CLASSIC}: {@code PUBLISH}/{@code SUBSCRIBE}, any Redis from 6.2. On a Redis Cluster every
 *       message is broadcast over the cluster bus to every node, whichever node the subscribers use: a
 *       region's whole live traffic crosses every shard.
 *   <li>{@link #SHARDED}: {@code SPUBLISH}/{@code SSUBSCRIBE} (Redis 7.0 and later). A message stays on the
 *       shard that owns its channel's slot, which is the game's slot (the channel carries the game's hash
 *       tag), so live traffic spreads over the shards like the games do. A subscriber sends one
 *       {@code SSUBSCRIBE} per slot, to that slot's master; when the slot moves (failover, resharding) Redis
 *       ends the subscription ({@code sunsubscribe} it did not ask for, or the connection closes) and the
 *       subscriber subscribes again where the slot now lives.
 * </ul>
 *
 * The reply kinds are Redis' names for what arrives on a subscribed connection.
 */
public enum LivePubSub {
    CLASSIC("PUBLISH", "SUBSCRIBE", "UNSUBSCRIBE", "message", "subscribe", "unsubscribe"),
    SHARDED("SPUBLISH", "SSUBSCRIBE", "SUNSUBSCRIBE", "smessage", "ssubscribe", "sunsubscribe");

    /** The configuration property naming the mode, shipped by this library. */
    public static final String PROPERTY = "wire.pubsub";

    private final String publish;
    private final String subscribe;
    private final String unsubscribe;
    private final String messageKind;
    private final String subscribedKind;
    private final String unsubscribedKind;

    LivePubSub(
            String publish,
            String subscribe,
            String unsubscribe,
            String messageKind,
            String subscribedKind,
            String unsubscribedKind) {
        this.publish = publish;
        this.subscribe = subscribe;
        this.unsubscribe = unsubscribe;
        this.messageKind = messageKind;
        this.subscribedKind = subscribedKind;
        this.unsubscribedKind = unsubscribedKind;
    }

    /** The mode a {@code wire.pubsub} value names ({@code classic} or {@code sharded}, any case). */
    public static LivePubSub named(String value) {
        String name = value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
        for (LivePubSub mode : values()) {
            if (mode.name().equals(name)) {
                return mode;
            }
        }
        throw new IllegalArgumentException(
                PROPERTY + " must be 'classic' or 'sharded' (Redis 7.0 and later), was '" + value + "'");
    }

    /** The command that publishes one message. */
    public String publishCommand() {
        return publish;
    }

    public String subscribeCommand() {
        return subscribe;
    }

    public String unsubscribeCommand() {
        return unsubscribe;
    }

    /** The first element of a published message as a subscriber receives it. */
    public String messageKind() {
        return messageKind;
    }

    /** The first element of Redis' confirmation of one subscribed channel. */
    public String subscribedKind() {
        return subscribedKind;
    }

    /** The first element of Redis' notice that one channel is no longer subscribed (asked for or not). */
    public String unsubscribedKind() {
        return unsubscribedKind;
    }

    /**
     * The channels one subscribe command may carry together share this: all of them in classic mode; in
     * sharded mode those of one slot, i.e. of one hash tag (Redis' rule: the text between the first
     * {@code '{'} and the next {@code '}'} if not empty, else the whole name).
     */
    public String commandGroup(String channel) {
        return switch (this) {
            case CLASSIC -> "";
            case SHARDED -> hashTag(channel);
        };
    }

    private static String hashTag(String name) {
        int open = name.indexOf('{');
        if (open >= 0) {
            int close = name.indexOf('}', open + 1);
            if (close > open + 1) {
                return name.substring(open + 1, close);
            }
        }
        return name;
    }
}
