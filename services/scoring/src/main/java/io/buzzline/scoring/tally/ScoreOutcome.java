package io.buzzline.scoring.tally;

/** What tallying one event came to. */
public sealed interface ScoreOutcome {

    /**
     * The event is in the game's tally (applied now or before). {@code parkedBehind}: events of the game
     * may be parked behind it (false only when the apply script saw none, which spares every event in
     * order a look for them).
     */
    record InTally(boolean parkedBehind) implements ScoreOutcome {}

    /**
     * An earlier event of the game is not in the tally yet: this one is parked in Redis, and whoever
     * applies its predecessor applies it next.
     */
    record Parked() implements ScoreOutcome {}
}
