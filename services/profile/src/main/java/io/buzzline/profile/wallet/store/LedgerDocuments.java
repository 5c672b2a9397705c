package io.buzzline.profile.wallet.store;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import com.google.cloud.firestore.DocumentSnapshot;

import io.buzzline.events.GameEnded;
import io.buzzline.firestore.Timestamps;
import io.buzzline.wallet.EntryKey;
import io.buzzline.wallet.EntryReason;
import io.buzzline.wallet.ItemKind;
import io.buzzline.wallet.LedgerEntry;
import io.buzzline.wallet.OwnedItem;
import io.buzzline.wallet.Wallet;

/** The ledger's documents: a wallet head, an entry, an owned item, to and from Firestore fields. */
public final class LedgerDocuments {

    private LedgerDocuments() {}

    /** The {@code reason} field: which {@link EntryReason} an entry was written for. */
    private enum StoredReason {
        GAME_RESULT,
        QUEST_REWARD,
        PURCHASE
    }

    public static Wallet wallet(String playerId, DocumentSnapshot head) {
        if (!head.exists()) {
            return Wallet.empty(playerId);
        }
        return new Wallet(playerId, head.getLong("balance"), head.getLong("entries"));
    }

    public static Map<String, Object> wallet(Wallet wallet, Instant at) {
        return Map.of("balance", wallet.balance(), "entries", wallet.entries(), "updatedAt", Timestamps.timestamp(at));
    }

    /** An entry's fields; {@code seq} is its place in the wallet's ledger (the head's count after it). */
    public static Map<String, Object> entry(LedgerEntry entry, long seq) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("seq", seq);
        fields.put("amount", entry.amount());
        fields.put("balanceAfter", entry.balanceAfter());
        fields.put("at", Timestamps.timestamp(entry.at()));
        switch (entry.reason()) {
            case EntryReason.GameResult game -> {
                fields.put("reason", StoredReason.GAME_RESULT.name());
                fields.put("gameId", game.gameId());
                fields.put("rank", game.rank());
                fields.put("players", game.players());
                fields.put("ended", game.ended().name());
            }
            case EntryReason.QuestReward quest -> {
                fields.put("reason", StoredReason.QUEST_REWARD.name());
                fields.put("questId", quest.questId());
                fields.put("windowStart", Timestamps.timestamp(quest.windowStart()));
            }
            case EntryReason.Purchase purchase -> {
                fields.put("reason", StoredReason.PURCHASE.name());
                fields.put("itemId", purchase.itemId());
                fields.put("price", purchase.price());
            }
        }
        return fields;
    }

    public static LedgerEntry entry(String playerId, DocumentSnapshot doc) {
        EntryReason reason =
                switch (StoredReason.valueOf(doc.getString("reason"))) {
                    case GAME_RESULT ->
                        new EntryReason.GameResult(
                                doc.getString("gameId"),
                                doc.getLong("rank").intValue(),
                                doc.getLong("players").intValue(),
                                GameEnded.Reason.valueOf(doc.getString("ended")));
                    case QUEST_REWARD ->
                        new EntryReason.QuestReward(
                                doc.getString("questId"), Timestamps.instant(doc.getTimestamp("windowStart")));
                    case PURCHASE -> new EntryReason.Purchase(doc.getString("itemId"), doc.getLong("price"));
                };
        return new LedgerEntry(
                new EntryKey(doc.getId()),
                playerId,
                doc.getLong("amount"),
                doc.getLong("balanceAfter"),
                Timestamps.instant(doc.getTimestamp("at")),
                reason);
    }

    public static Map<String, Object> owned(OwnedItem item) {
        return Map.of(
                "kind", item.kind().name(),
                "acquiredAt", Timestamps.timestamp(item.acquiredAt()),
                "purchase", item.purchase().value());
    }

    public static OwnedItem owned(String playerId, DocumentSnapshot doc) {
        return new OwnedItem(
                playerId,
                doc.getId(),
                ItemKind.valueOf(doc.getString("kind")),
                Timestamps.instant(doc.getTimestamp("acquiredAt")),
                new EntryKey(doc.getString("purchase")));
    }
}
