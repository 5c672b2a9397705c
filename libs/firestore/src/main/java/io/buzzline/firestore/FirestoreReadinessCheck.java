package io.buzzline.firestore;

import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import com.google.cloud.firestore.Firestore;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Content is ready only while Firestore answers a document read within the configured timeout. */
@Readiness
@ApplicationScoped
public class FirestoreReadinessCheck implements HealthCheck {

    private static final String NAME = "Firestore connection health check";

    private final Firestore firestore;
    private final GoogleCloudConfig config;

    public FirestoreReadinessCheck(Firestore firestore, GoogleCloudConfig config) {
        this.firestore = firestore;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            // Reading a document that need not exist costs one read and proves the round trip.
            firestore
                    .collection("health")
                    .document("readiness")
                    .get()
                    .get(config.firestore().healthTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return HealthCheckResponse.named(NAME)
                    .up()
                    .withData("project", config.projectId())
                    .build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return down(e);
        } catch (Exception e) {
            return down(e);
        }
    }

    private HealthCheckResponse down(Exception e) {
        return HealthCheckResponse.named(NAME)
                .down()
                .withData("project", config.projectId())
                .withData("error", String.valueOf(e.getMessage()))
                .build();
    }
}
