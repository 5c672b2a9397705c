package io.buzzline.testing.tokens;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A fresh RSA key pair per test run, written as PEM files: the lobby signs tokens with the private
 * key and the gateway verifies them with the public one, exactly as in production, without any key
 * committed to the repository.
 */
public class TokenKeysTestResource implements QuarkusTestResourceLifecycleManager {

    /** The issuer every test token carries. */
    public static final String ISSUER = "buzzline-lobby";

    private Path directory;

    @Override
    public Map<String, String> start() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            directory = Files.createTempDirectory("buzzline-token-keys-");
            Path privateKey =
                    write("token-private.pem", "PRIVATE KEY", pair.getPrivate().getEncoded());
            Path publicKey =
                    write("token-public.pem", "PUBLIC KEY", pair.getPublic().getEncoded());
            return Map.of(
                    "smallrye.jwt.sign.key.location", privateKey.toString(),
                    "mp.jwt.verify.publickey.location", publicKey.toString(),
                    "mp.jwt.verify.issuer", ISSUER);
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot create a token key pair", e);
        }
    }

    private Path write(String name, String type, byte[] der) throws IOException {
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
