package io.tributary.server.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * API keys are 256-bit random strings, so a single SHA-256 is the right storage hash (no need for a slow
 * password hash: there is nothing to brute-force). Comparison is constant-time.
 */
public final class SecretHash {
    private SecretHash() {}

    private static final MessageDigest SHA_256;

    static {
        try {
            SHA_256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] sha256(String secret) {
        MessageDigest md;
        try {
            md = (MessageDigest) SHA_256.clone(); // cheaper than a provider lookup on every request
        } catch (CloneNotSupportedException e) {
            try {
                md = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
        return md.digest(secret.getBytes(StandardCharsets.UTF_8));
    }

    public static boolean matches(String candidate, byte[] storedHash) {
        return MessageDigest.isEqual(sha256(candidate), storedHash);
    }
}
