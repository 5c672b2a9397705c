package io.buzzline.gateway.auth;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies the lobby's tokens and reads the claims the gateway needs. Tokens travel in the hello frame
 * because browsers cannot set headers on a WebSocket upgrade. A token is accepted only as a compact JWS
 * exactly (no surrounding whitespace, nothing appended), then SmallRye JWT checks what the configuration
 * pins (docs/security.md): RS256 only, a key of the trusted set by {@code kid}, issuer, audience, expiry.
 */
@ApplicationScoped
public class TokenVerifier {

    /** Claim holding the game the token admits to (see the lobby's TokenIssuer). */
    public static final String GAME_CLAIM = "gid";
    /** Claim holding the nickname shown for the subject. */
    public static final String NICKNAME_CLAIM = "nick";

    /** Three base64url parts, nothing else: what a JWS compact serialization is (RFC 7515 §7.1). */
    private static final Pattern COMPACT_JWS = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
    /** Far above any token the lobby signs; a bound before any parsing work. */
    private static final int MAX_TOKEN_LENGTH = 8192;

    private final JWTParser parser;

    public TokenVerifier(JWTParser parser) {
        this.parser = parser;
    }

    /** The identity in {@code token}, or empty when it is not a valid lobby token for a known role. */
    public Optional<Identity> verify(String token) {
        if (token == null
                || token.length() > MAX_TOKEN_LENGTH
                || !COMPACT_JWS.matcher(token).matches()) {
            return Optional.empty();
        }
        JsonWebToken jwt;
        try {
            jwt = parser.parse(token);
        } catch (ParseException e) {
            return Optional.empty();
        }
        String subject = jwt.getSubject();
        String gameId = jwt.getClaim(GAME_CLAIM);
        Optional<Role> role = Role.fromGroups(jwt.getGroups() == null ? Set.of() : jwt.getGroups());
        if (subject == null || subject.isBlank() || gameId == null || gameId.isBlank() || role.isEmpty()) {
            return Optional.empty();
        }
        String nickname = jwt.getClaim(NICKNAME_CLAIM);
        return Optional.of(new Identity(subject, role.get(), gameId, nickname == null ? subject : nickname));
    }
}
