package io.buzzline.lobby.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.hash.HashCommands;

import io.buzzline.lobby.game.LobbyKeys;

/**
 * Guest identities: a stable player id and a long-lived secret credential the client keeps, so
 * stats, rating and history follow the same player across games. Only a hash of the credential is
 * stored.
 */
@ApplicationScoped
public class IdentityStore {

    private final HashCommands<String, String, String> hashes;
    private final LobbyKeys keys;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public IdentityStore(RedisDataSource redis, LobbyKeys keys, Clock clock) {
        this.hashes = redis.hash(String.class);
        this.keys = keys;
        this.clock = clock;
    }

    /** Creates a new guest identity; the credential is returned once and never stored in clear. */
    public GuestIdentity create() {
        String playerId = "p_" + randomToken(12);
        String credential = randomToken(32);
        hashes.hset(
                keys.player(playerId),
                Map.of(
                        "credentialSha256",
                        sha256(credential),
                        "createdAt",
                        clock.instant().toString()));
        return new GuestIdentity(playerId, credential);
    }

    /** True when the identity exists and the credential is its own. */
    public boolean verify(String playerId, String credential) {
        if (playerId == null || credential == null || !playerId.startsWith("p_")) {
            return false;
        }
        String stored = hashes.hget(keys.player(playerId), "credentialSha256");
        return stored != null
                && MessageDigest.isEqual(
                        stored.getBytes(StandardCharsets.US_ASCII),
                        sha256(credential).getBytes(StandardCharsets.US_ASCII));
    }

    private String randomToken(int bytes) {
        byte[] buffer = new byte[bytes];
        random.nextBytes(buffer);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer);
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
