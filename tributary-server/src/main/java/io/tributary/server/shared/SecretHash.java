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

    public static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean matches(String candidate, byte[] storedHash) {
        return MessageDigest.isEqual(sha256(candidate), storedHash);
    }
}
