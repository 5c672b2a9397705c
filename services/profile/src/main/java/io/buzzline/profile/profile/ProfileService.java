package io.buzzline.profile.profile;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.buzzline.profile.Refused;
import io.buzzline.profile.account.AccountService;
import io.buzzline.profile.account.StoredAccount;
import io.buzzline.profile.profile.store.ProfileStore;
import io.buzzline.profile.wallet.WalletService;
import io.buzzline.wallet.ItemKind;
import io.buzzline.wallet.LedgerEntry;
import io.buzzline.wallet.OwnedItem;
import io.buzzline.wallet.Wallet;

/** A player's profile, and everything the service keeps about a player: exported or deleted as a whole. */
@ApplicationScoped
public class ProfileService {

    /** Display names: what the lobby allows for a nickname, 1 to 24 characters. */
    public static final int MAX_NAME = 24;

    private final ProfileStore profiles;
    private final AccountService accounts;
    private final WalletService wallets;
    private final Clock clock;

    public ProfileService(ProfileStore profiles, AccountService accounts, WalletService wallets, Clock clock) {
        this.profiles = profiles;
        this.accounts = accounts;
        this.wallets = wallets;
        this.clock = clock;
    }

    public StoredProfile get(String playerId) {
        return profiles.get(playerId);
    }

    /** Sets the display name and the equipped cosmetics (each owned, each in its own kind's slot). */
    public StoredProfile update(String playerId, Optional<String> displayName, Map<ItemKind, String> equipped) {
        Optional<String> name = displayName.map(String::strip);
        if (name.isPresent()) {
            int length = name.get().codePointCount(0, name.get().length());
            if (length < 1 || length > MAX_NAME || name.get().codePoints().anyMatch(Character::isISOControl)) {
                throw Refused.invalid(
                        "displayName", "must be 1 to " + MAX_NAME + " characters, without control characters");
            }
        }
        return profiles.update(new StoredProfile(playerId, name, equipped), clock.instant());
    }

    /** Everything kept about the player, for "export my data". */
    public Export export(String playerId) {
        return new Export(
                accounts.find(playerId),
                profiles.get(playerId),
                wallets.wallet(playerId),
                wallets.wholeLedger(playerId),
                wallets.owned(playerId));
    }

    /**
     * Deletes everything kept about the player (account, profile, wallet, ledger, inventory) and remembers
     * that they did, so a game result delivered later grants them nothing. Games they played stay in other
     * services' records under the player id (content's archive, scoring's results): docs/security.md.
     */
    public void deleteAll(String playerId) {
        // Tombstone first: a grant running now either sees it or wrote before the wallet is deleted below.
        profiles.tombstone(playerId, clock.instant());
        accounts.delete(playerId);
        wallets.deleteAll(playerId);
        profiles.delete(playerId);
    }

    /** What "export my data" returns. */
    public record Export(
            Optional<StoredAccount> account,
            StoredProfile profile,
            Wallet wallet,
            List<LedgerEntry> ledger,
            List<OwnedItem> inventory) {}
}
