package io.buzzline.wallet;

/** What a shop item is, and so where the game shows it once equipped. */
public enum ItemKind {
    AVATAR,
    BUZZER_SOUND,
    NAME_COLOUR,
    BADGE
}
