package io.buzzline.gateway.auth;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies the lobby's tokens (signature, issuer, expiry through SmallRye JWT's configured key) and
 * reads the claims the gateway needs. Tokens travel in the hello frame because browsers cannot set
 * headers on a WebSocket upgrade.
 */
@ApplicationScoped
public class TokenVerifier {

    /** Claim holding the game the token admits to (see the lobby's TokenIssuer). */
    public static final String GAME_CLAIM = "gid";
    /** Claim holding the nickname shown for the subject. */
    public static final String NICKNAME_CLAIM = "nick";

    private final JWTParser parser;

    public TokenVerifier(JWTParser parser) {
        this.parser = parser;
    }

    /** The identity in {@code token}, or empty when it is not a valid lobby token for a known role. */
    public Optional<Identity> verify(String token) {
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
