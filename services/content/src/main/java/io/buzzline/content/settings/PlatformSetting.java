package io.buzzline.content.settings;

/** A configuration document the platform reads (category catalogue, languages, game defaults). */
public sealed interface PlatformSetting permits CategoryCatalogue, LanguageList, GameDefaults {}
