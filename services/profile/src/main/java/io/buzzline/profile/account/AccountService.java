package io.buzzline.profile.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.MeterRegistry;

import io.buzzline.accounts.EmailAddress;
import io.buzzline.accounts.PasswordHashes;
import io.buzzline.accounts.PasswordPolicy;
import io.buzzline.accounts.SignInGuard;
import io.buzzline.profile.Refused;
import io.buzzline.profile.account.store.AccountStore;

/**
 * Accounts: a guest identity (the player of a lobby token) upgraded to an address and a password, and signing
 * in as that player from any device. Passwords are kept only as Argon2id hashes (libs/accounts); wrong
 * passwords lock the account by {@link SignInGuard}'s rule.
 */
@ApplicationScoped
public class AccountService {

    /** Verified when the address has no account, so an unknown address costs as long as a wrong password. */
    private final String decoyHash;

    private final AccountStore store;
    private final PasswordHashes hashes;
    private final SignInGuard guard;
    private final AccountTokens tokens;
    private final Clock clock;
    private final MeterRegistry metrics;

    public AccountService(
            AccountStore store,
            PasswordHashes hashes,
            SignInGuard guard,
            AccountTokens tokens,
            Clock clock,
            MeterRegistry metrics) {
        this.store = store;
        this.hashes = hashes;
        this.guard = guard;
        this.tokens = tokens;
        this.clock = clock;
        this.metrics = metrics;
        this.decoyHash = hashes.hash("decoy password nobody has".toCharArray());
    }

    /** Upgrades {@code playerId} (a guest) to an account; its wallet, inventory and history stay its own. */
    public StoredAccount register(String playerId, String address, char[] password) {
        EmailAddress email = address(address);
        try {
            PasswordPolicy.problem(password, email).ifPresent(problem -> {
                throw Refused.invalid("password", problem);
            });
            StoredAccount account = new StoredAccount(
                    email, playerId, hashes.hash(password), clock.instant(), SignInGuard.History.CLEAN);
            store.create(account);
            metrics.counter("buzzline.profile.accounts.created").increment();
            return account;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** Signs in: a token for the account's player, or a refusal that does not say whether the address exists. */
    public SignedIn signIn(String address, char[] password) {
        try {
            EmailAddress email;
            try {
                email = EmailAddress.of(address);
            } catch (IllegalArgumentException e) {
                throw wrongCredentials();
            }
            Instant now = clock.instant();
            Optional<StoredAccount> found = store.byAddress(email);
            if (found.isEmpty()) {
                hashes.verify(password, decoyHash);
                throw wrongCredentials();
            }
            StoredAccount account = found.get();
            Optional<Instant> locked = guard.lockedUntil(account.signIns(), now);
            if (locked.isPresent()) {
                metrics.counter("buzzline.profile.sign-ins", "outcome", "locked")
                        .increment();
                Duration wait = Duration.between(now, locked.get());
                throw new Refused(
                        Refused.Kind.LATER,
                        "account-locked",
                        "Too many wrong passwords: this account is locked until " + locked.get() + ".",
                        Map.of("lockedUntil", locked.get().toString()),
                        Optional.of(wait));
            }
            if (!hashes.verify(password, account.passwordHash())) {
                store.recordSignIn(email, history -> guard.failed(history, now), Optional.empty());
                metrics.counter("buzzline.profile.sign-ins", "outcome", "wrong-password")
                        .increment();
                throw wrongCredentials();
            }
            Optional<String> rehash =
                    hashes.needsRehash(account.passwordHash()) ? Optional.of(hashes.hash(password)) : Optional.empty();
            store.recordSignIn(email, history -> guard.succeeded(), rehash);
            metrics.counter("buzzline.profile.sign-ins", "outcome", "signed-in").increment();
            return new SignedIn(account.playerId(), tokens.issue(account.playerId()));
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    public StoredAccount account(String playerId) {
        return store.byPlayer(playerId)
                .orElseThrow(() -> new Refused(
                        Refused.Kind.NOT_FOUND, "no-account", "This player has no account; create one first."));
    }

    public Optional<StoredAccount> find(String playerId) {
        return store.byPlayer(playerId);
    }

    public void delete(String playerId) {
        store.delete(playerId);
    }

    private static EmailAddress address(String text) {
        try {
            return EmailAddress.of(text);
        } catch (IllegalArgumentException e) {
            throw Refused.invalid("email", "must be an e-mail address such as ada@example.org");
        }
    }

    private static Refused wrongCredentials() {
        return new Refused(
                Refused.Kind.UNAUTHENTICATED, "invalid-credentials", "The address or the password is wrong.");
    }

    /** A successful sign-in: who, and the token to act as them. */
    public record SignedIn(String playerId, AccountTokens.Issued token) {}
}
