package io.buzzline.accounts;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordHashesTest {

    /**
     * From the reference implementation's CLI (Debian's argon2 0~20171227, 2026-12-07):
     * {@code echo -n "correct horse battery" | argon2 buzzlinesalt16by -id -t 2 -k 19456 -p 1 -l 32}.
     */
    private static final String REFERENCE =
            "$argon2id$v=19$m=19456,t=2,p=1$YnV6emxpbmVzYWx0MTZieQ$HlGusljgUhdlr8khQNm7YqS6gdweBKupjubq50p+euA";

    private final PasswordHashes hashes = new PasswordHashes(Argon2idParameters.DEFAULT, new SecureRandom());

    @Test
    void hashesAsTheReferenceImplementationDoesAndVerifiesItsHashes() {
        byte[] salt = "buzzlinesalt16by".getBytes(StandardCharsets.US_ASCII);
        assertThat(PasswordHashes.hash("correct horse battery".toCharArray(), salt, Argon2idParameters.DEFAULT))
                .isEqualTo(REFERENCE);
        assertThat(hashes.verify("correct horse battery".toCharArray(), REFERENCE))
                .isTrue();
        assertThat(hashes.verify("correct horse batterY".toCharArray(), REFERENCE))
                .isFalse();
    }

    @Test
    void eachHashHasItsOwnSaltAndVerifiesOnlyItsPassword() {
        String first = hashes.hash("één wachtwoord, lang".toCharArray());
        String second = hashes.hash("één wachtwoord, lang".toCharArray());

        assertThat(first).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").isNotEqualTo(second);
        assertThat(hashes.verify("één wachtwoord, lang".toCharArray(), first)).isTrue();
        assertThat(hashes.verify("één wachtwoord, lang".toCharArray(), second)).isTrue();
        assertThat(hashes.verify("een wachtwoord, lang".toCharArray(), first)).isFalse();
    }

    @Test
    void anythingButAHashOfOursVerifiesNothing() {
        char[] password = "correct horse battery".toCharArray();
        assertThat(hashes.verify(password, null)).isFalse();
        assertThat(hashes.verify(password, "")).isFalse();
        assertThat(hashes.verify(password, REFERENCE.replace("argon2id", "argon2i")))
                .isFalse();
        assertThat(hashes.verify(password, REFERENCE.replace("m=19456", "m=1"))).isFalse();
        assertThat(hashes.verify(password, REFERENCE.replace("$HlGu", "$!lGu"))).isFalse();
        assertThat(hashes.verify(password, REFERENCE.substring(0, REFERENCE.length() - 4)))
                .isFalse();
    }

    @Test
    void aHashMadeWithOtherParametersIsToBeMadeAgain() {
        assertThat(hashes.needsRehash(REFERENCE)).isFalse();
        PasswordHashes dearer = new PasswordHashes(new Argon2idParameters(47_104, 1, 1, 16, 32), new SecureRandom());
        assertThat(dearer.needsRehash(REFERENCE)).isTrue();
        assertThat(dearer.verify("correct horse battery".toCharArray(), REFERENCE))
                .as("an old hash still verifies")
                .isTrue();
        assertThat(hashes.needsRehash("plain")).isTrue();
        // Shaped like one of ours but its hash is not base64 (a length of 4n + 1): no hash of ours either.
        String broken = REFERENCE + "AA";
        assertThat(hashes.needsRehash(broken)).isTrue();
        assertThat(hashes.verify("correct horse battery".toCharArray(), broken)).isFalse();
    }

    @Test
    void parametersOutsideRfc9106AreRefused() {
        assertThatThrownBy(() -> new Argon2idParameters(7, 1, 1, 16, 32)).hasMessageContaining("8 KiB");
        assertThatThrownBy(() -> new Argon2idParameters(64, 0, 1, 16, 32)).hasMessageContaining("iterations");
        assertThatThrownBy(() -> new Argon2idParameters(64, 1, 0, 16, 32)).hasMessageContaining("parallelism");
        assertThatThrownBy(() -> new Argon2idParameters(64, 1, 1, 4, 32)).hasMessageContaining("salt");
    }
}
