package io.tributary.files;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Deterministic {@code summary_id}s for records read from files, so that uploading the same file again (or the same
 * workout in another format) replaces the earlier copy instead of duplicating it.
 *
 * <p>Activities and sleeps are keyed by kind and start second: {@code UUID.nameUUIDFromBytes("tributary:activity:" +
 * epochSecond)}. Apple workouts and mobile records use their own key (source + start + type).
 */
public final class SummaryIds {
    private SummaryIds() {}

    public static String activity(Instant start) {
        return of("activity:" + start.getEpochSecond());
    }

    public static String sleep(Instant start) {
        return of("sleep:" + start.getEpochSecond());
    }

    /** A name-based UUID of {@code "tributary:" + key}. */
    public static String of(String key) {
        return UUID.nameUUIDFromBytes(("tributary:" + key).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** Lower-case hex SHA-256 of {@code bytes}. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
