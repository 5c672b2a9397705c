package io.buzzline.redis.streams.incoming;

/** Orders stream entry ids ({@code <millis>-<seq>}) as Redis does. */
final class EntryIds {

    private EntryIds() {}

    static int compare(String left, String right) {
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
