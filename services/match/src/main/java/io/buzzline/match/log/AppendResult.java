package io.buzzline.match.log;

/** What a fenced append answered. */
public sealed interface AppendResult {

    /** The events are in the log; {@code lastSequence} is the new head. */
    record Appended(long lastSequence) implements AppendResult {}

    /** The command id is already in the game's log: a retry; nothing was written. */
    record Duplicate(long headSequence) implements AppendResult {}

    /** The lease no longer holds this owner's token: another instance owns the game. */
    record Fenced() implements AppendResult {}

    /** The first event does not follow the log's head: this owner's state is stale. */
    record OutOfSequence(long headSequence) implements AppendResult {}

    static AppendResult of(long status, long sequence) {
        return switch ((int) status) {
            case 1 -> new Appended(sequence);
            case 2 -> new Duplicate(sequence);
            case 3 -> new OutOfSequence(sequence);
            default -> new Fenced();
        };
    }
}
