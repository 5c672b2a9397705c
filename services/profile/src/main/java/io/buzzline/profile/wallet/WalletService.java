package io.buzzline.profile.wallet;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.google.api.core.ApiFuture;
import com.google.api.core.ApiFutures;
import com.google.common.util.concurrent.MoreExecutors;
import io.micrometer.core.instrument.MeterRegistry;

import io.buzzline.profile.wallet.store.NumberedEntry;
import io.buzzline.profile.wallet.store.WalletStore;
import io.buzzline.wallet.EarningRules;
import io.buzzline.wallet.EntryKey;
import io.buzzline.wallet.EntryReason;
import io.buzzline.wallet.Grants;
import io.buzzline.wallet.LedgerEntry;
import io.buzzline.wallet.OwnedItem;
import io.buzzline.wallet.Wallet;

/** Coins in (a game's result, a quest's reward), each exactly once on the ledger, and what a wallet holds. */
@ApplicationScoped
public class WalletService {

    private final WalletStore store;
    private final EarningRules rules;
    private final Clock clock;
    private final MeterRegistry metrics;

    public WalletService(WalletStore store, EarningRules rules, Clock clock, MeterRegistry metrics) {
        this.store = store;
        this.rules = rules;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** Grants one player's result in one game by the earning rules in force; once, however often asked. */
    public ApiFuture<GrantOutcome> grantGameResult(String playerId, EntryReason.GameResult result) {
        Instant now = clock.instant();
        return counted(store.grant(
                playerId,
                EntryKey.gameResult(result.gameId(), playerId),
                now,
                wallet -> Grants.forGameResult(wallet, result, rules, now)));
    }

    /** Grants a quest's reward for the window starting {@code windowStart}; once per quest, window and player. */
    public ApiFuture<GrantOutcome> grantQuestReward(String playerId, String questId, Instant windowStart, long coins) {
        Instant now = clock.instant();
        return counted(store.grant(
                playerId,
                EntryKey.questReward(questId, windowStart, playerId),
                now,
                wallet -> Grants.forQuest(wallet, questId, windowStart, coins, now)));
    }

    public Wallet wallet(String playerId) {
        return store.wallet(playerId);
    }

    public List<NumberedEntry> entries(String playerId, int limit, Optional<Long> beforeSeq) {
        return store.entries(playerId, limit, beforeSeq);
    }

    public List<LedgerEntry> wholeLedger(String playerId) {
        return store.wholeLedger(playerId);
    }

    public List<OwnedItem> owned(String playerId) {
        return store.owned(playerId);
    }

    /** Deletes the wallet, its ledger and inventory. */
    public void deleteAll(String playerId) {
        store.deleteAll(playerId);
    }

    private ApiFuture<GrantOutcome> counted(ApiFuture<GrantOutcome> grant) {
        return ApiFutures.transform(
                grant,
                outcome -> {
                    String name =
                            switch (outcome) {
                                case GrantOutcome.Granted granted -> "granted";
                                case GrantOutcome.AlreadyGranted again -> "already-granted";
                                case GrantOutcome.NothingOwed nothing -> "nothing-owed";
                                case GrantOutcome.PlayerDeleted deleted -> "player-deleted";
                            };
                    metrics.counter("buzzline.profile.grants", "outcome", name).increment();
                    return outcome;
                },
                MoreExecutors.directExecutor());
    }
}
