package io.buzzline.content.importexport;

/** The file as a whole cannot be read (not a JSON array, broken CSV header, too many rows). */
public class ImportFormatException extends RuntimeException {

    public ImportFormatException(String message) {
        super(message);
    }

    public ImportFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
