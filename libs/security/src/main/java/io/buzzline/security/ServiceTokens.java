package io.buzzline.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The credential a Buzzline service presents to another ({@code Authorization: Bearer}): a short-lived
 * RS256 token with {@code groups = [service]}, signed with the service key. One token is reused until a
 * fifth of its lifetime is left, so a busy caller signs about once per lifetime, not once per call.
 */
public final class ServiceTokens {

    private final JwtSigner signer;
    private final Settings settings;
    private final Clock clock;
    private Issued current;

    public ServiceTokens(JwtSigner signer, Settings settings, Clock clock) {
        this.signer = signer;
        this.settings = settings;
        this.clock = clock;
    }

    /** What every service token says: who signs it, for whom, as which service, for how long. */
    public record Settings(String issuer, String audience, String subject, Duration ttl) {}

    /** The value of an Authorization header carrying a valid service token. */
    public synchronized String authorization() {
        Instant now = clock.instant();
        if (current == null || !now.isBefore(current.renewAt())) {
            current = issue(now);
        }
        return "Bearer " + current.token();
    }

    private Issued issue(Instant now) {
        Instant expiresAt = now.plus(settings.ttl());
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", settings.issuer());
        claims.put("aud", settings.audience());
        claims.put("sub", settings.subject());
        claims.put("upn", settings.subject());
        claims.put("groups", List.of(Roles.SERVICE));
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", expiresAt.getEpochSecond());
        claims.put("jti", UUID.randomUUID().toString());
        return new Issued(signer.sign(claims), expiresAt.minus(settings.ttl().dividedBy(5)));
    }

    private record Issued(String token, Instant renewAt) {}
}
