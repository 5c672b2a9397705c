package io.buzzline.firestore;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Firestore settings under the Quarkiverse Google Cloud extension's keys, so moving to that extension
 * once its deployment artifact resolves is a dependency change, not a configuration change.
 */
@ConfigMapping(prefix = "quarkus.google.cloud")
public interface GoogleCloudConfig {

    /** The Google Cloud project whose Firestore holds the content; one per test run under the emulator. */
    String projectId();

    /** Firestore settings. */
    FirestoreSettings firestore();

    /** Firestore settings. */
    interface FirestoreSettings {

        /** {@code host:port} of a Firestore emulator; unset means real Firestore with default credentials. */
        Optional<String> hostOverride();

        /** The Firestore database id within the project. */
        @WithDefault("(default)")
        String databaseId();

        /** How long the readiness probe waits for Firestore before reporting it down. */
        @WithDefault("3s")
        Duration healthTimeout();
    }
}
