package io.tributary.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.server.shared.EnvironmentRecord;
import java.nio.ByteBuffer;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class VerifiedKeysTest {
    static final long SECOND = 1_000_000_000L;
    final AtomicLong now = new AtomicLong(1_000 * SECOND);
    final VerifiedKeys keys = new VerifiedKeys(10 * SECOND, now::get);
    final EnvironmentRecord env = new EnvironmentRecord(UUID.randomUUID(), UUID.randomUUID(), "testing", "d", 50);

    @Test
    void aVerifiedKeyIsRememberedUntilTheTtlEnds() {
        ByteBuffer k = VerifiedKeys.cacheKey("dev", "tk_secret");
        assertThat(keys.get(k)).isNull();
        keys.put(k, env, "key_1", keys.epoch());
        assertThat(keys.get(VerifiedKeys.cacheKey("dev", "tk_secret")).env()).isEqualTo(env);
        now.addAndGet(10 * SECOND - 1);
        assertThat(keys.get(k)).isNotNull();
        now.addAndGet(1);
        assertThat(keys.get(k)).as("expired: the database is asked again").isNull();
        assertThat(keys.size()).isZero();
    }

    @Test
    void theCacheKeyBindsDevIdAndKeyAndHoldsNoPlainKey() {
        ByteBuffer k = VerifiedKeys.cacheKey("dev", "tk_secret");
        keys.put(k, env, "key_1", keys.epoch());
        assertThat(keys.get(VerifiedKeys.cacheKey("dev2", "tk_secret"))).isNull();
        assertThat(keys.get(VerifiedKeys.cacheKey("dev", "tk_secreT"))).isNull();
        assertThat(keys.get(VerifiedKeys.cacheKey("dev\ntk", "_secret"))).isNull();
        assertThat(k.remaining()).isEqualTo(32);
        assertThat(new String(k.array(), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("secret");
    }

    @Test
    void invalidatingAKeyDropsEveryEntryOfIt() {
        ByteBuffer a = VerifiedKeys.cacheKey("dev", "tk_a");
        ByteBuffer b = VerifiedKeys.cacheKey("dev", "tk_b");
        keys.put(a, env, "key_a", keys.epoch());
        keys.put(b, env, "key_b", keys.epoch());
        keys.invalidateKey("key_a");
        assertThat(keys.get(a)).isNull();
        assertThat(keys.get(b)).isNotNull();
    }

    @Test
    void aVerificationReadBeforeARevocationIsNotCachedAfterIt() {
        ByteBuffer a = VerifiedKeys.cacheKey("dev", "tk_a");
        long before = keys.epoch(); // the request reads the key as active ...
        keys.invalidateKey("key_a"); // ... the revocation commits and invalidates ...
        keys.put(a, env, "key_a", before); // ... then the request tries to cache what it read
        assertThat(keys.get(a)).isNull();
        keys.put(a, env, "key_a", keys.epoch());
        assertThat(keys.get(a)).isNotNull();
    }

    @Test
    void theCacheIsBounded() {
        for (int i = 0; i < VerifiedKeys.MAX_ENTRIES + 50; i++)
            keys.put(VerifiedKeys.cacheKey("dev", "tk_" + i), env, "key_" + i, keys.epoch());
        assertThat(keys.size()).isLessThanOrEqualTo(VerifiedKeys.MAX_ENTRIES);
    }

    @Test
    void aZeroTtlDisablesTheCache() {
        VerifiedKeys off = new VerifiedKeys(0, now::get);
        ByteBuffer k = VerifiedKeys.cacheKey("dev", "tk_secret");
        off.put(k, env, "key_1", off.epoch());
        assertThat(off.get(k)).isNull();
        assertThat(off.size()).isZero();
    }
}
