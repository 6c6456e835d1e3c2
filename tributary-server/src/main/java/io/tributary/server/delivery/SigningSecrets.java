package io.tributary.server.delivery;

import io.tributary.server.account.AccountService;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** An environment's signing secrets, remembered for a second (a rotation shows within 1 s, no read per send). */
final class SigningSecrets {
    private final AccountService accounts;
    private final Map<UUID, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(List<String> values, long expiresAtNanos) {}

    SigningSecrets(AccountService accounts) {
        this.accounts = accounts;
    }

    List<String> of(UUID environmentId) {
        Cached s = cache.get(environmentId);
        long now = System.nanoTime();
        if (s == null || now > s.expiresAtNanos()) {
            s = new Cached(accounts.signingSecrets(environmentId), now + 1_000_000_000L);
            cache.put(environmentId, s);
        }
        return s.values();
    }
}
