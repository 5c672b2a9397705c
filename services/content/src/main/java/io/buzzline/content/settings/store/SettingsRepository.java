package io.buzzline.content.settings.store;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.cloud.firestore.DocumentReference;
import com.google.cloud.firestore.DocumentSnapshot;
import com.google.cloud.firestore.Firestore;

import io.buzzline.content.firestore.FirestoreCollections;
import io.buzzline.content.settings.PlatformSetting;
import io.buzzline.content.settings.SettingKey;
import io.buzzline.content.settings.SettingWrite;
import io.buzzline.content.settings.Versioned;
import io.buzzline.firestore.Futures;
import io.buzzline.firestore.Timestamps;

/**
 * Configuration documents in Firestore, {@code platform-config/{name}}: the value's fields under
 * {@code value} (mapped by Jackson, so a new field needs no code here), a {@code version} and
 * {@code updatedAt}. A write reads and checks the version in the same transaction it writes in.
 */
@ApplicationScoped
public class SettingsRepository {

    private static final String VALUE = "value";
    private static final String VERSION = "version";
    private static final String UPDATED_AT = "updatedAt";
    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {};

    private final Firestore firestore;
    private final ObjectMapper mapper;

    public SettingsRepository(Firestore firestore, ObjectMapper mapper) {
        this.firestore = firestore;
        this.mapper = mapper;
    }

    public Optional<Versioned> find(SettingKey key) {
        DocumentSnapshot doc = Futures.await(ref(key).get());
        return doc.exists() ? Optional.of(read(key, doc)) : Optional.empty();
    }

    /** Writes the next version if the stored one is {@code expectedVersion} (0: none stored yet). */
    public SettingWrite write(SettingKey key, PlatformSetting value, long expectedVersion, Instant now) {
        DocumentReference ref = ref(key);
        return Futures.await(firestore.runTransaction(tx -> {
            DocumentSnapshot current = tx.get(ref).get();
            long version = current.exists() ? current.getLong(VERSION) : 0;
            if (version != expectedVersion) {
                return new SettingWrite.Conflict(version);
            }
            Map<String, Object> fields = new HashMap<>();
            fields.put(VALUE, mapper.convertValue(value, FIELDS));
            fields.put(VERSION, version + 1);
            fields.put(UPDATED_AT, Timestamps.timestamp(now));
            tx.set(ref, fields);
            return new SettingWrite.Written(new Versioned(value, version + 1, now));
        }));
    }

    private Versioned read(SettingKey key, DocumentSnapshot doc) {
        PlatformSetting value = mapper.convertValue(doc.get(VALUE), key.type());
        return new Versioned(value, doc.getLong(VERSION), Timestamps.instant(doc.getTimestamp(UPDATED_AT)));
    }

    private DocumentReference ref(SettingKey key) {
        return firestore.collection(FirestoreCollections.SETTINGS).document(key.documentId());
    }
}
