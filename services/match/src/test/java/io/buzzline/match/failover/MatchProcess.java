package io.buzzline.match.failover;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/** The packaged match service running as its own process, which a test may kill -9. */
final class MatchProcess implements AutoCloseable {

    private final String instanceId;
    private final int port;
    private final Process process;

    private MatchProcess(String instanceId, int port, Process process) {
        this.instanceId = instanceId;
        this.port = port;
        this.process = process;
    }

    static MatchProcess start(String instanceId, Map<String, String> env) throws IOException {
        int port = freePort();
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar");
        ProcessBuilder builder = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m",
                        "-jar",
                        jar.toString()))
                .redirectErrorStream(true)
                .redirectOutput(
                        Path.of("target", "failover-" + instanceId + ".log").toFile());
        builder.environment().putAll(env);
        builder.environment().put("BUZZLINE_MATCH_PORT", Integer.toString(port));
        builder.environment().put("BUZZLINE_MATCH_INSTANCE_ID", instanceId);
        MatchProcess started = new MatchProcess(instanceId, port, builder.start());
        started.awaitReady();
        return started;
    }

    String instanceId() {
        return instanceId;
    }

    /** SIGKILL: no shutdown hook runs, the leases are simply no longer renewed. */
    void kill() {
        process.destroyForcibly();
        await().atMost(Duration.ofSeconds(10)).until(() -> !process.isAlive());
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newHttpClient();
        URI ready = URI.create("http://127.0.0.1:" + port + "/q/health/ready");
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException(
                                "match " + instanceId + " exited; see target/failover-" + instanceId + ".log");
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
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
