package io.buzzline.testing.firestore;

/** A Firestore emulator ({@code host:port}) and the project id that isolates this test run in it. */
public record FirestoreTarget(String emulatorHost, String projectId) {}
