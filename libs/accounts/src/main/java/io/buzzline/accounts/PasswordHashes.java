package io.buzzline.accounts;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Passwords stored as Argon2id hashes (RFC 9106) in the PHC string format the reference implementation
 * writes, {@code $argon2id$v=19$m=<KiB>,t=<passes>,p=<lanes>$<salt>$<hash>} (base64 without padding):
 * each hash says how it was made, so the cost can be raised later and old hashes still verify
 * ({@link #needsRehash}: hash again at the next sign-in). The password is UTF-8, as the reference CLI
 * reads it.
 */
public final class PasswordHashes {

    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,9}),t=(\\d{1,6}),p=(\\d{1,3})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getDecoder();

    private final Argon2idParameters parameters;
    private final SecureRandom random;

    public PasswordHashes(Argon2idParameters parameters, SecureRandom random) {
        this.parameters = parameters;
        this.random = random;
    }

    /** A new hash of {@code password}, under a fresh salt. */
    public String hash(char[] password) {
        byte[] salt = new byte[parameters.saltBytes()];
        random.nextBytes(salt);
        return hash(password, salt, parameters);
    }

    /** Whether {@code password} is the one {@code encoded} was made from; false for anything not a hash of ours. */
    public boolean verify(char[] password, String encoded) {
        Matcher phc = encoded == null ? null : PHC.matcher(encoded);
        if (phc == null || !phc.matches()) {
            return false;
        }
        try {
            byte[] salt = DECODER.decode(phc.group(4));
            byte[] expected = DECODER.decode(phc.group(5));
            Argon2idParameters made = new Argon2idParameters(
                    Integer.parseInt(phc.group(1)),
                    Integer.parseInt(phc.group(2)),
                    Integer.parseInt(phc.group(3)),
                    salt.length,
                    expected.length);
            // Constant time: how much of the hash matched must not show in how long the answer took.
            return MessageDigest.isEqual(expected, derive(password, salt, made));
        } catch (IllegalArgumentException notOurs) {
            return false;
        }
    }

    /** Whether {@code encoded} was made with other parameters than today's (or is no hash of ours). */
    public boolean needsRehash(String encoded) {
        Matcher phc = encoded == null ? null : PHC.matcher(encoded);
        if (phc == null || !phc.matches()) {
            return true;
        }
        try {
            return Integer.parseInt(phc.group(1)) != parameters.memoryKiB()
                    || Integer.parseInt(phc.group(2)) != parameters.iterations()
                    || Integer.parseInt(phc.group(3)) != parameters.parallelism()
                    || DECODER.decode(phc.group(4)).length != parameters.saltBytes()
                    || DECODER.decode(phc.group(5)).length != parameters.hashBytes();
        } catch (IllegalArgumentException notOurs) {
            // Base64 of an impossible length (one character past a whole group): no hash of ours.
            return true;
        }
    }

    static String hash(char[] password, byte[] salt, Argon2idParameters parameters) {
        return "$argon2id$v=19$m=" + parameters.memoryKiB() + ",t=" + parameters.iterations() + ",p="
                + parameters.parallelism() + "$" + ENCODER.encodeToString(salt) + "$"
                + ENCODER.encodeToString(derive(password, salt, parameters));
    }

    private static byte[] derive(char[] password, byte[] salt, Argon2idParameters parameters) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(parameters.memoryKiB())
                .withIterations(parameters.iterations())
                .withParallelism(parameters.parallelism())
                .withSalt(salt)
                .build());
        byte[] utf8 = utf8(password);
        byte[] out = new byte[parameters.hashBytes()];
        try {
            generator.generateBytes(utf8, out);
            return out;
        } finally {
            Arrays.fill(utf8, (byte) 0);
        }
    }

    private static byte[] utf8(char[] password) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        // The encoder's buffer held the password too.
        Arrays.fill(encoded.array(), (byte) 0);
        return bytes;
    }
}
