package io.buzzline.lobby.code;

import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Join codes that are easy to read aloud and type: six characters from an alphabet without the
 * look-alikes 0/O, 1/I/L (31 symbols, about 887 million codes). Input is forgiving about case,
 * spaces and dashes.
 */
public final class JoinCodes {

    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final int LENGTH = 6;

    /**
     * What {@link #normalize} accepts, as a regular expression for the documents (matched whole): six
     * characters of the alphabet in either case, with spaces and dashes anywhere. (Other white space is
     * forgiven too; a document that promises less than is accepted stays true.)
     */
    public static final String TYPED_PATTERN =
            "[ -]*(?:[" + ALPHABET + "abcdefghjkmnpqrstuvwxyz][ -]*){" + LENGTH + "}";

    private final RandomGenerator random;

    public JoinCodes(RandomGenerator random) {
        this.random = random;
    }

    /** A random code; uniqueness among live games is the allocator's job. */
    public String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The canonical code for what a player typed ("k7m-2qx" → "K7M2QX"), or empty if it cannot be one. */
    public static Optional<String> normalize(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (code.length() != LENGTH) {
            return Optional.empty();
        }
        for (char c : code.toCharArray()) {
            if (ALPHABET.indexOf(c) < 0) {
                return Optional.empty();
            }
        }
        return Optional.of(code);
    }
}
