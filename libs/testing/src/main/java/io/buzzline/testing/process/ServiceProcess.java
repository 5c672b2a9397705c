package io.buzzline.testing.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.buzzline.testing.TestEnvironment;

/**
 * One packaged Buzzline service ({@code services/<name>/target/quarkus-app/quarkus-run.jar}) running as
 * a process of its own, so that a test can kill it with SIGKILL, stop it with SIGTERM or freeze it with
 * SIGSTOP, as a node would die in production. It runs on the test's own JDK, on a free loopback port
 * (passed as {@code BUZZLINE_<NAME>_PORT}) and a free management port for health and metrics
 * ({@code BUZZLINE_<NAME>_MANAGEMENT_PORT}), with its output in {@code target/<label>.log}.
 */
public final class ServiceProcess implements AutoCloseable {

    private final String label;
    private final int port;
    private final int managementPort;
    private final Process process;
    private final Path log;

    private ServiceProcess(String label, int port, int managementPort, Process process, Path log) {
        this.label = label;
        this.port = port;
        this.managementPort = managementPort;
        this.process = process;
        this.log = log;
    }

    /** A builder for service {@code name} (gateway, lobby, match, scoring or content). */
    public static Builder service(String name) {
        return new Builder(name);
    }

    /** The packaged jar of service {@code name}, found from the repository root above the working directory. */
    public static Path packagedJar(String name) {
        Path jar = repositoryRoot().resolve(Path.of("services", name, "target", "quarkus-app", "quarkus-run.jar"));
        if (!Files.exists(jar)) {
            throw new IllegalStateException("The packaged " + name + " service is missing at " + jar
                    + ": build it first (./mvnw -pl services/" + name + " -am package -DskipTests)");
        }
        return jar;
    }

    /** The repository root: the nearest directory above the working directory holding {@code mvnw}. */
    public static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no mvnw above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    /** A TCP port free on loopback right now, never one this JVM handed out before ({@link TestEnvironment#freePort()}). */
    public static int freePort() {
        return TestEnvironment.freePort();
    }

    public String label() {
        return label;
    }

    public int port() {
        return port;
    }

    /** {@code http://127.0.0.1:<port>} */
    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** {@code http://127.0.0.1:<management port>/q}: health and metrics, which the service's own port does not serve. */
    public String managementUrl() {
        return "http://127.0.0.1:" + managementPort + "/q";
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** SIGKILL: no shutdown hook runs; leases stop being renewed, stream entries stay pending. */
    public void kill() {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(10));
    }

    /** SIGTERM and wait for the graceful shutdown (SIGKILL after {@code grace}). */
    public void stop(Duration grace) {
        process.destroy();
        if (!awaitExit(grace)) {
            kill();
        }
    }

    /** SIGSTOP: the process is frozen (a GC pause or a stalled VM) until {@link #resume()}. */
    public void pause() {
        signal("STOP");
    }

    /** SIGCONT after {@link #pause()}. */
    public void resume() {
        signal("CONT");
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            signal("CONT");
            stop(Duration.ofSeconds(10));
        }
    }

    private void signal(String name) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid()))
                    .inheritIO()
                    .start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("kill -" + name + " " + process.pid() + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private boolean awaitExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void awaitReady(Duration timeout) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI ready = URI.create(managementUrl() + "/health/ready");
        Instant until = Instant.now().plus(timeout);
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(label + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                int status = http.send(
                                HttpRequest.newBuilder(ready)
                                        .timeout(Duration.ofSeconds(5))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                if (status == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(200);
        }
        close();
        throw new IllegalStateException(label + " not ready within " + timeout + "; see " + log);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** How to start one service process. */
    public static final class Builder {

        private final String name;
        private final Map<String, String> env = new LinkedHashMap<>();
        private final List<String> jvmOptions = new ArrayList<>(List.of("-Xmx256m"));
        private String label;
        private int port;
        private Path jar;
        private Duration readyTimeout = Duration.ofSeconds(90);

        private Builder(String name) {
            this.name = name;
            this.label = name;
        }

        /** Names the log file ({@code target/<label>.log}) and error messages; defaults to the service name. */
        public Builder label(String value) {
            this.label = value;
            return this;
        }

        public Builder env(String key, String value) {
            env.put(key, value);
            return this;
        }

        public Builder env(Map<String, String> values) {
            env.putAll(values);
            return this;
        }

        /** A fixed port (e.g. to restart on the same address); a free one otherwise. */
        public Builder port(int value) {
            this.port = value;
            return this;
        }

        /** Replaces the default {@code -Xmx256m}. */
        public Builder jvmOptions(String... options) {
            jvmOptions.clear();
            jvmOptions.addAll(List.of(options));
            return this;
        }

        /** Another jar than the service's packaged one. */
        public Builder jar(Path value) {
            this.jar = value;
            return this;
        }

        public Builder readyTimeout(Duration value) {
            this.readyTimeout = value;
            return this;
        }

        /** Starts the process and returns once {@code /q/health/ready} answers 200 on its management port. */
        public ServiceProcess start() {
            int chosen = port > 0 ? port : freePort();
            String managementKey = "BUZZLINE_" + name.toUpperCase(Locale.ROOT) + "_MANAGEMENT_PORT";
            int management = env.containsKey(managementKey) ? Integer.parseInt(env.get(managementKey)) : freePort();
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmOptions);
            command.add("-jar");
            command.add((jar != null ? jar : packagedJar(name)).toString());
            Path log = Path.of("target", label + ".log").toAbsolutePath();
            try {
                Files.createDirectories(log.getParent());
                ProcessBuilder builder = new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
                builder.environment().putAll(env);
                builder.environment()
                        .put("BUZZLINE_" + name.toUpperCase(Locale.ROOT) + "_PORT", Integer.toString(chosen));
                builder.environment().put(managementKey, Integer.toString(management));
                ServiceProcess started = new ServiceProcess(label, chosen, management, builder.start(), log);
                started.awaitReady(readyTimeout);
                return started;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
