package io.buzzline.content.pack;

import java.util.List;
import java.util.Optional;

/**
 * "N questions for these categories (none: any category), this difficulty range and language, none
 * played recently by this player group", optionally only questions whose success rate so far lies in
 * [{@code successRateMin}, {@code successRateMax}] (0..1; questions without enough answers yet always
 * pass).
 */
public record PackRequest(
        int count,
        List<String> categories,
        int difficultyMin,
        int difficultyMax,
        String language,
        Optional<String> group,
        double successRateMin,
        double successRateMax) {

    /**
     * The pool key of a request naming no category: the language's whole bank. Not a valid category
     * code, so it never collides with one.
     */
    public static final String ANY_CATEGORY = "*";

    public PackRequest {
        categories = categories.stream().distinct().toList();
    }

    /** The candidate pools to draw from, in order: one per category, or {@link #ANY_CATEGORY} alone. */
    public List<String> pools() {
        return categories.isEmpty() ? List.of(ANY_CATEGORY) : categories;
    }
}
