package io.buzzline.content.settings;

import io.buzzline.events.RoundMode;

/** What a new game is set to unless its host says otherwise. */
public record GameDefaults(
        RoundMode mode,
        int questionCount,
        int questionTimeLimitSeconds,
        int maxPlayers,
        int autoAdvanceSeconds,
        String language)
        implements PlatformSetting {}
