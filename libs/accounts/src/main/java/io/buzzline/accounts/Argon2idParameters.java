package io.buzzline.accounts;

/**
 * The cost of one Argon2id hash: memory in KiB, passes over it, lanes, and the salt and hash lengths.
 * {@link #DEFAULT} is OWASP's first recommended setting (19 MiB, 2 passes, 1 lane; its Password Storage
 * Cheat Sheet), about 30 ms on one core of the session machine: dear for a guesser with a list of hashes,
 * cheap enough for a sign-in.
 */
public record Argon2idParameters(int memoryKiB, int iterations, int parallelism, int saltBytes, int hashBytes) {

    public static final Argon2idParameters DEFAULT = new Argon2idParameters(19_456, 2, 1, 16, 32);

    public Argon2idParameters {
        // RFC 9106's bounds that matter here: at least 8 KiB per lane, 1 pass, 1 lane, 8-byte salt, 4-byte tag.
        if (parallelism < 1 || parallelism > 255) {
            throw new IllegalArgumentException("parallelism must be 1 to 255, was " + parallelism);
        }
        if (memoryKiB < 8 * parallelism) {
            throw new IllegalArgumentException("memory must be at least 8 KiB per lane, was " + memoryKiB);
        }
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be at least 1, was " + iterations);
        }
        if (saltBytes < 8 || hashBytes < 4) {
            throw new IllegalArgumentException("salt of at least 8 bytes, hash of at least 4");
        }
    }
}
