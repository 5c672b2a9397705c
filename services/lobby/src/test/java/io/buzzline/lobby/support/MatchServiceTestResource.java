package io.buzzline.lobby.support;

import java.util.Map;

import io.buzzline.testing.process.MatchServiceResource;

/**
 * libs/testing's match-service resource for the lobby: the real, packaged match under the test's key
 * prefix, and the content stand-in serving both the lobby's and match's sides of content's pack contract.
 */
public class MatchServiceTestResource extends MatchServiceResource {

    @Override
    protected Map<String, String> clientConfig(String contentUrl) {
        return Map.of("quarkus.rest-client.content.url", contentUrl);
    }

    @Override
    protected String label() {
        return "match-under-lobby-test";
    }

    @Override
    protected Map<String, String> matchEnv() {
        // A longer lease than production's 1.2 s: this is about the lobby's contract, and a busy shared
        // build machine must not make the only match instance lose its games.
        return Map.of("BUZZLINE_MATCH_LEASE_TTL", "5s");
    }
}
