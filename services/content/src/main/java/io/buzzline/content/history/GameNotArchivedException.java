package io.buzzline.content.history;

/** No finished game with this id is in the archive. */
public class GameNotArchivedException extends RuntimeException {

    public GameNotArchivedException(String gameId) {
        super("no archived game with id " + gameId);
    }
}
