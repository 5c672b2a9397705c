package io.buzzline.profile.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The profile service's own settings (`buzzline.profile.*`); Firestore's are libs/firestore's. */
@ConfigMapping(prefix = "buzzline.profile")
public interface ProfileConfig {

    /** Account tokens, signed with the platform's token key (`smallrye.jwt.sign.key.location`). */
    Tokens tokens();

    /** Wallet transactions. */
    Wallet wallet();

    /** Grants from finished games. */
    Grants grants();

    interface Tokens {

        /** `iss` of every account token. */
        @WithDefault("buzzline")
        String issuer();

        /** `aud` of every account token. */
        @WithDefault("buzzline")
        String audience();

        /** `kid` of the signing key (a rollover gives the new key a new id). */
        @WithDefault("token-1")
        String keyId();

        /** How long an account token is accepted: a day, then the player signs in again. */
        @WithDefault("PT24H")
        Duration ttl();
    }

    interface Wallet {

        /**
         * How many times a wallet transaction is tried when concurrent ones on the same wallet keep
         * overtaking it; then the request is answered 503 `wallet-busy` with Retry-After (nothing written).
         * Firestore's own default is 5, too few for a burst of purchases on one wallet.
         */
        @WithDefault("25")
        int transactionAttempts();
    }

    interface Grants {

        /** Grant transactions of one game in flight at once (a game's players are granted in parallel). */
        @WithDefault("32")
        int concurrency();

        /**
         * How long one player's grant holds a place of {@link #concurrency()} before it waits outside it. A profile
         * instance killed mid-grant leaves its transactions holding their players' wallets until Firestore expires
         * them (about a minute): holding places meanwhile held the game's other grants back as long
         * (KilledProfileIT: 74 s for 2,000 players).
         */
        @WithDefault("5s")
        Duration timeout();

        /** Whether a finished game's players also get the rewards of the quests the game completed. */
        @WithDefault("true")
        boolean questRewards();
    }
}
