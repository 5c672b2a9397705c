package io.buzzline.events.wire;

/**
 * Redis stream entry ids ({@code <millis>-<seq>}): their order, as Redis orders them, and their time. One
 * place for every service and test that compares cursors or merges partitions.
 */
public final class EntryIds {

    private EntryIds() {}

    /** The entry's time: the milliseconds part of its id, by the clock of the Redis that added it. */
    public static long millis(String entryId) {
        int dash = entryId.indexOf('-');
        return Long.parseLong(dash < 0 ? entryId : entryId.substring(0, dash));
    }

    public static int compare(String left, String right) {
        int l = left.indexOf('-');
        int r = right.indexOf('-');
        int byTime = Long.compareUnsigned(
                Long.parseUnsignedLong(left.substring(0, l)), Long.parseUnsignedLong(right.substring(0, r)));
        if (byTime != 0) {
            return byTime;
        }
        return Long.compareUnsigned(
                Long.parseUnsignedLong(left.substring(l + 1)), Long.parseUnsignedLong(right.substring(r + 1)));
    }
}
