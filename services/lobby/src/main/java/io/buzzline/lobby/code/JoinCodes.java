package io.buzzline.lobby.code;

import java.util.random.RandomGenerator;

import io.buzzline.events.wire.JoinCode;

/**
 * Issues join codes in the shared format ({@link JoinCode}: six characters easy to read aloud and type);
 * uniqueness among live games is the allocator's job.
 */
public final class JoinCodes {

    private final RandomGenerator random;

    public JoinCodes(RandomGenerator random) {
        this.random = random;
    }

    /** A random code. */
    public String next() {
        StringBuilder code = new StringBuilder(JoinCode.LENGTH);
        for (int i = 0; i < JoinCode.LENGTH; i++) {
            code.append(JoinCode.ALPHABET.charAt(random.nextInt(JoinCode.ALPHABET.length())));
        }
        return code.toString();
    }
}
