package io.buzzline.lobby.token;

import java.util.Locale;

/** Who a token speaks for; carried as the token's single group. */
public enum Role {
    HOST,
    PLAYER;

    public String group() {
        return name().toLowerCase(Locale.ROOT);
    }
}
