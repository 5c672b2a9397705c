package io.buzzline.content.generation;

/** No generation job has this id. */
public class JobNotFoundException extends RuntimeException {

    public JobNotFoundException(long id) {
        super("no generation job with id " + id);
    }
}
