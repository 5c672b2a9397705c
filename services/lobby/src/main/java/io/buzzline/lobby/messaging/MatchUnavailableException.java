package io.buzzline.lobby.messaging;

/** A command could not be queued for match (Redis unreachable or too slow); nothing was changed. */
public class MatchUnavailableException extends RuntimeException {

    public MatchUnavailableException(Throwable cause) {
        super("The game service cannot be reached right now; please retry.", cause);
    }
}
