package io.buzzline.content.settings;

/** What an optimistic write of a configuration document did. */
public sealed interface SettingWrite {

    /** Stored as the next version. */
    record Written(Versioned stored) implements SettingWrite {}

    /** Someone else wrote first: the stored version is not the one the writer read. */
    record Conflict(long currentVersion) implements SettingWrite {}
}
