package io.buzzline.firestore;

import java.time.Instant;

import com.google.cloud.Timestamp;

/**
 * Firestore's {@link Timestamp} to and from {@link Instant}. Every slice's store writes times; the one
 * conversion lives here, with the Firestore plumbing, so no store reaches into another slice's for it.
 */
public final class Timestamps {

    private Timestamps() {}

    public static Timestamp timestamp(Instant instant) {
        return Timestamp.ofTimeSecondsAndNanos(instant.getEpochSecond(), instant.getNano());
    }

    /** A document without the field reads as the epoch rather than failing the read. */
    public static Instant instant(Timestamp timestamp) {
        return timestamp == null ? Instant.EPOCH : Instant.ofEpochSecond(timestamp.getSeconds(), timestamp.getNanos());
    }
}
