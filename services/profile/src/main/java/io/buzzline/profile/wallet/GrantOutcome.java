package io.buzzline.profile.wallet;

import io.buzzline.wallet.LedgerEntry;

/** What became of one grant: written now, written before (a redelivered cause), worth nothing, or not owed. */
public sealed interface GrantOutcome {

    /** The entry was written by this call. */
    record Granted(LedgerEntry entry) implements GrantOutcome {}

    /** The cause's entry was on the ledger already: nothing written. */
    record AlreadyGranted(LedgerEntry entry) implements GrantOutcome {}

    /** The cause earns nothing (an abandoned game): nothing written. */
    record NothingOwed() implements GrantOutcome {}

    /** The player deleted their data: nothing is granted to them again. */
    record PlayerDeleted() implements GrantOutcome {}
}
