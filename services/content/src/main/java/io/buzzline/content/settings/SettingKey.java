package io.buzzline.content.settings;

import java.util.List;
import java.util.Map;

import io.buzzline.events.RoundMode;

/** The configuration documents, their document names, types, and built-in values (version 0). */
public enum SettingKey {
    CATEGORIES("categories", CategoryCatalogue.class),
    LANGUAGES("languages", LanguageList.class),
    GAME_DEFAULTS("game-defaults", GameDefaults.class);

    private final String documentId;
    private final Class<? extends PlatformSetting> type;

    SettingKey(String documentId, Class<? extends PlatformSetting> type) {
        this.documentId = documentId;
        this.type = type;
    }

    public String documentId() {
        return documentId;
    }

    public Class<? extends PlatformSetting> type() {
        return type;
    }

    /** What the platform uses until an administrator stores the first version. */
    public PlatformSetting builtIn() {
        return switch (this) {
            case CATEGORIES ->
                new CategoryCatalogue(List.of(
                        category("geography", "Geography", "Géographie", "Geografie"),
                        category("history", "History", "Histoire", "Geschichte"),
                        category("science", "Science", "Sciences", "Wissenschaft"),
                        category("sports", "Sports", "Sport", "Sport"),
                        category("arts", "Arts", "Arts", "Kunst")));
            case LANGUAGES ->
                new LanguageList(
                        List.of(
                                new LanguageList.Language("en", "English"),
                                new LanguageList.Language("fr", "Français"),
                                new LanguageList.Language("de", "Deutsch")),
                        "en");
            case GAME_DEFAULTS -> new GameDefaults(RoundMode.CLASSIC, 10, 20, 100, 0, "en");
        };
    }

    private static CategoryCatalogue.Category category(String code, String en, String fr, String de) {
        return new CategoryCatalogue.Category(code, Map.of("en", en, "fr", fr, "de", de));
    }
}
