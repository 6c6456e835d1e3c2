package io.tributary.server.ingest;

import io.tributary.server.account.UserLifecycleListener;
import io.tributary.server.storage.DataStore;
import io.tributary.server.storage.User;
import org.springframework.stereotype.Component;

/** A user who leaves takes their stored data, pull bookkeeping and pending read jobs along. */
@Component
public class UserDataCleanup implements UserLifecycleListener {
    private final DataStore store;

    public UserDataCleanup(DataStore store) {
        this.store = store;
    }

    @Override
    public void onUserRemoved(User user) {
        store.deleteUser(user.environmentId(), user.id());
    }
}
