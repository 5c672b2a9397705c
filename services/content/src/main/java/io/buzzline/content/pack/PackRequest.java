package io.buzzline.content.pack;

import java.util.List;
import java.util.Optional;

/**
 * "N questions for these categories, this difficulty range and language, none played recently by
 * this player group."
 */
public record PackRequest(
        int count,
        List<String> categories,
        int difficultyMin,
        int difficultyMax,
        String language,
        Optional<String> group) {

    public PackRequest {
        categories = categories.stream().distinct().toList();
    }
}
