package io.buzzline.content.settings;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.buzzline.content.question.FieldViolation;
import io.buzzline.content.settings.store.SettingsRepository;

/**
 * The platform's configuration documents: reads come from {@link SettingsCache} (this instance
 * forgets a document as soon as it writes it; others after the TTL); writes are validated and
 * optimistic, naming the version they were based on.
 */
@ApplicationScoped
public class SettingsService {

    private final SettingsRepository repository;
    private final SettingsCache cache;
    private final SettingsRules rules;
    private final Clock clock;

    public SettingsService(SettingsRepository repository, SettingsCache cache, SettingsRules rules, Clock clock) {
        this.repository = repository;
        this.cache = cache;
        this.rules = rules;
        this.clock = clock;
    }

    /** The current version, or the built-in value at version 0 before the first write. */
    public Versioned read(SettingKey key) {
        return cache.read(key);
    }

    /**
     * Stores {@code value} as the version after {@code expectedVersion}.
     *
     * @throws InvalidSettingException when the document breaks a rule (nothing is stored)
     * @throws VersionMismatchException when the stored version is no longer {@code expectedVersion}
     */
    public Versioned update(SettingKey key, PlatformSetting value, long expectedVersion) {
        check(key, value);
        SettingWrite write = repository.write(key, value, expectedVersion, clock.instant());
        cache.invalidate(key);
        return switch (write) {
            case SettingWrite.Written written -> written.stored();
            case SettingWrite.Conflict conflict ->
                throw new VersionMismatchException(key, expectedVersion, conflict.currentVersion());
        };
    }

    /**
     * Refuses a document that breaks its rules. Callers may check before the request's preconditions: a
     * request that would be refused without them is refused so with them (RFC 9110 §13.2.1).
     */
    public void check(SettingKey key, PlatformSetting value) {
        if (!key.type().isInstance(value)) {
            throw new IllegalArgumentException(key + " holds " + key.type().getSimpleName());
        }
        List<FieldViolation> violations = rules.check(value);
        if (!violations.isEmpty()) {
            throw new InvalidSettingException(violations);
        }
    }
}
