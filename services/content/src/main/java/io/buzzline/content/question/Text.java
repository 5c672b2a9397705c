package io.buzzline.content.question;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/** Text normalisation shared by validation and duplicate detection. */
public final class Text {

    private Text() {}

    /** Trims and collapses runs of white space; null becomes empty. */
    public static String clean(String value) {
        return value == null ? "" : value.strip().replaceAll("\\s+", " ");
    }

    /** A code (category, language, tag): cleaned and lower-cased. */
    public static String code(String value) {
        return clean(value).toLowerCase(Locale.ROOT);
    }

    /**
     * The duplicate key of a question: its language and its text without case, accents, punctuation
     * or spacing differences, hashed. Two questions asking the same thing in other words are not
     * caught; the same wording with other choices is.
     */
    public static String fingerprint(String language, String text) {
        String folded = Normalizer.normalize(clean(text).toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((code(language) + "|" + folded).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
