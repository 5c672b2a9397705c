package io.buzzline.match.runtime;

/** Ordering of Redis stream entry ids ({@code <ms>-<seq>}). */
final class StreamIds {

    private StreamIds() {}

    /** The entry's time: the milliseconds part of its id, by the clock of the Redis that added it. */
    static long millis(String entryId) {
        int dash = entryId.indexOf('-');
        return Long.parseLong(dash < 0 ? entryId : entryId.substring(0, dash));
    }

    static int compare(String a, String b) {
        int da = a.indexOf('-');
        int db = b.indexOf('-');
        int byTime = Long.compare(Long.parseLong(a.substring(0, da)), Long.parseLong(b.substring(0, db)));
        return byTime != 0
                ? byTime
                : Long.compare(Long.parseLong(a.substring(da + 1)), Long.parseLong(b.substring(db + 1)));
    }
}
