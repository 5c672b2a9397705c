package io.buzzline.e2e.support;

import java.nio.file.Path;

import io.buzzline.security.JwtSigner;
import io.buzzline.security.RsaKeys;
import io.buzzline.testing.tokens.TestTokens;
import io.buzzline.testing.tokens.TokenKeysTestResource;

/**
 * Tokens signed with the run's keys, unprefixed: a game's player, host or spectator token as the lobby
 * signs it (token key), and an editor's, operator's or service's as scripts/token signs it (service key).
 * The claims are libs/testing's TestTokens'; its signers read a Quarkus test's configuration, which e2e
 * has not, so the keys here are the run's files.
 */
public final class Tokens {

    private final JwtSigner gameSigner;
    private final JwtSigner staffSigner;

    Tokens(Infrastructure infrastructure) {
        this.gameSigner = new JwtSigner(
                RsaKeys.privateKey(Path.of(infrastructure.privateKey())), TokenKeysTestResource.TOKEN_KEY_ID);
        this.staffSigner = new JwtSigner(
                RsaKeys.privateKey(Path.of(infrastructure.servicePrivateKey())), TokenKeysTestResource.SERVICE_KEY_ID);
    }

    /** A token of {@code role} (editor, operator, service) for {@code subject}, valid ten minutes. */
    public String staff(String role, String subject) {
        return staffSigner.sign(TestTokens.claims(subject, role));
    }

    /** A token of {@code role} (player, host, spectator) in game {@code gameId}, as the lobby issues it. */
    public String game(String role, String gameId, String subject) {
        return gameSigner.sign(TestTokens.gameClaims(gameId, subject, role));
    }
}
