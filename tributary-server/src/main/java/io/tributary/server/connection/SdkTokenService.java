package io.tributary.server.connection;

import io.tributary.server.account.UserService;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.shared.Ids;
import io.tributary.server.storage.AccountStore;
import io.tributary.server.storage.SdkTokenStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/** {@code generateAuthToken}: single-use 64-hex tokens for mobile SDK connections, valid 180 s, stored hashed. */
@Service
public class SdkTokenService {
    public static final int EXPIRES_IN_SECONDS = 180;
    private final SdkTokenStore store;
    private final AccountStore accounts;
    private final UserService users;
    private final Clock clock;

    public SdkTokenService(SdkTokenStore store, AccountStore accounts, UserService users, Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.users = users;
        this.clock = clock;
    }

    public String generate(EnvironmentRecord env) {
        users.ensureCanStartFlow(env);
        String token = Ids.randomHex(32);
        store.insert(OAuthCrypto.hash(token), env.id(), clock.instant().plusSeconds(EXPIRES_IN_SECONDS));
        return token;
    }

    /** The environment the token was issued for, exactly once and only before it expires. */
    public Optional<EnvironmentRecord> redeem(String token) {
        if (token == null || !token.matches("[0-9a-fA-F]{64}")) return Optional.empty();
        return store.redeem(OAuthCrypto.hash(token.toLowerCase()), clock.instant())
                .flatMap(accounts::findEnvironment);
    }

    @Scheduled(fixedDelayString = "1h", initialDelayString = "10m")
    public void sweep() {
        store.deleteExpiredBefore(clock.instant().minus(Duration.ofDays(1)));
    }
}
