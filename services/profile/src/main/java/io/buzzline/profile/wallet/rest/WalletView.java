package io.buzzline.profile.wallet.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.buzzline.wallet.Wallet;

/** A wallet's head: the balance the ledger adds up to, and how many entries it holds. */
@Schema(name = "Wallet")
public record WalletView(String playerId, long balance, long entries) {

    public static WalletView of(Wallet wallet) {
        return new WalletView(wallet.playerId(), wallet.balance(), wallet.entries());
    }
}
