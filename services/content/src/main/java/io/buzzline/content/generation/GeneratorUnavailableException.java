package io.buzzline.content.generation;

import java.util.List;

/** A job asked for a generator that does not exist or is not configured here. */
public class GeneratorUnavailableException extends RuntimeException {

    public GeneratorUnavailableException(String name, List<String> available) {
        super("generator '" + name + "' is not available here; available: " + available);
    }
}
