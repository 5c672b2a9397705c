package io.buzzline.events.wire;

import static io.buzzline.events.Require.nonBlank;

/**
 * A consumer of the event feed (scoring, content) telling match it is done with an ended game, on
 * match's confirmations stream; once every consumer match waits for has confirmed, the game's keys
 * expire. {@code consumer} is one of the names in match's {@code buzzline.match.end-confirmations}.
 */
public record EndConfirmation(String gameId, String consumer) {

    public EndConfirmation {
        nonBlank(gameId, "gameId");
        nonBlank(consumer, "consumer");
    }
}
