package io.buzzline.wallet;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.buzzline.events.GameEnded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LedgerAuditTest {

    private static final Instant AT = Instant.parse("2026-12-07T18:00:00Z");
    private static final Wallet EMPTY = Wallet.empty("p_1");

    private static LedgerEntry won(Wallet wallet, String gameId) {
        return Grants.forGameResult(
                        wallet,
                        new EntryReason.GameResult(gameId, 1, 5, GameEnded.Reason.COMPLETED),
                        EarningRules.V1,
                        AT)
                .orElseThrow();
    }

    @Test
    void aLedgerWrittenEntryByEntryAuditsClean() {
        LedgerEntry first = won(EMPTY, "g_1");
        Wallet one = EMPTY.after(first);
        LedgerEntry second = won(one, "g_2");

        assertThat(LedgerAudit.findings(one.after(second), List.of(first, second)))
                .isEmpty();
        assertThat(one.after(second)).isEqualTo(new Wallet("p_1", 100, 2));
    }

    @Test
    void aDuplicatedEntryABrokenChainAndAWalletThatDisagreesAreEachFound() {
        LedgerEntry first = won(EMPTY, "g_1");
        Wallet one = EMPTY.after(first);

        // The second copy starts from 0 where the first left 50, and leaves 50 where the wallet says 100.
        assertThat(LedgerAudit.findings(new Wallet("p_1", 100, 2), List.of(first, first)))
                .containsExactly(
                        "game:g_1:p_1 is in the ledger twice",
                        "game:g_1:p_1 starts from 0 where the ledger stood at 50",
                        "the wallet says 100 coins, its ledger 50");
        assertThat(LedgerAudit.findings(new Wallet("p_1", 70, 1), List.of(first)))
                .containsExactly("the wallet says 70 coins, its ledger 50");
        assertThat(LedgerAudit.findings(one, List.of()))
                .containsExactly(
                        "the wallet says 50 coins, its ledger 0", "the wallet counts 1 entries, its ledger has 0");
    }

    @Test
    void anEntryThatDoesNotFollowItsWalletIsRefused() {
        LedgerEntry first = won(EMPTY, "g_1");
        assertThatThrownBy(() -> EMPTY.after(first).after(first)).hasMessageContaining("does not follow");
        assertThatThrownBy(() -> Wallet.empty("p_2").after(first)).hasMessageContaining("does not follow");
    }

    @Test
    void aGrantWorthNothingWritesNothingAndNoEntryTakesTheBalanceBelowZero() {
        assertThat(Grants.forGameResult(
                        EMPTY,
                        new EntryReason.GameResult("g_1", 1, 5, GameEnded.Reason.ABANDONED),
                        EarningRules.V1,
                        AT))
                .isEmpty();
        assertThatThrownBy(() -> Grants.forQuest(EMPTY, "q", AT, -1, AT)).hasMessageContaining("never negative");
        assertThatThrownBy(() -> new LedgerEntry(
                        EntryKey.purchase("p_1", "k"), "p_1", -10, -10, AT, new EntryReason.Purchase("crown", 10)))
                .hasMessageContaining("never negative");
        assertThatThrownBy(() -> new LedgerEntry(
                        EntryKey.purchase("p_1", "k"), "p_1", -9, 0, AT, new EntryReason.Purchase("crown", 10)))
                .hasMessageContaining("takes its price");
    }
}
