package io.buzzline.match.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.vertx.redis.client.Command;
import io.vertx.redis.client.Response;

import io.buzzline.testing.content.ContentStandIn;
import io.buzzline.testing.process.ServiceProcess;
import io.buzzline.testing.tokens.TokenKeysTestResource;

/**
 * Match instances as processes of the packaged jar, all on one key prefix (the multi-instance tests):
 * their shared environment, their metrics, and which of them owns a game.
 */
public final class MatchProcesses {

    private MatchProcesses() {}

    /** What every instance of one test shares: Redis and its prefix, the content stand-in, the signing key. */
    public static Map<String, String> environment(
            String redisUrl, String prefix, ContentStandIn content, TokenKeysTestResource keys) {
        return Map.of(
                "BUZZLINE_REDIS_URL",
                redisUrl,
                "BUZZLINE_REDIS_KEY_PREFIX",
                prefix,
                "BUZZLINE_CONTENT_URL",
                content.url(),
                "BUZZLINE_SERVICE_PRIVATE_KEY",
                keys.start().get(TokenKeysTestResource.SERVICE_KEY_PROPERTY));
    }

    /** Starts an instance named {@code instanceId} (its label too) and waits until it is ready. */
    public static ServiceProcess start(String instanceId, Map<String, String> environment) {
        return ServiceProcess.service("match")
                .label(instanceId)
                .env(environment)
                .env("BUZZLINE_MATCH_INSTANCE_ID", instanceId)
                .start();
    }

    /**
     * The sum of a metric's samples in {@code instance}'s Prometheus scrape whose labels contain {@code
     * labels} (empty: every sample; a partitioned channel has one per partition's stream); 0 while absent.
     */
    public static double metric(ServiceProcess instance, String name, String labels) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(instance.managementUrl() + "/metrics"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        // Labels up to the line's last '}': a stream's key has braces of its own ({match:p3}).
        Matcher sample =
                Pattern.compile("(?m)^" + name + "(\\{.*})? ([0-9.eE+-]+)$").matcher(response.body());
        double sum = 0;
        while (sample.find()) {
            if (String.valueOf(sample.group(1)).contains(labels)) {
                sum += Double.parseDouble(sample.group(2));
            }
        }
        return sum;
    }

    /** The instance that holds {@code gameId}'s lease, as its meta records it; null before any. */
    public static String owner(MatchDriver match, String gameId) {
        Response owner = match.redis().send(Command.HGET, match.key(gameId, "meta"), "owner");
        return owner == null ? null : owner.toString();
    }
}
