package io.buzzline.content.pack;

/** No pack has this id. */
public class PackNotFoundException extends RuntimeException {

    public PackNotFoundException(String id) {
        super("no pack with id " + id);
    }
}
