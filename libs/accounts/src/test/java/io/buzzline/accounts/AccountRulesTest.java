package io.buzzline.accounts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountRulesTest {

    private static final EmailAddress ANN = EmailAddress.of(" Ann.Lee@Example.org ");

    @Test
    void anAddressIsItsTrimmedLowerCaseSelf() {
        assertThat(ANN.value()).isEqualTo("ann.lee@example.org");
        assertThat(EmailAddress.of("ANN.LEE@EXAMPLE.ORG")).isEqualTo(ANN);
    }

    @Test
    void whatIsNoAddressIsRefused() {
        for (String text : new String[] {
            "",
            "ann",
            "ann@",
            "@example.org",
            "ann@example",
            "a b@example.org",
            "ann@@example.org",
            "ann@example..org",
            "x".repeat(65) + "@example.org"
        }) {
            assertThatThrownBy(() -> EmailAddress.of(text)).as(text).hasMessageStartingWith("not an e-mail address");
        }
        assertThatThrownBy(() -> EmailAddress.of(null)).hasMessageStartingWith("not an e-mail address");
        assertThatThrownBy(() -> new EmailAddress("Ann@example.org"))
                .as("not normalized")
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPasswordIsLongEnoughNotTooLongAndNotTheAddress() {
        assertThat(PasswordPolicy.problem("nine char".toCharArray(), ANN)).contains("must be at least 10 characters");
        assertThat(PasswordPolicy.problem("ten chars!".toCharArray(), ANN)).isEmpty();
        // Characters, not UTF-16 units: ten emoji are ten characters.
        assertThat(PasswordPolicy.problem("🐝".repeat(10).toCharArray(), ANN)).isEmpty();
        assertThat(PasswordPolicy.problem("x".repeat(129).toCharArray(), ANN))
                .contains("must be at most 128 characters");
        assertThat(PasswordPolicy.problem("Ann.Lee@Example.org".toCharArray(), ANN))
                .contains("must not be the e-mail address");
    }
}
