package io.tributary.server.connection;

import io.tributary.server.account.UserLifecycleListener;
import io.tributary.server.shared.SecretBox;
import io.tributary.server.storage.AccountStore;
import io.tributary.server.storage.ConnectionStore;
import io.tributary.server.storage.User;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * When a user leaves (deauthentication, reauth replacement, failed flow): its connection row and tokens are
 * deleted in the same transaction, and once that commits the tokens are revoked at the provider.
 */
@Component
public class ConnectionLifecycle implements UserLifecycleListener {
    private final ConnectionStore connections;
    private final AccountStore accounts;
    private final ProviderSettings providers;
    private final SecretBox secrets;
    private final TokenRevoker revoker;
    // lazy: the hooks need TokenService, which needs UserService, which calls this listener
    private final ObjectProvider<ConnectionHooks> hooks;

    public ConnectionLifecycle(
            ConnectionStore connections,
            AccountStore accounts,
            ProviderSettings providers,
            SecretBox secrets,
            TokenRevoker revoker,
            ObjectProvider<ConnectionHooks> hooks) {
        this.connections = connections;
        this.accounts = accounts;
        this.providers = providers;
        this.secrets = secrets;
        this.revoker = revoker;
        this.hooks = hooks;
    }

    @Override
    public void onUserRemoved(User user) {
        connections.find(user.id()).ifPresent(c -> {
            var connector = providers.connector(c.provider());
            var env = accounts.findEnvironment(c.environmentId());
            // the connector's deregistration needs the tokens: before they are deleted (failures only logged)
            if (connector.isPresent() && env.isPresent())
                hooks.getObject().beforeDeauth(env.get(), user, connector.get());
            connections.delete(user.id());
            if (connector.isEmpty() || env.isEmpty()) return;
            String access = secrets.decrypt(c.accessTokenEnc());
            String refresh = secrets.decrypt(c.refreshTokenEnc());
            Runnable revoke =
                    () -> revoker.revokeLater(env.get(), connector.get().descriptor(), access, refresh);
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        revoke.run();
                    }
                });
            } else {
                revoke.run();
            }
        });
    }
}
