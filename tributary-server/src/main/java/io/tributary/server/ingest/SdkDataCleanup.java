package io.tributary.server.ingest;

import io.tributary.server.account.UserLifecycleListener;
import io.tributary.server.storage.SdkStore;
import io.tributary.server.storage.User;
import org.springframework.stereotype.Component;

/** A removed user's SDK connection (its secret stops working) and stored raw records go with it. */
@Component
public class SdkDataCleanup implements UserLifecycleListener {
    private final SdkStore store;

    public SdkDataCleanup(SdkStore store) {
        this.store = store;
    }

    @Override
    public void onUserRemoved(User user) {
        store.deleteUser(user.id());
    }
}
