package io.buzzline.gateway.support;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Small socket send buffers and outbound queues, so that a client that stops reading fills the kernel's
 * buffers and then its queue within a few hundred events instead of megabytes of them.
 */
public class TightOutbound implements QuarkusTestProfile {

    /** The outbound queue bound of this profile. */
    public static final int QUEUE = 64;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "buzzline.socket.send-buffer-bytes", "8192", "buzzline.socket.outbound-queue", Integer.toString(QUEUE));
    }
}
