package io.buzzline.match.runtime;

/** Ordering of Redis stream entry ids ({@code <ms>-<seq>}). */
final class StreamIds {

    private StreamIds() {}

    static int compare(String a, String b) {
        int da = a.indexOf('-');
        int db = b.indexOf('-');
        int byTime = Long.compare(Long.parseLong(a.substring(0, da)), Long.parseLong(b.substring(0, db)));
        return byTime != 0
                ? byTime
                : Long.compare(Long.parseLong(a.substring(da + 1)), Long.parseLong(b.substring(db + 1)));
    }
}
