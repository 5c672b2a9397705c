package io.buzzline.events.wire;

/**
 * One gateway instance's share of a game's connected players, a field of {@link GameNames#presence()}:
 * written as {@code <connections>@<written at, epoch ms>} by the gateway, summed by the lobby over the
 * fields written recently enough (so a crashed gateway's share stops counting on its own).
 */
public record PresenceShare(int connections, long writtenAtMillis) {

    public PresenceShare {
        if (connections < 0) {
            throw new IllegalArgumentException("connections: must not be negative, was " + connections);
        }
    }

    /** The hash field's value. */
    public String encode() {
        return connections + "@" + writtenAtMillis;
    }

    /** A field's value as {@link #encode()} writes it; {@link IllegalArgumentException} for anything else. */
    public static PresenceShare decode(String value) {
        int at = value.indexOf('@');
        if (at <= 0 || at == value.length() - 1) {
            throw new IllegalArgumentException("not a presence share (<connections>@<epoch ms>): " + value);
        }
        try {
            return new PresenceShare(Integer.parseInt(value.substring(0, at)), Long.parseLong(value.substring(at + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a presence share (<connections>@<epoch ms>): " + value, e);
        }
    }

    /** Whether this share was written within {@code freshnessMillis} of {@code nowMillis}. */
    public boolean freshAt(long nowMillis, long freshnessMillis) {
        return nowMillis - writtenAtMillis <= freshnessMillis;
    }
}
