package io.tributary.server.account;

import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.shared.SecretHash;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A small in-memory cache of API keys this process has verified against the database, so that the hot read path
 * does not spend round trips on authentication. Entries are keyed by the SHA-256 of {@code dev-id + "\n" +
 * key} (the plain key is never kept) and live for at most the TTL; only successful verifications are cached.
 *
 * <p>Revocation: a key revoked through this process is dropped at once ({@link #invalidateKey}); a key revoked
 * through another node stops working here within the TTL. An {@link #epoch} guards the race where a verification
 * that read the key before the revocation committed would otherwise re-insert it after the invalidation.
 */
final class VerifiedKeys {
    /** Beyond this many entries, expired ones are dropped; if that is not enough, everything is. */
    static final int MAX_ENTRIES = 10_000;

    record Entry(EnvironmentRecord env, String keyId, long verifiedAt) {}

    private final Map<ByteBuffer, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong epoch = new AtomicLong();
    private final long ttlNanos;
    private final LongSupplier nanoTime;

    VerifiedKeys(long ttlNanos, LongSupplier nanoTime) {
        this.ttlNanos = ttlNanos;
        this.nanoTime = nanoTime;
    }

    boolean enabled() {
        return ttlNanos > 0;
    }

    static ByteBuffer cacheKey(String devId, String apiKey) {
        return ByteBuffer.wrap(SecretHash.sha256(devId + "\n" + apiKey));
    }

    /** The entry for this cache key if verified less than the TTL ago. */
    Entry get(ByteBuffer key) {
        if (!enabled()) return null;
        Entry e = entries.get(key);
        if (e == null) return null;
        if (nanoTime.getAsLong() - e.verifiedAt() >= ttlNanos) {
            entries.remove(key, e);
            return null;
        }
        return e;
    }

    /** To be read before the database check whose result {@link #put} may then store. */
    long epoch() {
        return epoch.get();
    }

    /**
     * Remembers a successful verification made from data read after {@code epochBefore} was taken; skipped when a
     * key was invalidated meanwhile (the data may predate the revocation).
     */
    Entry put(ByteBuffer key, EnvironmentRecord env, String keyId, long epochBefore) {
        long now = nanoTime.getAsLong();
        Entry e = new Entry(env, keyId, now);
        if (!enabled()) return e;
        if (entries.size() >= MAX_ENTRIES) {
            entries.values().removeIf(x -> now - x.verifiedAt() >= ttlNanos);
            if (entries.size() >= MAX_ENTRIES) entries.clear();
        }
        entries.put(key, e);
        if (epoch.get() != epochBefore) entries.remove(key, e);
        return e;
    }

    /** Forgets every cached verification of this key (called once its revocation has committed). */
    void invalidateKey(String keyId) {
        epoch.incrementAndGet();
        entries.values().removeIf(e -> e.keyId().equals(keyId));
    }

    int size() {
        return entries.size();
    }
}
