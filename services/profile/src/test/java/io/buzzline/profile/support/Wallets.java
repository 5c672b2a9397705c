package io.buzzline.profile.support;

import java.util.UUID;

import io.buzzline.events.GameEnded;
import io.buzzline.firestore.Futures;
import io.buzzline.profile.wallet.WalletService;
import io.buzzline.wallet.EntryReason;

/** Test data: coins in a wallet, the way a player earns them (games won, 50 coins each by the V1 rules). */
public final class Wallets {

    private Wallets() {}

    public static String newPlayer() {
        return "p_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    /** Grants {@code games} wins (first of four, played to the end): 50 coins each. */
    public static void fund(WalletService wallets, String playerId, int games) {
        for (int i = 0; i < games; i++) {
            Futures.await(wallets.grantGameResult(
                    playerId,
                    new EntryReason.GameResult(
                            "g_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16),
                            1,
                            4,
                            GameEnded.Reason.COMPLETED)));
        }
    }
}
