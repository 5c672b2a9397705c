package io.buzzline.content.settings;

import java.util.List;

/** The languages the platform offers, with their display names, and the one a new game starts in. */
public record LanguageList(List<Language> languages, String defaultLanguage) implements PlatformSetting {

    /** One language: ISO 639-1 code and display name. */
    public record Language(String code, String name) {}
}
