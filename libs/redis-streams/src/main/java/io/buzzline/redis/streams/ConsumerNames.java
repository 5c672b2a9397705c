package io.buzzline.redis.streams;

import java.util.Locale;
import java.util.UUID;

/**
 * Default consumer names: the host name (on Knative, the pod name) plus a random suffix per channel, so
 * a restarted instance never inherits a dead one's pending entries by name; those are claimed instead.
 */
final class ConsumerNames {

    private final String host;

    ConsumerNames() {
        String hostname = System.getenv("HOSTNAME");
        this.host = hostname == null || hostname.isBlank() ? "consumer" : hostname.toLowerCase(Locale.ROOT);
    }

    String next() {
        return host + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
