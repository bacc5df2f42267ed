package org.ganstudio.model;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A teacher's PIN as it is stored in a lesson file: a random salt and a slow salted hash (PBKDF2 with HMAC-SHA256),
 * never the PIN itself, so a student who opens the file in an editor cannot read it. A short PIN can still be
 * guessed by someone determined; the lock keeps a class from changing settings by accident, it is no safe.
 */
public record PinHash(String algorithm, int iterations, String salt, String hash) {

    public static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    /** Slow enough to make trying every 4-digit PIN take a while, fast enough (~50 ms) not to be noticed. */
    public static final int ITERATIONS = 60_000;
    public static final int MIN_LENGTH = 4;
    public static final int MAX_LENGTH = 32;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    public PinHash {
        Objects.requireNonNull(algorithm, "algorithm");
        if (!ALGORITHM.equals(algorithm)) {
            throw new IllegalArgumentException("unknown PIN hash '" + algorithm + "', expected " + ALGORITHM);
        }
        if (iterations < 1_000 || iterations > 10_000_000) {
            throw new IllegalArgumentException("PIN hash iterations must be between 1000 and 10000000, was " + iterations);
        }
        decode(salt, "salt");
        decode(hash, "hash");
    }

    /** Why {@code pin} cannot be a PIN, or null when it can. */
    public static String problem(String pin) {
        if (pin == null || pin.strip().length() < MIN_LENGTH) {
            return "a PIN needs at least " + MIN_LENGTH + " characters";
        }
        if (pin.strip().length() > MAX_LENGTH) {
            return "a PIN has at most " + MAX_LENGTH + " characters";
        }
        return null;
    }

    /** Hashes a new PIN with a fresh random salt. */
    public static PinHash of(String pin) {
        String why = problem(pin);
        if (why != null) {
            throw new IllegalArgumentException(why);
        }
        byte[] salt = new byte[SALT_BYTES];
        new SecureRandom().nextBytes(salt);
        return new PinHash(ALGORITHM, ITERATIONS, Base64.getEncoder().encodeToString(salt),
                Base64.getEncoder().encodeToString(derive(pin.strip(), salt, ITERATIONS)));
    }

    /** Whether {@code pin} is the PIN this hash was made from (constant-time comparison). */
    public boolean matches(String pin) {
        if (pin == null || problem(pin) != null) {
            return false;
        }
        byte[] expected = decode(hash, "hash");
        return MessageDigest.isEqual(expected, derive(pin.strip(), decode(salt, "salt"), iterations));
    }

    private static byte[] derive(String pin, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(pin.toCharArray(), salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java has no " + ALGORITHM, e);
        } finally {
            spec.clearPassword();
        }
    }

    private static byte[] decode(String base64, String what) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalArgumentException("the PIN's " + what + " is missing");
        }
        byte[] b;
        try {
            b = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the PIN's " + what + " is not valid base64", e);
        }
        if (b.length < 8) {
            throw new IllegalArgumentException("the PIN's " + what + " is too short");
        }
        return b;
    }
}
