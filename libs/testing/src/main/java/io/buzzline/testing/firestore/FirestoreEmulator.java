package io.buzzline.testing.firestore;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.buzzline.testing.TestEnvironment;

/**
 * The official Cloud Firestore emulator: the one at {@code FIRESTORE_EMULATOR_HOST} when it answers,
 * otherwise a process of our own started from the installed emulator jar on a free port.
 */
public final class FirestoreEmulator implements AutoCloseable {

    /** Where the Google Cloud CLI component {@code cloud-firestore-emulator} installs its jar on Debian. */
    public static final String DEFAULT_JAR =
            "/usr/lib/google-cloud-sdk/platform/cloud-firestore-emulator/cloud-firestore-emulator.jar";

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final String host;
    private final Process process;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private FirestoreEmulator(String host, Process process) {
        this.host = host;
        this.process = process;
    }

    /** Reuses a running emulator or starts one; fails with what to install when neither is possible. */
    public static FirestoreEmulator reuseOrStart() {
        String configured = TestEnvironment.setting("FIRESTORE_EMULATOR_HOST", "");
        if (!configured.isEmpty()) {
            FirestoreEmulator existing = new FirestoreEmulator(configured, null);
            if (existing.answers()) {
                return existing;
            }
        }
        return startOwn();
    }

    private static FirestoreEmulator startOwn() {
        Path jar = Path.of(TestEnvironment.setting("BUZZLINE_FIRESTORE_EMULATOR_JAR", DEFAULT_JAR));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("The Firestore emulator jar is not at " + jar
                    + ": install the Google Cloud CLI component cloud-firestore-emulator"
                    + " (Debian package google-cloud-cli-firestore-emulator), or set FIRESTORE_EMULATOR_HOST"
                    + " to a running emulator, or BUZZLINE_FIRESTORE_EMULATOR_JAR to the jar");
        }
        int port = TestEnvironment.freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        try {
            File log = Files.createTempFile("buzzline-firestore-", ".log").toFile();
            Process process = new ProcessBuilder(List.of(
                            java,
                            "-cp",
                            jar.toString(),
                            "com.google.cloud.datastore.emulator.firestore.CloudFirestore",
                            "start",
                            "--host=127.0.0.1",
                            "--port=" + port))
                    .redirectErrorStream(true)
                    .redirectOutput(log)
                    .start();
            FirestoreEmulator emulator = new FirestoreEmulator("127.0.0.1:" + port, process);
            emulator.awaitReady(log);
            return emulator;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the Firestore emulator from " + jar, e);
        }
    }

    /** The {@code host:port} clients use as their emulator host. */
    public String host() {
        return host;
    }

    /** Deletes every document of one project, as the emulator's REST API allows. */
    public void clear(String projectId) {
        URI uri =
                URI.create("http://" + host + "/emulator/v1/projects/" + projectId + "/databases/(default)/documents");
        try {
            http.send(HttpRequest.newBuilder(uri).DELETE().build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new IllegalStateException("cannot clear Firestore project " + projectId + " at " + host, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean answers() {
        try {
            HttpResponse<Void> response = http.send(
                    HttpRequest.newBuilder(URI.create("http://" + host + "/"))
                            .timeout(Duration.ofSeconds(2))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void awaitReady(File log) throws IOException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "the Firestore emulator exited at start:\n" + Files.readString(log.toPath()));
            }
            if (answers()) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the Firestore emulator started", e);
            }
        }
        throw new IllegalStateException("the Firestore emulator did not answer within " + START_TIMEOUT);
    }

    /** Stops the emulator if this object started it; a reused one is left running. */
    @Override
    public void close() {
        if (process != null) {
            process.destroy();
        }
    }
}
