package io.buzzline.profile.web;

/** What an id in a path or a body may look like, stated once for the document and the validation. */
public final class Ids {

    /**
     * An item or player id: 1–128 of {@code A-Z a-z 0-9 . _ ~ -} (a ledger key's parts, libs/wallet `EntryKey`),
     * starting with a letter or digit: "." and ".." are path segments the edge resolves away (the QA contract
     * suite sent {@code PUT /api/profile/shop/items/.}, which arrived as {@code /shop/items/}).
     */
    public static final String ID = "[A-Za-z0-9][A-Za-z0-9._~-]{0,127}";

    private Ids() {}
}
