package io.buzzline.accounts;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An account's e-mail address as its sign-in name: trimmed and lower-cased, so {@code Ann@Example.org }
 * and {@code ann@example.org} are one account (no provider we know of treats them as two people). Checked
 * only for shape: whether it receives mail is for a confirmation mail to find out.
 */
public record EmailAddress(String value) {

    // One @, a local part of 1–64 printable characters without spaces, a domain with a dot.
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final int MAX_LENGTH = 254;

    public EmailAddress {
        if (value == null
                || value.length() > MAX_LENGTH
                || !SHAPE.matcher(value).matches()
                || !value.equals(value.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("not an e-mail address: " + value);
        }
    }

    /** {@code text} as an account's address, or an {@link IllegalArgumentException} saying it is none. */
    public static EmailAddress of(String text) {
        if (text == null) {
            throw new IllegalArgumentException("not an e-mail address: null");
        }
        return new EmailAddress(text.strip().toLowerCase(Locale.ROOT));
    }
}
