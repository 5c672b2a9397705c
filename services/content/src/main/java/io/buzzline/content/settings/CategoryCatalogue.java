package io.buzzline.content.settings;

import java.util.List;
import java.util.Map;

/** The categories players and editors choose from, each with its display name per language. */
public record CategoryCatalogue(List<Category> categories) implements PlatformSetting {

    /** One category: its code (as questions carry it) and display names keyed by ISO 639-1 code. */
    public record Category(String code, Map<String, String> names) {}
}
