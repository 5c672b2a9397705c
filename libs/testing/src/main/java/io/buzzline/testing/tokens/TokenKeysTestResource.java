package io.buzzline.testing.tokens;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Fresh RSA key pairs per test run, written as files, exactly as scripts/stack lays them out without any
 * key committed to the repository: the token key (the lobby signs player, host and spectator tokens), the
 * service key (services sign their calls to each other; editor and operator tokens locally) and the JWKS
 * of both public keys, by key id, that every service verifies with.
 */
public class TokenKeysTestResource implements QuarkusTestResourceLifecycleManager {

    /** The issuer every token of the platform carries. */
    public static final String ISSUER = "buzzline";
    /** The audience every token of the platform carries. */
    public static final String AUDIENCE = "buzzline";
    /** Key id (JWS {@code kid}) of the token key, as the lobby's default. */
    public static final String TOKEN_KEY_ID = "token-1";
    /** Key id of the service key, as match's and the lobby's default. */
    public static final String SERVICE_KEY_ID = "service-1";
    /**
     * Where the service key's PEM file is: the variable the services' configuration expands, so it is no
     * property of any service's own (unknown {@code buzzline.*} properties fail a service's start).
     */
    public static final String SERVICE_KEY_PROPERTY = "BUZZLINE_SERVICE_PRIVATE_KEY";

    private Path directory;

    @Override
    public Map<String, String> start() {
        try {
            directory = Files.createTempDirectory("buzzline-token-keys-");
            KeyPair token = generate();
            KeyPair service = generate();
            Path tokenPrivate = writePem(
                    "token-private.pem", "PRIVATE KEY", token.getPrivate().getEncoded());
            writePem("token-public.pem", "PUBLIC KEY", token.getPublic().getEncoded());
            Path servicePrivate = writePem(
                    "service-private.pem", "PRIVATE KEY", service.getPrivate().getEncoded());
            Map<String, RSAPublicKey> trusted = new LinkedHashMap<>();
            trusted.put(TOKEN_KEY_ID, (RSAPublicKey) token.getPublic());
            trusted.put(SERVICE_KEY_ID, (RSAPublicKey) service.getPublic());
            Path jwks = Files.writeString(directory.resolve("verify-keys.jwks"), jwks(trusted));
            Map<String, String> config = new LinkedHashMap<>();
            config.put("smallrye.jwt.sign.key.location", tokenPrivate.toString());
            config.put("smallrye.jwt.sign.key.id", TOKEN_KEY_ID);
            config.put("smallrye.jwt.new-token.audience", AUDIENCE);
            config.put(SERVICE_KEY_PROPERTY, servicePrivate.toString());
            config.put("mp.jwt.verify.publickey.location", jwks.toString());
            config.put("mp.jwt.verify.issuer", ISSUER);
            config.put("mp.jwt.verify.audiences", AUDIENCE);
            return config;
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the token keys", e);
        }
    }

    /** A new 2048-bit RSA key pair. */
    public static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JWKS (RFC 7517) of {@code keys} by key id: what a verifier trusts during a rollover. */
    public static String jwks(Map<String, RSAPublicKey> keys) {
        return keys.entrySet().stream()
                .map(key -> "{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"" + key.getKey()
                        + "\",\"n\":\"" + unsigned(key.getValue().getModulus())
                        + "\",\"e\":\"" + unsigned(key.getValue().getPublicExponent()) + "\"}")
                .collect(Collectors.joining(",", "{\"keys\":[", "]}"));
    }

    private static String unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        int start = bytes.length > 1 && bytes[0] == 0 ? 1 : 0;
        byte[] magnitude = java.util.Arrays.copyOfRange(bytes, start, bytes.length);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(magnitude);
    }

    private Path writePem(String name, String type, byte[] der) throws IOException {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
        return Files.writeString(
                directory.resolve(name), "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n");
    }

    @Override
    public void stop() {
        if (directory != null) {
            try (var files = Files.list(directory)) {
                files.forEach(file -> file.toFile().delete());
            } catch (IOException e) {
                // Leftover key files in a temp directory are harmless.
            }
            directory.toFile().delete();
        }
    }
}
