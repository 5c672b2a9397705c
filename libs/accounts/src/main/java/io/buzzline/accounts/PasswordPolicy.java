package io.buzzline.accounts;

import java.util.Optional;

/**
 * What a new password must be, after NIST SP 800-63B: long enough, not absurdly long (Argon2id hashes any
 * length, but a megabyte password is an attack on the sign-in, not a password), and not the e-mail address.
 * No composition rules (a digit, a symbol): they make passwords harder to remember, not to guess.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {}

    /** What is wrong with {@code password} for the account of {@code email}, if anything. */
    public static Optional<String> problem(char[] password, EmailAddress email) {
        // On the chars themselves: a String of the password would stay in the heap until collected.
        int length = Character.codePointCount(password, 0, password.length);
        if (length < MIN_LENGTH) {
            return Optional.of("must be at least " + MIN_LENGTH + " characters");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("must be at most " + MAX_LENGTH + " characters");
        }
        if (isAddress(password, email.value())) {
            return Optional.of("must not be the e-mail address");
        }
        return Optional.empty();
    }

    private static boolean isAddress(char[] password, String address) {
        if (password.length != address.length()) {
            return false;
        }
        for (int i = 0; i < password.length; i++) {
            if (Character.toLowerCase(password[i]) != address.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
