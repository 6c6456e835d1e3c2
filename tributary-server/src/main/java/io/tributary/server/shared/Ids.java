package io.tributary.server.shared;

import java.security.SecureRandom;

/**
 * Our own ids: a prefix ({@code evt_}, {@code dlv_}, {@code key_} …) plus a time-sortable 26-character
 * Crockford base32 body (48-bit millisecond timestamp + 80 random bits, as in ULID). Terra-visible ids
 * (user_id, terra-reference) are plain UUIDs instead.
 */
public final class Ids {
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {}

    public static String newId(String prefix, long epochMillis) {
        byte[] r = new byte[10];
        RANDOM.nextBytes(r);
        return id(prefix, epochMillis, r);
    }

    /**
     * An id of the same shape whose 80 "random" bits are taken from SHA-256 of {@code seed}: the same seed and
     * time always give the same id (e.g. one delivery id per event × destination, however often it is sent).
     */
    public static String derivedId(String prefix, long epochMillis, String seed) {
        try {
            byte[] h = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(seed.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return id(prefix, epochMillis, java.util.Arrays.copyOf(h, 10));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String id(String prefix, long epochMillis, byte[] r) {
        char[] out = new char[26];
        long t = epochMillis;
        for (int i = 9; i >= 0; i--) {
            out[i] = ALPHABET[(int) (t & 31)];
            t >>>= 5;
        }
        long hi = ((r[0] & 0xFFL) << 32)
                | ((r[1] & 0xFFL) << 24)
                | ((r[2] & 0xFFL) << 16)
                | ((r[3] & 0xFFL) << 8)
                | (r[4] & 0xFFL);
        long lo = ((r[5] & 0xFFL) << 32)
                | ((r[6] & 0xFFL) << 24)
                | ((r[7] & 0xFFL) << 16)
                | ((r[8] & 0xFFL) << 8)
                | (r[9] & 0xFFL);
        for (int i = 17; i >= 10; i--) {
            out[i] = ALPHABET[(int) (hi & 31)];
            hi >>>= 5;
        }
        for (int i = 25; i >= 18; i--) {
            out[i] = ALPHABET[(int) (lo & 31)];
            lo >>>= 5;
        }
        return prefix + "_" + new String(out);
    }

    /** A random token of {@code bytes} random bytes, URL-safe base62. */
    public static String randomToken(int length) {
        final String alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) sb.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        return sb.toString();
    }

    public static String randomHex(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return java.util.HexFormat.of().formatHex(b);
    }
}
