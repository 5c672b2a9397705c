package io.buzzline.events.json;

/** Thrown when JSON is not a valid event or command; the message names the offending field. */
public class ModelDecodingException extends RuntimeException {

    public ModelDecodingException(String message, Throwable cause) {
        super(message, cause);
    }

    public ModelDecodingException(String message) {
        super(message);
    }
}
