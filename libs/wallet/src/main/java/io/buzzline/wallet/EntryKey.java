package io.buzzline.wallet;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * What makes a ledger entry happen at most once: the same cause always yields the same key, so an event
 * delivered twice, a request sent again or a profile instance killed mid-grant and restarted produces
 * the key of the entry already written, and the store refuses it. The store keeps each entry under its
 * key (a Firestore document id: the parts are kept to characters that need no escaping there).
 */
public record EntryKey(String value) {

    /** A part of a key: an id from another service or a client's idempotency key. */
    private static final Pattern PART = Pattern.compile("[A-Za-z0-9._~-]{1,128}");

    public EntryKey {
        if (value == null || value.isBlank() || value.contains("/")) {
            throw new IllegalArgumentException("an entry key is not blank and has no '/': " + value);
        }
    }

    /** The coins of one player for one game's result: once per game and player, however often told. */
    public static EntryKey gameResult(String gameId, String playerId) {
        return new EntryKey("game:" + part("gameId", gameId) + ":" + part("playerId", playerId));
    }

    /** A quest's reward for one window (a day, a week): once per quest, window and player. */
    public static EntryKey questReward(String questId, Instant windowStart, String playerId) {
        return new EntryKey("quest:" + part("questId", questId) + ":" + windowStart.toEpochMilli() + ":"
                + part("playerId", playerId));
    }

    /** A purchase, keyed by the client's idempotency key: a request sent again buys nothing twice. */
    public static EntryKey purchase(String playerId, String idempotencyKey) {
        return new EntryKey("purchase:" + part("playerId", playerId) + ":" + part("Idempotency-Key", idempotencyKey));
    }

    /** Whether {@code text} may be a part of a key (1–128 of {@code A-Z a-z 0-9 . _ ~ -}). */
    public static boolean validPart(String text) {
        return text != null && PART.matcher(text).matches();
    }

    private static String part(String name, String text) {
        if (!validPart(text)) {
            // ':' would make two causes one key ("a:b" + "c" and "a" + "b:c"); '/' is a Firestore path.
            throw new IllegalArgumentException(name + " must be 1 to 128 of A-Z a-z 0-9 . _ ~ - (was '" + text + "')");
        }
        return text;
    }

    @Override
    public String toString() {
        return value;
    }
}
