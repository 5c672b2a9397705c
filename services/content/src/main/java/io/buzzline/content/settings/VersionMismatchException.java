package io.buzzline.content.settings;

/** An update named a version of a configuration document that is not the current one. */
public class VersionMismatchException extends RuntimeException {

    private final long currentVersion;

    public VersionMismatchException(SettingKey key, long expected, long currentVersion) {
        super("configuration '" + key.documentId() + "' is at version " + currentVersion + ", not " + expected
                + "; read it again and reapply the change");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
