package io.buzzline.content.history;

/** A log handed to the archive is not one whole finished game. */
public class InvalidGameLogException extends RuntimeException {

    public InvalidGameLogException(String message) {
        super(message);
    }
}
