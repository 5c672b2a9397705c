package io.buzzline.testing.redis;

import java.net.URI;

import io.buzzline.events.wire.RedisNames;

/** A Redis server a test talks to and the key prefix that isolates this test run inside it. */
public record RedisTarget(String url, String keyPrefix) {

    /** The services' Redis layout under this run's prefix. */
    public RedisNames names() {
        return new RedisNames(keyPrefix);
    }

    public String host() {
        return URI.create(url).getHost();
    }

    public int port() {
        int port = URI.create(url).getPort();
        return port < 0 ? 6379 : port;
    }
}
