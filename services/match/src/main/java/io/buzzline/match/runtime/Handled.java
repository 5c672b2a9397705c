package io.buzzline.match.runtime;

/** How a step ended; every outcome but a failure lets the intake acknowledge the command. */
public enum Handled {
    /** Its events are in the log. */
    APPLIED,
    /** The engine refused it; the sender was told why. */
    REJECTED,
    /** Already in the log (a retry) or already handled from the intake: nothing to do. */
    DUPLICATE,
    /** Another instance owns the game (or nobody with capacity took it); that owner catches up from the intake. */
    NOT_OWNER
}
