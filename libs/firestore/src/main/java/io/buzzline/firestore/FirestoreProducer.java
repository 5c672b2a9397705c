package io.buzzline.firestore;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import com.google.cloud.firestore.Firestore;
import com.google.cloud.firestore.FirestoreOptions;
import io.quarkus.logging.Log;

/** Builds the one Firestore client of the application from {@link GoogleCloudConfig}. */
@ApplicationScoped
public class FirestoreProducer {

    @Produces
    @Singleton
    Firestore firestore(GoogleCloudConfig config) {
        FirestoreOptions.Builder options = FirestoreOptions.newBuilder()
                .setProjectId(config.projectId())
                .setDatabaseId(config.firestore().databaseId());
        config.firestore().hostOverride().ifPresent(host -> {
            Log.infof("Firestore: emulator at %s, project %s", host, config.projectId());
            options.setEmulatorHost(host);
        });
        return options.build().getService();
    }

    void close(@Disposes Firestore firestore) throws Exception {
        firestore.close();
    }
}
