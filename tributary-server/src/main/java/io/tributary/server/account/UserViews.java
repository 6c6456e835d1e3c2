package io.tributary.server.account;

import io.tributary.server.shared.ApiException;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.storage.User;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The user-management reads and edits of the REST API (api.md §2.3), answering with {@link TerraUserView}s so
 * the controllers never handle the stored {@link User}.
 */
@Service
public class UserViews {
    private final UserService users;

    public UserViews(UserService users) {
        this.users = users;
    }

    /** A user and whether it is authenticated ({@code GET /userInfo?user_id=}). */
    public record UserInfo(TerraUserView user, boolean authenticated) {}

    /** One page of authenticated users and the number of them in the environment. */
    public record Page(List<TerraUserView> users, int total) {}

    public UserInfo info(EnvironmentRecord env, UUID id) {
        User u = users.get(env, id);
        return new UserInfo(TerraUserView.of(u), u.authenticated());
    }

    public List<TerraUserView> byReference(EnvironmentRecord env, String referenceId) {
        return views(users.byReference(env, referenceId));
    }

    public List<TerraUserView> byIds(EnvironmentRecord env, List<UUID> ids) {
        return views(users.byIds(env, ids));
    }

    /** Every authenticated user. */
    public List<TerraUserView> authenticated(EnvironmentRecord env) {
        return views(users.authenticated(env, 0, -1));
    }

    public Page authenticated(EnvironmentRecord env, int offset, int limit) {
        int total = users.countAuthenticated(env);
        return new Page(views(users.authenticated(env, offset, limit)), total);
    }

    /**
     * {@code PATCH /users/{id}}: an unknown user is a 400 here (Terra's spec), not the usual 404.
     *
     * @param asSent the id as the client wrote it (for the error)
     * @param setReference whether {@code referenceId} was sent (null then clears it)
     */
    public TerraUserView patch(
            EnvironmentRecord env, UUID id, String asSent, boolean setReference, String referenceId, Boolean active) {
        if (users.find(env, id).isEmpty())
            throw ApiException.badRequest("user not found: no user '" + asSent + "' in this environment");
        return TerraUserView.of(users.patch(env, id, setReference, referenceId, active));
    }

    public void deauthenticate(EnvironmentRecord env, UUID id) {
        users.deauthenticate(env, id);
    }

    private static List<TerraUserView> views(List<User> list) {
        return list.stream().map(TerraUserView::of).toList();
    }
}
