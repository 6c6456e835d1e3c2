package io.tributary.server.account;

import io.tributary.server.shared.ApiException;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.shared.Ids;
import io.tributary.server.shared.SecretBox;
import io.tributary.server.shared.SecretHash;
import io.tributary.server.shared.TributaryProperties;
import io.tributary.server.storage.AccountStore;
import io.tributary.server.storage.ApiKeyRecord;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Developers, their three environments, API keys and signing secrets. */
@Service
public class AccountService {
    public static final List<String> ENVIRONMENTS = List.of("testing", "staging", "production");
    /** API keys look like {@code tk_<8-char prefix><40 random chars>}; the prefix is what listings show. */
    static final int PREFIX_LENGTH = 11;

    private final AccountStore store;
    private final SecretBox box;
    private final TributaryProperties props;
    private final Clock clock;
    private final VerifiedKeys verified;
    private final Map<String, AtomicLong> touched = new ConcurrentHashMap<>();

    /** {@code api_keys.last_used_at} is this coarse: at most one write per key per minute. */
    static final long TOUCH_EVERY_NANOS = 60_000_000_000L;

    public AccountService(AccountStore store, SecretBox box, TributaryProperties props, Clock clock) {
        this.store = store;
        this.box = box;
        this.props = props;
        this.clock = clock;
        Duration ttl = props.apiKeyCacheTtl() == null ? Duration.ZERO : props.apiKeyCacheTtl();
        this.verified = new VerifiedKeys(ttl.toNanos(), System::nanoTime);
    }

    @Transactional
    public DeveloperCredentials createDeveloper(String name) {
        if (name == null || name.isBlank()) throw ApiException.badRequest("'name' is required and must not be blank");
        if (name.length() > 200) throw ApiException.badRequest("'name' must be at most 200 characters");
        UUID developerId = UUID.randomUUID();
        store.insertDeveloper(developerId, name.trim());
        List<DeveloperCredentials.EnvironmentCredentials> envs = new ArrayList<>();
        String slug = slug(name);
        for (String envName : ENVIRONMENTS) {
            Integer cap = envName.equals("production") ? null : props.userCap();
            String devId = slug + "-" + envName + "-" + Ids.randomToken(8).toLowerCase(Locale.ROOT);
            EnvironmentRecord env = new EnvironmentRecord(UUID.randomUUID(), developerId, envName, devId, cap);
            String secret = newSigningSecret();
            store.insertEnvironment(env, box.encrypt(secret));
            String key = insertKey(env.id(), "default");
            envs.add(new DeveloperCredentials.EnvironmentCredentials(envName, devId, key, secret));
        }
        return new DeveloperCredentials(developerId, name.trim(), envs);
    }

    public long developerCount() {
        return store.countDevelopers();
    }

    /**
     * Resolves the environment of a dev-id + API key pair, or empty (never says which half was wrong). A pair
     * verified less than {@code TRIBUTARY_API_KEY_CACHE_TTL} ago is answered from memory ({@link VerifiedKeys});
     * otherwise one database round trip. {@code last_used_at} is written at most once a minute per key.
     */
    public Optional<EnvironmentRecord> authenticate(String devId, String apiKey) {
        if (devId == null || apiKey == null) return Optional.empty();
        String dev = devId.trim();
        String key = apiKey.trim();
        if (key.length() < PREFIX_LENGTH) return Optional.empty();
        ByteBuffer cacheKey = VerifiedKeys.cacheKey(dev, key);
        VerifiedKeys.Entry hit = verified.get(cacheKey);
        if (hit != null) {
            touchIfDue(hit.keyId());
            return Optional.of(hit.env());
        }
        long epoch = verified.epoch();
        Optional<AccountStore.KeyCandidates> found = store.keyCandidates(dev, key.substring(0, PREFIX_LENGTH));
        byte[] hash = SecretHash.sha256(key); // same work whether or not the dev-id exists
        if (found.isEmpty()) return Optional.empty();
        for (AccountStore.KeyHash k : found.get().keys()) {
            if (MessageDigest.isEqual(hash, k.hash())) {
                verified.put(cacheKey, found.get().env(), k.id(), epoch);
                touchIfDue(k.id());
                return Optional.of(found.get().env());
            }
        }
        return Optional.empty();
    }

    /** Records use of a key, at most once a minute per key from this process (and the UPDATE is conditional). */
    private void touchIfDue(String keyId) {
        long now = System.nanoTime();
        AtomicLong last = touched.get(keyId);
        if (last == null) {
            if (touched.size() >= VerifiedKeys.MAX_ENTRIES) touched.clear();
            last = touched.computeIfAbsent(keyId, id -> new AtomicLong(now - TOUCH_EVERY_NANOS));
        }
        long prev = last.get();
        if (now - prev < TOUCH_EVERY_NANOS || !last.compareAndSet(prev, now)) return;
        store.touchApiKey(keyId);
    }

    public Optional<EnvironmentRecord> environmentByDevId(String devId) {
        return devId == null ? Optional.empty() : store.findEnvironmentByDevId(devId.trim());
    }

    public record NewKey(ApiKeyView key, String apiKey) {}

    @Transactional
    public NewKey createApiKey(UUID environmentId, String label) {
        String key = insertKey(environmentId, label);
        ApiKeyRecord rec = store.activeKeysByPrefix(environmentId, key.substring(0, PREFIX_LENGTH)).stream()
                .filter(k -> SecretHash.matches(key, k.keyHash()))
                .findFirst()
                .orElseThrow();
        return new NewKey(ApiKeyView.of(rec), key);
    }

    public List<ApiKeyView> listApiKeys(UUID environmentId) {
        return store.keysOf(environmentId).stream().map(ApiKeyView::of).toList();
    }

    @Transactional
    public void revokeApiKey(UUID environmentId, String keyId) {
        boolean isActiveHere =
                store.keysOf(environmentId).stream().anyMatch(k -> k.id().equals(keyId) && k.revokedAt() == null);
        if (!isActiveHere) throw ApiException.notFound("no active API key with id '" + keyId + "' in this environment");
        if (store.countActiveKeys(environmentId) <= 1)
            throw ApiException.conflict(
                    "this is the environment's last active API key; create another before revoking it");
        store.revokeApiKey(environmentId, keyId);
        // Drop the cached verifications once the revocation is visible to everyone (afterCommit), so that no
        // concurrent request can re-cache the key from a read made before it.
        if (TransactionSynchronizationManager.isSynchronizationActive())
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    verified.invalidateKey(keyId);
                }
            });
        else verified.invalidateKey(keyId);
    }

    /** Plain-text signing secrets: the current one, plus the previous one while the rotation overlap lasts. */
    public List<String> signingSecrets(UUID environmentId) {
        AccountStore.SigningSecrets s = store.signingSecrets(environmentId);
        List<String> out = new ArrayList<>(2);
        out.add(box.decrypt(s.currentEnc()));
        if (s.previousEnc() != null
                && s.previousExpiresAt() != null
                && s.previousExpiresAt().isAfter(clock.instant())) out.add(box.decrypt(s.previousEnc()));
        return out;
    }

    @Transactional
    public String rotateSigningSecret(UUID environmentId) {
        String secret = newSigningSecret();
        Instant overlapEnds = clock.instant().plus(props.signingSecretOverlap());
        store.rotateSigningSecret(environmentId, box.encrypt(secret), overlapEnds);
        return secret;
    }

    private String insertKey(UUID environmentId, String label) {
        String key = "tk_" + Ids.randomToken(48);
        store.insertApiKey(new ApiKeyRecord(
                Ids.newId("key", clock.millis()),
                environmentId,
                key.substring(0, PREFIX_LENGTH),
                SecretHash.sha256(key),
                label,
                null,
                null,
                null));
        return key;
    }

    private static String newSigningSecret() {
        return Ids.randomHex(32);
    }

    static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (s.isEmpty()) s = "dev";
        return s.length() > 24 ? s.substring(0, 24).replaceAll("-+$", "") : s;
    }
}
