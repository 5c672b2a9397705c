package io.buzzline.content.pack;

import java.util.List;
import java.util.Optional;

/**
 * "N questions for these categories, this difficulty range and language, none played recently by
 * this player group", optionally only questions whose success rate so far lies in [{@code
 * successRateMin}, {@code successRateMax}] (0..1; questions without enough answers yet always pass).
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

    public PackRequest {
        categories = categories.stream().distinct().toList();
    }
}
