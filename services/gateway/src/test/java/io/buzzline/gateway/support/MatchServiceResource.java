package io.buzzline.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.buzzline.testing.redis.RedisTestResource;

import static org.awaitility.Awaitility.await;

/**
 * Redis under a key prefix of its own (as {@link RedisTestResource}) plus the real, packaged match
 * service running as a process under the same prefix, with a content stand-in for its question packs.
 * The jar is services/match/target/quarkus-app (the reactor builds match before the gateway).
 */
public class MatchServiceResource extends RedisTestResource {

    private static final Path JAR = Path.of("..", "match", "target", "quarkus-app", "quarkus-run.jar");

    private ContentStandIn content;
    private Process match;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        if (!Files.exists(JAR)) {
            throw new IllegalStateException("The packaged match service is missing at " + JAR.toAbsolutePath()
                    + ": build it first (./mvnw package -pl services/match -am -DskipTests)");
        }
        try {
            content = new ContentStandIn();
            int port = freePort();
            ProcessBuilder builder = new ProcessBuilder(List.of(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Xmx256m",
                            "-jar",
                            JAR.toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(Path.of("target", "match-under-test.log").toFile());
            builder.environment().put("BUZZLINE_REDIS_URL", config.get("quarkus.redis.hosts"));
            builder.environment().put("BUZZLINE_REDIS_KEY_PREFIX", config.get(KEY_PREFIX_PROPERTY));
            builder.environment().put("BUZZLINE_MATCH_PORT", Integer.toString(port));
            builder.environment().put("BUZZLINE_MATCH_INSTANCE_ID", "gateway-test-match-" + port);
            builder.environment().put("BUZZLINE_CONTENT_URL", content.url());
            match = builder.start();
            awaitReady(port);
            // The REST edge's upstreams: the stand-in serves both the packs and an echo endpoint.
            config.put("buzzline.routes.content-url", content.url());
            config.put("buzzline.routes.lobby-url", content.url());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return config;
    }

    private void awaitReady(int port) {
        HttpClient http = HttpClient.newHttpClient();
        URI ready = URI.create("http://127.0.0.1:" + port + "/q/health/ready");
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    if (!match.isAlive()) {
                        throw new IllegalStateException("match exited; see target/match-under-test.log");
                    }
                    try {
                        return http.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding())
                                        .statusCode()
                                == 200;
                    } catch (IOException e) {
                        return false;
                    }
                });
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void stop() {
        if (match != null) {
            match.destroy();
            try {
                if (!match.waitFor(10, TimeUnit.SECONDS)) {
                    match.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                match.destroyForcibly();
            }
        }
        if (content != null) {
            content.close();
        }
        super.stop();
    }
}
