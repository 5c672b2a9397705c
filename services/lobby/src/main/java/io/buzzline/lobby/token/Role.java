package io.buzzline.lobby.token;

import java.util.Locale;

/** Who a token speaks for; carried as the token's single group. */
public enum Role {
    HOST,
    PLAYER,
    /** Watches one game: public events only, sends nothing (docs/security.md). */
    SPECTATOR;

    public String group() {
        return name().toLowerCase(Locale.ROOT);
    }
}
