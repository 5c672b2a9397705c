package io.buzzline.wallet;

import java.util.Objects;

/** What the shop decided: the debit, the wallet after it and the item owned; or why not. */
public sealed interface PurchaseDecision {

    record Approved(LedgerEntry debit, Wallet after, OwnedItem owned) implements PurchaseDecision {
        public Approved {
            Objects.requireNonNull(debit, "debit");
            Objects.requireNonNull(after, "after");
            Objects.requireNonNull(owned, "owned");
        }
    }

    record Refused(PurchaseRefusal reason, String detail) implements PurchaseDecision {
        public Refused {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
