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

    private TestChannels() {}
}
