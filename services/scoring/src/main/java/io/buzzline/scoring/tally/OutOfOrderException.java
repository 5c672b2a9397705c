package io.buzzline.scoring.tally;

/** An event arrived before an earlier event of its game was applied; retrying it later fixes that. */
public class OutOfOrderException extends RuntimeException {

    public OutOfOrderException(String eventId, long applied) {
        super("event " + eventId + " arrived before the game's earlier events (applied up to " + applied + ")");
    }
}
