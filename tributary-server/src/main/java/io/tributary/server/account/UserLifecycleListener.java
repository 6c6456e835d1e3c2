package io.tributary.server.account;

import io.tributary.server.storage.User;

/**
 * Hooks for other modules when a user leaves: stored data is deleted (storage), tokens revoked
 * (connection). Called inside the deauthentication transaction, so a failure rolls the whole thing back.
 */
public interface UserLifecycleListener {
    void onUserRemoved(User user);
}
