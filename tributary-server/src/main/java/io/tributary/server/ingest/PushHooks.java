package io.tributary.server.ingest;

import io.tributary.connectors.AppCredentials;
import io.tributary.connectors.Connector;
import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.Connectors;
import io.tributary.connectors.HookRequest;
import io.tributary.connectors.HookResponse;
import io.tributary.connectors.PushAction;
import io.tributary.connectors.PushBatch;
import io.tributary.connectors.PushReceiver;
import io.tributary.connectors.Verification;
import io.tributary.server.account.UserService;
import io.tributary.server.connection.ProviderApps;
import io.tributary.server.connection.TokenService;
import io.tributary.server.shared.ApiException;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.storage.AccountStore;
import io.tributary.server.storage.User;
import io.tributary.server.storage.UserStore;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code /v2/hooks/<provider>}: hands the notification to the provider's {@link PushReceiver} (verify against every
 * configured app, then parse), finds the connections each item names ({@code (provider, provider user id)} in the
 * environments of the verified app) and carries out what it asks: ingest the pushed records, schedule the
 * announced fetch ({@link AnnouncedFetches}), deauthenticate, mark access revoked, or record a permission change.
 * Each connection's part runs in its own transaction, so one bad part stores nothing and spoils nothing else.
 */
@Service
public class PushHooks {
    private static final Logger log = LoggerFactory.getLogger(PushHooks.class);

    private final Connectors connectors;
    private final ProviderApps apps;
    private final UserStore users;
    private final AccountStore accounts;
    private final UserService userService;
    private final TokenService tokens;
    private final DataIngest ingest;
    private final AnnouncedFetches fetches;
    private final TransactionTemplate tx;

    public PushHooks(
            Connectors connectors,
            ProviderApps apps,
            UserStore users,
            AccountStore accounts,
            UserService userService,
            TokenService tokens,
            DataIngest ingest,
            AnnouncedFetches fetches,
            org.springframework.transaction.PlatformTransactionManager txManager) {
        this.connectors = connectors;
        this.apps = apps;
        this.users = users;
        this.accounts = accounts;
        this.userService = userService;
        this.tokens = tokens;
        this.ingest = ingest;
        this.fetches = fetches;
        this.tx = new TransactionTemplate(txManager);
    }

    /** A GET: the provider's verification challenge. */
    public HookResponse challenge(String provider, HookRequest request) {
        Connector c = connector(provider);
        return receiver(c)
                .challenge(request, apps.all(c.descriptor()))
                .orElseThrow(() -> ApiException.unauthorized("not a valid verification challenge for "
                        + c.descriptor().provider()));
    }

    /** A POST: a notification. */
    public HookResponse receive(String provider, HookRequest request) {
        Connector c = connector(provider);
        PushReceiver r = receiver(c);
        Verification v = r.verify(request, apps.all(c.descriptor()));
        if (!v.verified()) {
            log.warn("{} notification refused: {}", c.descriptor().provider(), v.reason());
            throw ApiException.unauthorized("notification not verified: " + v.reason());
        }
        PushBatch batch;
        try {
            batch = r.receive(request, v);
        } catch (ConnectorException e) {
            throw ApiException.badRequest(
                    "unreadable " + c.descriptor().provider() + " notification: " + e.getMessage());
        }
        for (String p : batch.problems())
            log.warn(
                    "{} notification (app {}): skipped {}",
                    c.descriptor().provider(),
                    v.app().ref(),
                    p);
        for (PushBatch.Item item : batch.items()) apply(c, v.app(), item);
        return batch.response();
    }

    private void apply(Connector c, AppCredentials app, PushBatch.Item item) {
        String provider = c.descriptor().provider();
        List<User> targets = users.findAllByProviderAccount(provider, item.providerUserId()).stream()
                .filter(u -> apps.serves(app, c.descriptor(), u.environmentId()))
                .toList();
        if (targets.isEmpty())
            log.info(
                    "{} notification for provider user {}: no connection (app {})",
                    provider,
                    item.providerUserId(),
                    app.ref());
        for (User u : targets) {
            EnvironmentRecord env = accounts.findEnvironment(u.environmentId()).orElse(null);
            if (env == null) continue;
            try {
                act(env, u, c, item.action());
            } catch (RuntimeException e) {
                log.warn(
                        "{} notification for user {} (provider user {}) failed, nothing stored: {}",
                        provider,
                        u.id(),
                        item.providerUserId(),
                        e.toString());
            }
        }
    }

    private void act(EnvironmentRecord env, User u, Connector c, PushAction action) {
        if (action instanceof PushAction.Ingest in)
            tx.executeWithoutResult(s ->
                    ingest.ingestMapped(env, u, in.records(), UUID.randomUUID().toString(), true));
        else if (action instanceof PushAction.Fetch f) fetches.schedule(env, u, c, f);
        else if (action instanceof PushAction.Deauthorized) userService.deauthenticate(env, u.id());
        else if (action instanceof PushAction.AccessRevoked)
            tokens.markFailed(u.id(), true, "the provider says access was revoked");
        else if (action instanceof PushAction.PermissionsChanged p) userService.changeScopes(env, u.id(), p.scopes());
    }

    private Connector connector(String provider) {
        return connectors
                .find(provider)
                .filter(c -> c.pushReceiver().isPresent())
                .orElseThrow(() -> ApiException.notFound("no push receiver for provider '" + provider + "'"));
    }

    private static PushReceiver receiver(Connector c) {
        return c.pushReceiver().orElseThrow();
    }
}
