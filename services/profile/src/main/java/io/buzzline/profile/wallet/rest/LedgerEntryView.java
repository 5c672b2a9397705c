package io.buzzline.profile.wallet.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.buzzline.wallet.EntryReason;
import io.buzzline.wallet.LedgerEntry;

/** One ledger entry: what moved, the balance it left, and why (the fields of its reason are filled in). */
@Schema(name = "LedgerEntry")
public record LedgerEntryView(
        @Schema(description = "Its place in the ledger, 1 for the first")
        long seq,

        @Schema(
                description = "The cause's key: game:<gameId>:<playerId>, quest:<questId>:<window ms>:<playerId> or"
                        + " purchase:<playerId>:<Idempotency-Key>")
        String key,

        @Schema(description = "Coins in (positive) or out (negative)")
        long amount,

        long balanceAfter,
        Instant at,

        @Schema(enumeration = {"GAME_RESULT", "QUEST_REWARD", "PURCHASE"})
        String reason,

        @Schema(nullable = true) String gameId,
        @Schema(nullable = true) Integer rank,
        @Schema(nullable = true) Integer players,

        @Schema(nullable = true, description = "How the game ended")
        String ended,

        @Schema(nullable = true) String questId,
        @Schema(nullable = true) Instant windowStart,
        @Schema(nullable = true) String itemId) {

    public static LedgerEntryView of(long seq, LedgerEntry entry) {
        String key = entry.key().value();
        return switch (entry.reason()) {
            case EntryReason.GameResult game ->
                new LedgerEntryView(
                        seq,
                        key,
                        entry.amount(),
                        entry.balanceAfter(),
                        entry.at(),
                        "GAME_RESULT",
                        game.gameId(),
                        game.rank(),
                        game.players(),
                        game.ended().name(),
                        null,
                        null,
                        null);
            case EntryReason.QuestReward quest ->
                new LedgerEntryView(
                        seq,
                        key,
                        entry.amount(),
                        entry.balanceAfter(),
                        entry.at(),
                        "QUEST_REWARD",
                        null,
                        null,
                        null,
                        null,
                        quest.questId(),
                        quest.windowStart(),
                        null);
            case EntryReason.Purchase purchase ->
                new LedgerEntryView(
                        seq,
                        key,
                        entry.amount(),
                        entry.balanceAfter(),
                        entry.at(),
                        "PURCHASE",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        purchase.itemId());
        };
    }
}
