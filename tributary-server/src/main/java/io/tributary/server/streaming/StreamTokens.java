package io.tributary.server.streaming;

import io.tributary.server.account.AccountService;
import io.tributary.server.account.UserService;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.shared.Ids;
import io.tributary.server.shared.SecretHash;
import io.tributary.server.storage.StreamStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Streaming tokens ({@code POST /auth/developer}, {@code POST /auth/user}): who may ask for one, minting, and
 * redemption by IDENTIFY. A token is {@code <8 chars>.<43 chars>} of random text like Terra's; only its SHA-256 is
 * stored, so any node redeems what another minted.
 */
@Service
public class StreamTokens {
    public static final String DEVELOPER = "developer";
    public static final String USER = "user";

    /** Why a token request was refused: 400 (missing or malformed credentials) or 403 (wrong ones). */
    public enum Refusal {
        MISSING_CREDENTIALS,
        MALFORMED_CREDENTIALS,
        INVALID_CREDENTIALS
    }

    /** The environment a request authenticated as, or why not. */
    public record Caller(EnvironmentRecord environment, Refusal refusal) {}

    /** What IDENTIFY redeems a token into. */
    public record Grant(UUID environmentId, UUID userId, String role) {}

    private final StreamStore store;
    private final AccountService accounts;
    private final UserService users;
    private final StreamingProperties props;
    private final Clock clock;

    public StreamTokens(
            StreamStore store, AccountService accounts, UserService users, StreamingProperties props, Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.users = users;
        this.props = props;
        this.clock = clock;
    }

    /**
     * {@code dev-id} + {@code x-api-key}, or {@code Authorization: Basic base64(dev-id:api-key)} (rt.yaml's two
     * security schemes). The header pair wins when both are sent.
     */
    public Caller authenticate(String devId, String apiKey, String authorization) {
        boolean pair = devId != null && !devId.isBlank() && apiKey != null && !apiKey.isBlank();
        if (!pair) {
            if (authorization == null || authorization.isBlank()) return new Caller(null, Refusal.MISSING_CREDENTIALS);
            String a = authorization.trim();
            if (a.length() < 6 || !a.substring(0, 6).equalsIgnoreCase("basic "))
                return new Caller(null, Refusal.MALFORMED_CREDENTIALS);
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(a.substring(6).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return new Caller(null, Refusal.MALFORMED_CREDENTIALS);
            }
            int colon = decoded.indexOf(':');
            if (colon <= 0 || colon == decoded.length() - 1) return new Caller(null, Refusal.MALFORMED_CREDENTIALS);
            devId = decoded.substring(0, colon);
            apiKey = decoded.substring(colon + 1);
        }
        return accounts.authenticate(devId, apiKey)
                .map(env -> new Caller(env, null))
                .orElseGet(() -> new Caller(null, Refusal.INVALID_CREDENTIALS));
    }

    public String developerToken(EnvironmentRecord env, boolean reusable) {
        return mint(env.id(), DEVELOPER, null, reusable);
    }

    /** A producer token for one of the environment's users; empty when the id is not one of them. */
    public Optional<String> userToken(EnvironmentRecord env, String userId, boolean reusable) {
        UUID id;
        try {
            id = UUID.fromString(userId.trim());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (users.find(env, id).isEmpty()) return Optional.empty();
        return Optional.of(mint(env.id(), USER, id, reusable));
    }

    private String mint(UUID envId, String role, UUID userId, boolean reusable) {
        String token = Ids.randomToken(8) + "." + Ids.randomToken(43);
        Duration ttl = reusable ? props.reusableTokenTtl() : props.tokenTtl();
        store.insertToken(
                SecretHash.sha256(token),
                envId,
                role,
                userId,
                reusable,
                clock.instant().plus(ttl));
        return token;
    }

    /** IDENTIFY: the token's environment (and user) if it is valid for this role, unexpired and unused. */
    public Optional<Grant> redeem(String token, String role) {
        if (token == null || token.isEmpty() || token.length() > 200) return Optional.empty();
        return store.redeemToken(SecretHash.sha256(token), role, clock.instant())
                .map(g -> new Grant(g.environmentId(), g.userId(), role));
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    void deleteExpired() {
        store.deleteTokensExpiredBefore(clock.instant().minus(Duration.ofHours(1)));
    }
}
