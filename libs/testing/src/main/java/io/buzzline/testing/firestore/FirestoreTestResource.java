package io.buzzline.testing.firestore;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import io.buzzline.testing.TestEnvironment;

/**
 * Points the application at the Firestore emulator under a project id of this run's own, and clears
 * that project afterwards. Inject the {@link FirestoreTarget} with {@link InjectFirestore}.
 */
public class FirestoreTestResource implements QuarkusTestResourceLifecycleManager {

    private FirestoreEmulator emulator;
    private FirestoreTarget target;

    @Override
    public Map<String, String> start() {
        emulator = FirestoreEmulator.reuseOrStart();
        target = new FirestoreTarget(emulator.host(), "test-" + TestEnvironment.uniqueId());
        return Map.of(
                "quarkus.google.cloud.project-id", target.projectId(),
                "quarkus.google.cloud.firestore.host-override", target.emulatorHost());
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(
                target, new TestInjector.AnnotatedAndMatchesType(InjectFirestore.class, FirestoreTarget.class));
    }

    @Override
    public void stop() {
        if (emulator != null) {
            emulator.clear(target.projectId());
            emulator.close();
        }
    }
}
