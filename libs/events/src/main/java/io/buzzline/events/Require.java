package io.buzzline.events;

import java.util.Collection;
import java.util.Objects;

/** Argument checks shared by the model's compact constructors; each message names the field. */
public final class Require {

    private Require() {}

    public static <T> T nonNull(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + ": is required");
        }
        return value;
    }

    public static String nonBlank(String value, String field) {
        if (nonNull(value, field).isBlank()) {
            throw new IllegalArgumentException(field + ": must not be blank");
        }
        return value;
    }

    public static long positive(long value, String field) {
        if (value < 1) {
            throw new IllegalArgumentException(field + ": must be at least 1, was " + value);
        }
        return value;
    }

    public static long nonNegative(long value, String field) {
        if (value < 0) {
            throw new IllegalArgumentException(field + ": must not be negative, was " + value);
        }
        return value;
    }

    public static <C extends Collection<?>> C nonEmpty(C value, String field) {
        if (nonNull(value, field).isEmpty()) {
            throw new IllegalArgumentException(field + ": must not be empty");
        }
        if (value.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException(field + ": must not contain null");
        }
        return value;
    }
}
