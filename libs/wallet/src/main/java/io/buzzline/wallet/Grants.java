package io.buzzline.wallet;

import java.time.Instant;
import java.util.Optional;

/**
 * Coins in: the entry a grant writes, or none when it is worth nothing (a game abandoned earns no
 * coins, and an entry of 0 would only crowd the ledger). Whether the key was written already is the
 * store's to say, in the transaction that writes the entry: a redelivered cause finds its entry there.
 */
public final class Grants {

    private Grants() {}

    /** The entry granting {@code coins} for {@code reason} to {@code wallet}, if {@code coins} is positive. */
    public static Optional<LedgerEntry> grant(
            Wallet wallet, EntryKey key, long coins, EntryReason.Grant reason, Instant at) {
        if (coins < 0) {
            throw new IllegalArgumentException("a grant is never negative, was " + coins);
        }
        if (coins == 0) {
            return Optional.empty();
        }
        return Optional.of(
                new LedgerEntry(key, wallet.playerId(), coins, Math.addExact(wallet.balance(), coins), at, reason));
    }

    /** The grant for one player's result in one game, by {@code rules}. */
    public static Optional<LedgerEntry> forGameResult(
            Wallet wallet, EntryReason.GameResult result, EarningRules rules, Instant at) {
        return grant(
                wallet, EntryKey.gameResult(result.gameId(), wallet.playerId()), rules.coinsFor(result), result, at);
    }

    /** The reward of a quest completed in the window starting {@code windowStart}, worth {@code coins}. */
    public static Optional<LedgerEntry> forQuest(
            Wallet wallet, String questId, Instant windowStart, long coins, Instant at) {
        return grant(
                wallet,
                EntryKey.questReward(questId, windowStart, wallet.playerId()),
                coins,
                new EntryReason.QuestReward(questId, windowStart),
                at);
    }
}
