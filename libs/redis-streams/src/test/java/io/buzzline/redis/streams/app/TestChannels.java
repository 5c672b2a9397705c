package io.buzzline.redis.streams.app;

/** Channel names and stream suffixes of the test application, shared by its beans and the tests. */
public final class TestChannels {

    public static final String ORDERS_OUT = "orders-out";
    public static final String ORDERS_IN = "orders-in";
    public static final String ORDERS_STREAM = "{orders}";
    public static final String FLAKY_OUT = "flaky-out";
    public static final String FLAKY_IN = "flaky-in";
    public static final String FLAKY_STREAM = "{flaky}";
    public static final String HELD_OUT = "held-out";
    public static final String HELD_IN = "held-in";
    public static final String TRIMMED_OUT = "trimmed-out";
    public static final String TRIMMED_STREAM = "{trimmed}";
    public static final int TRIMMED_MAXLEN = 100;
    public static final String PARTS_OUT = "parts-out";
    public static final String PARTS_IN = "parts-in";
    public static final String PARTS_FILTER = "test-parts";
    public static final int PARTS = 4;

    /** The key of one partition of the partitioned test stream (%d in its configured pattern). */
    public static String partsStream(String prefix, int partition) {
        return prefix + "{parts:" + partition + "}";
    }

    private TestChannels() {}
}
