package io.buzzline.gateway.support;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Connections live 2 to 3 seconds ({@code max-connection-age} 3 s less up to 1 s of spread), so a test
 * sees the gateway cut sockets mid-question, as it does in production below Knative's request timeout.
 */
public class ShortLivedSockets implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "buzzline.socket.max-connection-age", "3s",
                "buzzline.socket.connection-age-spread", "1s");
    }
}
