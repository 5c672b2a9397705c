package io.buzzline.match.config;

import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed settings of the match service; every key lives under {@code buzzline.}. */
@ConfigMapping(prefix = "buzzline")
public interface MatchConfig {

    /** Redis usage shared by every key and stream this service touches. */
    Redis redis();

    /** The region this instance serves; a game lives in its home region. */
    @WithDefault("local")
    String region();

    /** The runtime: ownership, snapshots, placement, end of game. */
    Match match();

    /** The credential match presents to content when it fetches a pack with its keys (docs/security.md). */
    ServiceToken serviceToken();

    /** Match's service tokens: RS256, signed with the service key, short-lived. */
    interface ServiceToken {

        /** PEM file (PKCS#8) of the service key; unreadable, packs are asked for without a credential and refused. */
        @WithDefault(".stack/keys/service-private.pem")
        String keyLocation();

        /** The key's id ({@code kid}), as the verifiers' JWKS lists it. */
        @WithDefault("service-1")
        String keyId();

        /** The {@code iss} claim: the platform's issuer, which every service checks. */
        @WithDefault("buzzline")
        String issuer();

        /** The {@code aud} claim: the platform's audience, which every service checks. */
        @WithDefault("buzzline")
        String audience();

        /** How long one token is valid; it is renewed when a fifth of this is left. */
        @WithDefault("5m")
        Duration ttl();
    }

    /** Redis settings. */
    interface Redis {

        /** Prefix of every Redis key and stream name; keeps environments and test runs apart. */
        @WithDefault("bz:")
        String keyPrefix();
    }

    /** Settings of the live runtime. */
    interface Match {

        /** This instance's name in leases and in its intake consumer group; unique among running instances. */
        String instanceId();

        /** How long a game's lease lives without renewal: a dead owner's games move after at most this plus one scan. */
        @WithDefault("1200ms")
        Duration leaseTtl();

        /** How often the owner renews the leases of its games; well under the TTL so one slow round trip is harmless. */
        @WithDefault("300ms")
        Duration leaseRenewInterval();

        /** How often each instance looks for games whose lease expired (their owner stopped renewing). */
        @WithDefault("250ms")
        Duration takeoverScanInterval();

        /**
         * Commands whose append is still in flight at once; the intake reads no further until one completes,
         * so a burst (thousands of joins) queues in the stream, not in memory or behind the lease renewals.
         */
        @WithDefault("512")
        int maxInflightCommands();

        /** How often each instance looks for intake consumer groups of instances that are gone. */
        @WithDefault("1m")
        Duration groupJanitorInterval();

        /**
         * An intake group whose instance's heartbeat is this old belongs to an instance that is gone and is
         * deleted; it must be well above the heartbeat interval plus a long pause.
         */
        @WithDefault("10m")
        Duration abandonedGroupIdle();

        /** A snapshot is taken every this many events (and at every round end). */
        @WithDefault("200")
        int snapshotEvery();

        /** Games one instance owns at most; beyond it the instance leaves new games and takeovers to others. */
        @WithDefault("2000")
        int maxGames();

        /** Longest wait before claiming a new game, scaled by this instance's load, so the least loaded tends to win. */
        @WithDefault("40ms")
        Duration placementMaxDelay();

        /** How long an ended game's keys stay in Redis once every consumer named in end-confirmations confirmed. */
        @WithDefault("1h")
        Duration endedRetention();

        /** Consumers that must confirm GAME_ENDED before the game's keys expire. */
        @WithDefault("scoring,content")
        List<String> endConfirmations();

        /** Question packs from the content service. */
        Content content();
    }

    /** Fetching question packs. */
    interface Content {

        /** Longest wait for one pack request (the REST client's own timeouts apply too). */
        @WithDefault("2s")
        Duration timeout();

        /** Attempts (with back-off) before the game ends with CONTENT_UNAVAILABLE. */
        @WithDefault("3")
        int attempts();

        /** Packs kept in memory; a pack is immutable once published, so no expiry is needed. */
        @WithDefault("256")
        int cacheSize();
    }
}
