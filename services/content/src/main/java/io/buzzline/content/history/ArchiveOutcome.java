package io.buzzline.content.history;

/** What archiving a game did. */
public sealed interface ArchiveOutcome {

    /** The game was stored now. */
    record Archived(GameRecord record) implements ArchiveOutcome {}

    /** The game was already in the archive; nothing was stored twice. */
    record AlreadyArchived(String gameId) implements ArchiveOutcome {}
}
