package io.buzzline.profile.account.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;

import com.google.cloud.firestore.DocumentReference;
import com.google.cloud.firestore.DocumentSnapshot;
import com.google.cloud.firestore.Firestore;
import com.google.cloud.firestore.SetOptions;

import io.buzzline.accounts.EmailAddress;
import io.buzzline.accounts.SignInGuard;
import io.buzzline.firestore.Futures;
import io.buzzline.firestore.Timestamps;
import io.buzzline.profile.Refused;
import io.buzzline.profile.account.StoredAccount;
import io.buzzline.profile.firestore.ProfileCollections;

/**
 * Accounts in {@code accounts/{addressId}} (the SHA-256 of the address: one document per address however it
 * was typed, and an id without '/'), linked from the player's {@code profiles/{playerId}} by {@code accountId}.
 */
@ApplicationScoped
public class AccountStore {

    private final Firestore firestore;

    public AccountStore(Firestore firestore) {
        this.firestore = firestore;
    }

    public static String addressId(EmailAddress email) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(email.value().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private DocumentReference account(String addressId) {
        return firestore.collection(ProfileCollections.ACCOUNTS).document(addressId);
    }

    private DocumentReference profile(String playerId) {
        return firestore.collection(ProfileCollections.PROFILES).document(playerId);
    }

    /**
     * Creates the account of {@code playerId}, once: refused if the address has an account or the player has
     * one already (both read in the transaction that writes, so two upgrades at once cannot both succeed).
     */
    public void create(StoredAccount account) {
        String id = addressId(account.email());
        DocumentReference accountRef = account(id);
        DocumentReference profileRef = profile(account.playerId());
        Futures.await(firestore.runTransaction(tx -> {
            List<DocumentSnapshot> read = tx.getAll(accountRef, profileRef).get();
            if (read.get(0).exists()) {
                throw new Refused(
                        Refused.Kind.CONFLICT, "email-taken", "An account with this address exists; sign in instead.");
            }
            if (read.get(1).exists() && read.get(1).getString("accountId") != null) {
                throw new Refused(
                        Refused.Kind.CONFLICT,
                        "account-exists",
                        "This player has an account already; sign in with it.");
            }
            tx.create(accountRef, fields(account));
            tx.set(
                    profileRef,
                    Map.of("accountId", id, "updatedAt", Timestamps.timestamp(account.createdAt())),
                    SetOptions.merge());
            return null;
        }));
    }

    public Optional<StoredAccount> byAddress(EmailAddress email) {
        return read(Futures.await(account(addressId(email)).get()));
    }

    public Optional<StoredAccount> byPlayer(String playerId) {
        DocumentSnapshot profile = Futures.await(profile(playerId).get());
        String id = profile.exists() ? profile.getString("accountId") : null;
        return id == null ? Optional.empty() : read(Futures.await(account(id).get()));
    }

    /**
     * Replaces the sign-in history by what {@code change} makes of the stored one (and the hash, when a
     * success rehashes it), in a transaction: two wrong passwords at once both count.
     */
    public void recordSignIn(EmailAddress email, UnaryOperator<SignInGuard.History> change, Optional<String> rehash) {
        DocumentReference ref = account(addressId(email));
        Futures.await(firestore.runTransaction(tx -> {
            DocumentSnapshot doc = tx.get(ref).get();
            if (!doc.exists()) {
                return null;
            }
            Map<String, Object> update = new HashMap<>(history(change.apply(history(doc))));
            rehash.ifPresent(hash -> update.put("passwordHash", hash));
            tx.update(ref, update);
            return null;
        }));
    }

    /** Deletes the account of {@code playerId} if there is one (its profile goes with the player's data). */
    public void delete(String playerId) {
        byPlayer(playerId)
                .ifPresent(account ->
                        Futures.await(account(addressId(account.email())).delete()));
    }

    private static Map<String, Object> fields(StoredAccount account) {
        Map<String, Object> fields = new HashMap<>(history(account.signIns()));
        fields.put("email", account.email().value());
        fields.put("playerId", account.playerId());
        fields.put("passwordHash", account.passwordHash());
        fields.put("createdAt", Timestamps.timestamp(account.createdAt()));
        return fields;
    }

    private static Map<String, Object> history(SignInGuard.History history) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("failures", history.failures());
        fields.put("firstFailure", Timestamps.timestamp(history.firstFailure()));
        fields.put("lockouts", history.lockouts());
        fields.put(
                "lockedUntil", history.lockedUntil().map(Timestamps::timestamp).orElse(null));
        return fields;
    }

    private static SignInGuard.History history(DocumentSnapshot doc) {
        return new SignInGuard.History(
                doc.getLong("failures").intValue(),
                Timestamps.instant(doc.getTimestamp("firstFailure")),
                doc.getLong("lockouts").intValue(),
                Optional.ofNullable(doc.getTimestamp("lockedUntil")).map(Timestamps::instant));
    }

    private static Optional<StoredAccount> read(DocumentSnapshot doc) {
        if (!doc.exists()) {
            return Optional.empty();
        }
        return Optional.of(new StoredAccount(
                new EmailAddress(doc.getString("email")),
                doc.getString("playerId"),
                doc.getString("passwordHash"),
                Timestamps.instant(doc.getTimestamp("createdAt")),
                history(doc)));
    }
}
