package io.buzzline.wallet;

/** Why the shop refused a purchase; {@link #code()} is the problem type a REST API names it by. */
public enum PurchaseRefusal {
    /** No such item in the catalogue. */
    UNKNOWN_ITEM("unknown-item"),
    /** Before its sale window or after it. */
    NOT_ON_SALE("not-on-sale"),
    /** The price the buyer saw is not the price now: nobody pays what they did not agree to. */
    PRICE_CHANGED("price-changed"),
    /** The player owns it already: a cosmetic is bought once. */
    ALREADY_OWNED("already-owned"),
    /** The balance is below the price. */
    INSUFFICIENT_FUNDS("insufficient-funds");

    private final String code;

    PurchaseRefusal(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
