package io.buzzline.profile.firestore;

/**
 * Where the service keeps its documents (one Firestore project per region; tests use a project of their own):
 *
 * <ul>
 *   <li>{@code wallets/{playerId}}: the wallet's head ({@code balance}, {@code entries}); under it
 *       {@code ledger/{entryKey}} (one immutable entry per cause, {@code seq} its place) and
 *       {@code inventory/{itemId}} (what the player owns)
 *   <li>{@code shop-items/{itemId}}: the catalogue
 *   <li>{@code accounts/{addressId}}: an account by the SHA-256 of its lower-cased address (an address may hold
 *       a '/', which a document id cannot): address, player, password hash, sign-in history
 *   <li>{@code profiles/{playerId}}: display name, equipped cosmetics, the account's address id
 *   <li>{@code deleted-players/{playerId}}: players who deleted their data; nothing is granted to them again
 * </ul>
 */
public final class ProfileCollections {

    public static final String WALLETS = "wallets";
    public static final String LEDGER = "ledger";
    public static final String INVENTORY = "inventory";
    public static final String SHOP_ITEMS = "shop-items";
    public static final String ACCOUNTS = "accounts";
    public static final String PROFILES = "profiles";
    public static final String DELETED_PLAYERS = "deleted-players";

    private ProfileCollections() {}
}
