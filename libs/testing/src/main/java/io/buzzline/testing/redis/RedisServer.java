package io.buzzline.testing.redis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import io.buzzline.testing.TestEnvironment;

/**
 * A {@code redis-server} process of the test's own, on a free loopback port, for tests that kill or
 * restart Redis or need persistence (AOF). Never touches a server it did not start.
 */
public final class RedisServer implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(10);

    private final int port;
    private final Path dataDir;
    private final boolean appendOnly;
    private final boolean clusterNode;
    private Process process;

    private RedisServer(int port, Path dataDir, boolean appendOnly) {
        this(port, dataDir, appendOnly, false);
    }

    private RedisServer(int port, Path dataDir, boolean appendOnly, boolean clusterNode) {
        this.port = port;
        this.dataDir = dataDir;
        this.appendOnly = appendOnly;
        this.clusterNode = clusterNode;
    }

    /**
     * Starts a fresh server in cluster mode, not yet part of a cluster (see {@link RedisCluster}): its
     * node configuration lives in its data directory, so a restart rejoins the same cluster.
     */
    static RedisServer startClusterNode() {
        try {
            // Its cluster bus listens at port + 10,000: both must be free, and below 65,536.
            RedisServer server = new RedisServer(
                    TestEnvironment.freePortPair(10_000, 40_000, 45_000),
                    Files.createTempDirectory("buzzline-redis-node-"),
                    true,
                    true);
            server.launch();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a data directory for redis-server", e);
        }
    }

    /** Starts a fresh server; with {@code appendOnly} it fsyncs its AOF every second. */
    public static RedisServer start(boolean appendOnly) {
        try {
            RedisServer server = new RedisServer(
                    TestEnvironment.freePort(), Files.createTempDirectory("buzzline-redis-"), appendOnly);
            server.launch();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a data directory for redis-server", e);
        }
    }

    public int port() {
        return port;
    }

    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Kills the server with SIGKILL, as a crash would, and waits until it is gone. */
    public void kill() {
        if (isRunning()) {
            process.destroyForcibly();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Starts the server again on the same port and data directory (so an AOF is replayed). */
    public void restart() {
        kill();
        launch();
    }

    private void launch() {
        List<String> command = new ArrayList<>(List.of(
                TestEnvironment.setting("BUZZLINE_REDIS_SERVER", "redis-server"),
                "--port",
                String.valueOf(port),
                "--bind",
                "127.0.0.1",
                "--dir",
                dataDir.toString(),
                "--save",
                "",
                "--appendonly",
                appendOnly ? "yes" : "no",
                "--appendfsync",
                "everysec"));
        if (clusterNode) {
            // A node is failed after 2 s without answering (15 s by default), and a replica takes over however
            // long ago it last heard from its master: a fresh replica otherwise counts itself too stale.
            command.addAll(List.of(
                    "--cluster-enabled",
                    "yes",
                    "--cluster-config-file",
                    "nodes.conf",
                    "--cluster-node-timeout",
                    "2000",
                    "--cluster-replica-validity-factor",
                    "0"));
        }
        try {
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(dataDir.resolve("redis.log").toFile())
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException(
                    "cannot run redis-server (install Debian package redis-server, or set BUZZLINE_REDIS_SERVER)", e);
        }
        awaitPong();
    }

    private void awaitPong() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        try (RedisCommands redis = new RedisCommands(url())) {
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(
                            "redis-server exited at start, see " + dataDir.resolve("redis.log"));
                }
                if (redis.ping()) {
                    return;
                }
                Thread.onSpinWait();
            }
        }
        throw new IllegalStateException("redis-server did not answer PING within " + START_TIMEOUT);
    }

    @Override
    public void close() {
        kill();
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A leftover temp directory is harmless; the process is what matters.
        }
    }
}
