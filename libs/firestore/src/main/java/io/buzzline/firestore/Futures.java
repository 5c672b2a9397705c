package io.buzzline.firestore;

import java.util.concurrent.ExecutionException;

import com.google.api.core.ApiFuture;

/** Waits for Firestore futures, unwrapping their failures; callers run on worker threads. */
public final class Futures {

    private Futures() {}

    public static <T> T await(ApiFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Firestore", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("Firestore call failed", e.getCause());
        }
    }
}
