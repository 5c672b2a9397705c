package io.buzzline.profile.account.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.buzzline.profile.profile.ProfileService;
import io.buzzline.profile.profile.rest.ProfileView;
import io.buzzline.profile.wallet.rest.LedgerEntryView;
import io.buzzline.profile.wallet.rest.OwnedItemView;
import io.buzzline.profile.wallet.rest.WalletView;

/** Everything this service keeps about a player (the password's hash excepted: it is no use to anyone). */
@Schema(name = "DataExport")
public record ExportView(
        @Schema(nullable = true, description = "Absent for a guest")
        AccountView account,

        ProfileView profile,
        WalletView wallet,

        @Schema(description = "The whole ledger, oldest first")
        List<LedgerEntryView> ledger,

        List<OwnedItemView> inventory) {

    public static ExportView of(ProfileService.Export export) {
        List<LedgerEntryView> ledger = new java.util.ArrayList<>();
        for (int i = 0; i < export.ledger().size(); i++) {
            ledger.add(LedgerEntryView.of(i + 1, export.ledger().get(i)));
        }
        return new ExportView(
                export.account().map(AccountView::of).orElse(null),
                ProfileView.of(export.profile()),
                WalletView.of(export.wallet()),
                ledger,
                export.inventory().stream().map(OwnedItemView::of).toList());
    }
}
