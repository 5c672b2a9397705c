package io.buzzline.content.settings;

import java.time.Instant;

/**
 * A configuration document at one version; version 0 is the built-in value, before any write.
 * Writers name the version they read, and a write over a newer one is refused.
 */
public record Versioned(PlatformSetting value, long version, Instant updatedAt) {}
