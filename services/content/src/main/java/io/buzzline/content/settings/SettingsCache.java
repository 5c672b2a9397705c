package io.buzzline.content.settings;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.cache.CacheInvalidate;
import io.quarkus.cache.CacheResult;

import io.buzzline.content.settings.store.SettingsRepository;

/** Configuration documents as read from Firestore, cached per document for {@code platform-config}'s TTL. */
@ApplicationScoped
public class SettingsCache {

    static final String CACHE = "platform-config";

    private final SettingsRepository repository;

    public SettingsCache(SettingsRepository repository) {
        this.repository = repository;
    }

    /** The stored version, or the built-in value at version 0 before the first write. */
    @CacheResult(cacheName = CACHE)
    public Versioned read(SettingKey key) {
        return repository.find(key).orElseGet(() -> new Versioned(key.builtIn(), 0, Instant.EPOCH));
    }

    @CacheInvalidate(cacheName = CACHE)
    public void invalidate(SettingKey key) {
        // The interceptor does the work: the key is the document.
    }
}
