package io.buzzline.content.settings.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.buzzline.content.settings.CategoryCatalogue;
import io.buzzline.content.settings.GameDefaults;
import io.buzzline.content.settings.LanguageList;

/** Configuration documents as the API shows them: the value, its version (also the ETag) and time. */
final class ConfigViews {

    private ConfigViews() {}

    /** The category catalogue at one version. */
    @Schema(name = "CategoriesConfig")
    public record Categories(long version, Instant updatedAt, CategoryCatalogue value) {}

    /** The language list at one version. */
    @Schema(name = "LanguagesConfig")
    public record Languages(long version, Instant updatedAt, LanguageList value) {}

    /** The default game settings at one version. */
    @Schema(name = "GameDefaultsConfig")
    public record Defaults(long version, Instant updatedAt, GameDefaults value) {}
}
