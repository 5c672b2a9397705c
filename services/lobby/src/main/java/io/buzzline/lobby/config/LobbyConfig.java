package io.buzzline.lobby.config;

import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed settings of the lobby service; every key lives under {@code buzzline.}. */
@ConfigMapping(prefix = "buzzline")
public interface LobbyConfig {

    /** Redis usage shared by every key and stream this service touches. */
    Redis redis();

    /** The region this instance serves; a game lives in its home region. */
    @WithDefault("local")
    String region();

    /**
     * How long an ended game's lobby records (status, members, nicknames, kicks, presence) stay
     * readable before they expire; its join code is released at once.
     */
    @WithDefault("PT1H")
    Duration endedRetention();

    /** Player, host and spectator tokens. */
    Tokens tokens();

    /** The credential the lobby presents to content when it orders a pack (docs/security.md). */
    ServiceToken serviceToken();

    /** Nickname moderation. */
    Nicknames nicknames();

    /** Quick play: the games it creates and when they start themselves. */
    QuickPlay quickPlay();

    /** Redis settings. */
    interface Redis {

        /** Prefix of every Redis key and stream name; keeps environments and test runs apart. */
        @WithDefault("bz:")
        String keyPrefix();
    }

    /** Token settings; the signing key itself is {@code smallrye.jwt.sign.key.location}. */
    interface Tokens {

        /** The issuer claim: the platform's issuer, which every service checks. */
        @WithDefault("buzzline")
        String issuer();

        /** The audience claim: the platform's audience, which every service checks. */
        @WithDefault("buzzline")
        String audience();

        /** The signing key's id ({@code kid}), as the verifiers' JWKS lists it; a new key gets a new id. */
        @WithDefault("token-1")
        String keyId();

        /** How long a player or host token stays valid; a client rejoins for a new one. */
        @WithDefault("PT12H")
        Duration ttl();
    }

    /** The lobby's service tokens: RS256, signed with the service key, short-lived. */
    interface ServiceToken {

        /** PEM file (PKCS#8) of the service key; unreadable, pack orders carry no credential and are refused. */
        @WithDefault(".stack/keys/service-private.pem")
        String keyLocation();

        /** The key's id ({@code kid}), as the verifiers' JWKS lists it. */
        @WithDefault("service-1")
        String keyId();

        /** How long one token is valid; it is renewed when a fifth of this is left. */
        @WithDefault("5m")
        Duration ttl();
    }

    /** Nickname settings. */
    interface Nicknames {

        /** Languages whose shipped block lists apply to every nickname. */
        @WithDefault("en,de,fr,es,it,nl,pt")
        List<String> blocklistLanguages();
    }

    /** Quick-play settings; the start rule is {@code io.buzzline.lobby.game.AutoStartRule}. */
    interface QuickPlay {

        /** Capacity of a game quick play creates; a full game starts at once. */
        @WithDefault("100")
        int maxPlayers();

        /** Members a quick-play game needs before its start countdown begins. */
        @WithDefault("2")
        int minPlayers();

        /** The countdown from reaching {@code min-players} to the start, so that more players can join. */
        @WithDefault("PT15S")
        Duration startDelay();

        /** How often each instance looks for games whose countdown has run out (the start's extra delay). */
        @WithDefault("PT1S")
        Duration checkInterval();
    }
}
