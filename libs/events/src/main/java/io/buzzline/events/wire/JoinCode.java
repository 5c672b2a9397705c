package io.buzzline.events.wire;

import java.util.Locale;
import java.util.Optional;

/**
 * The join code's format, which crosses services: the lobby issues and resolves codes, the gateway encodes
 * them in the QR code a host screen shows, players type them. Six characters from an alphabet without the
 * look-alikes 0/O, 1/I/L (31 symbols, about 887 million codes); typing is forgiving about case, spaces and
 * dashes. Issuing codes (randomness, uniqueness among live games) stays the lobby's.
 */
public final class JoinCode {

    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final int LENGTH = 6;

    /** A code as the lobby issues it, as a regular expression for the documents (matched whole). */
    public static final String ISSUED_PATTERN = "[" + ALPHABET + "]{" + LENGTH + "}";

    /**
     * What {@link #normalize} accepts, as a regular expression for the documents (matched whole): six
     * characters of the alphabet in either case, with spaces and dashes anywhere. (Other white space is
     * forgiven too; a document that promises less than is accepted stays true.)
     */
    public static final String TYPED_PATTERN =
            "[ -]*(?:[" + ALPHABET + "abcdefghjkmnpqrstuvwxyz][ -]*){" + LENGTH + "}";

    private JoinCode() {}

    /** True when {@code code} is a code as the lobby issues it: upper case, no separators. */
    public static boolean isIssued(String code) {
        return code != null && code.length() == LENGTH && code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }

    /** The canonical code for what a player typed ("k7m-2qx" → "K7M2QX"), or empty if it cannot be one. */
    public static Optional<String> normalize(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return isIssued(code) ? Optional.of(code) : Optional.empty();
    }
}
