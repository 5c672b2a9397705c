package io.buzzline.wallet;

import java.time.Instant;
import java.util.Objects;

import io.buzzline.events.GameEnded;

/** Why coins came in or went out: every ledger entry says it, so the ledger can be audited. */
public sealed interface EntryReason {

    /** Coins in. */
    sealed interface Grant extends EntryReason {}

    /** Coins out. */
    sealed interface Debit extends EntryReason {}

    /** A game's result: how the player placed, among how many, and how the game ended. */
    record GameResult(String gameId, int rank, int players, GameEnded.Reason ended) implements Grant {
        public GameResult {
            Objects.requireNonNull(gameId, "gameId");
            Objects.requireNonNull(ended, "ended");
            if (players < 1 || rank < 1 || rank > players) {
                throw new IllegalArgumentException("rank " + rank + " of " + players + " players");
            }
        }
    }

    /** A quest completed within the window that starts at {@code windowStart}. */
    record QuestReward(String questId, Instant windowStart) implements Grant {
        public QuestReward {
            Objects.requireNonNull(questId, "questId");
            Objects.requireNonNull(windowStart, "windowStart");
        }
    }

    /** A shop item bought at {@code price}. */
    record Purchase(String itemId, long price) implements Debit {
        public Purchase {
            Objects.requireNonNull(itemId, "itemId");
            if (price < 1) {
                throw new IllegalArgumentException("a purchase costs at least 1 coin, was " + price);
            }
        }
    }
}
