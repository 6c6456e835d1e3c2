package io.tributary.server.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * End users. Every query takes the environment id: a user of another environment is simply not found.
 * Deauthenticated users are kept for history but are invisible to every lookup here.
 */
@Repository
public class UserStore {
    /** Deauthenticated users are kept for history but found by no lookup. */
    static final String VISIBLE = " state <> 'deauthenticated' ";

    private final JdbcClient jdbc;

    public UserStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(User u) {
        jdbc.sql("INSERT INTO users (id, environment_id, provider, reference_id, scopes, active, state,"
                        + " provider_user_id, authenticated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, CASE WHEN ? = 'authenticated' THEN now() END)")
                .params(
                        u.id(),
                        u.environmentId(),
                        u.provider(),
                        u.referenceId(),
                        u.scopes(),
                        u.active(),
                        u.state(),
                        u.providerUserId(),
                        u.state())
                .update();
    }

    public Optional<User> find(UUID environmentId, UUID userId) {
        return jdbc.sql("SELECT * FROM users WHERE environment_id = ? AND id = ? AND" + VISIBLE)
                .params(environmentId, userId)
                .query(UserStore::map)
                .optional();
    }

    /** Locks the row for a state change in the current transaction. */
    public Optional<User> findForUpdate(UUID environmentId, UUID userId) {
        return jdbc.sql("SELECT * FROM users WHERE environment_id = ? AND id = ? AND" + VISIBLE + "FOR UPDATE")
                .params(environmentId, userId)
                .query(UserStore::map)
                .optional();
    }

    public List<User> findByReference(UUID environmentId, String referenceId) {
        return jdbc.sql("SELECT * FROM users WHERE environment_id = ? AND reference_id = ? AND"
                        + VISIBLE
                        + "ORDER BY created_at, id")
                .params(environmentId, referenceId)
                .query(UserStore::map)
                .list();
    }

    public List<User> findAll(UUID environmentId, Collection<UUID> ids) {
        if (ids.isEmpty()) return List.of();
        return jdbc.sql("SELECT * FROM users WHERE environment_id = :env AND id IN (:ids) AND"
                        + VISIBLE
                        + "ORDER BY created_at, id")
                .param("env", environmentId)
                .param("ids", ids)
                .query(UserStore::map)
                .list();
    }

    public Optional<User> findByProviderAccount(UUID environmentId, String provider, String providerUserId) {
        return jdbc.sql("SELECT * FROM users WHERE environment_id = ? AND provider = ? AND provider_user_id = ?"
                        + " AND state = 'authenticated' ORDER BY created_at LIMIT 1")
                .params(environmentId, provider, providerUserId)
                .query(UserStore::map)
                .optional();
    }

    /** Every authenticated user of a provider account, in any environment (a push names only the account). */
    public List<User> findAllByProviderAccount(String provider, String providerUserId) {
        return jdbc.sql("SELECT * FROM users WHERE provider = ? AND provider_user_id = ? AND state = 'authenticated'"
                        + " ORDER BY created_at")
                .params(provider, providerUserId)
                .query(UserStore::map)
                .list();
    }

    /** Authenticated users, oldest first; {@code limit < 0} means all. */
    public List<User> listAuthenticated(UUID environmentId, int offset, int limit) {
        String sql = "SELECT * FROM users WHERE environment_id = ? AND state = 'authenticated'"
                + " ORDER BY created_at, id OFFSET ?"
                + (limit >= 0 ? " LIMIT " + limit : "");
        return jdbc.sql(sql).params(environmentId, offset).query(UserStore::map).list();
    }

    public int countAuthenticated(UUID environmentId) {
        return jdbc.sql("SELECT count(*) FROM users WHERE environment_id = ? AND state = 'authenticated'")
                .param(environmentId)
                .query(Integer.class)
                .single();
    }

    /**
     * Takes one of the environment's connected-user slots, atomically: the row update serialises concurrent
     * completions, and the CHECK constraint backs it up. False when the cap is reached.
     */
    public boolean reserveSlot(UUID environmentId) {
        return jdbc.sql("UPDATE environments SET authenticated_users = authenticated_users + 1"
                                + " WHERE id = ? AND (user_cap IS NULL OR authenticated_users < user_cap)")
                        .param(environmentId)
                        .update()
                == 1;
    }

    public void releaseSlot(UUID environmentId) {
        jdbc.sql("UPDATE environments SET authenticated_users = authenticated_users - 1"
                        + " WHERE id = ? AND authenticated_users > 0")
                .param(environmentId)
                .update();
    }

    /** Whether a new flow may start: false when the environment's cap is already used up. */
    public boolean hasFreeSlot(UUID environmentId) {
        return jdbc.sql("SELECT user_cap IS NULL OR authenticated_users < user_cap FROM environments WHERE id = ?")
                .param(environmentId)
                .query(Boolean.class)
                .single();
    }

    public void markAuthenticated(UUID userId, String scopes, String providerUserId) {
        jdbc.sql("UPDATE users SET state = 'authenticated', authenticated_at = now(), updated_at = now(),"
                        + " scopes = COALESCE(?, scopes), provider_user_id = COALESCE(?, provider_user_id)"
                        + " WHERE id = ?")
                .params(scopes, providerUserId, userId)
                .update();
    }

    public void markDeauthenticated(UUID userId) {
        jdbc.sql("UPDATE users SET state = 'deauthenticated', active = false, updated_at = now() WHERE id = ?")
                .param(userId)
                .update();
    }

    public void delete(UUID environmentId, UUID userId) {
        jdbc.sql("DELETE FROM users WHERE environment_id = ? AND id = ?")
                .params(environmentId, userId)
                .update();
    }

    public void update(UUID userId, String referenceId, boolean active) {
        jdbc.sql("UPDATE users SET reference_id = ?, active = ?, updated_at = now() WHERE id = ?")
                .params(referenceId, active, userId)
                .update();
    }

    public void updateScopes(UUID userId, String scopes) {
        jdbc.sql("UPDATE users SET scopes = ?, updated_at = now() WHERE id = ?")
                .params(scopes, userId)
                .update();
    }

    public void touchWebhookUpdate(UUID userId) {
        jdbc.sql("UPDATE users SET last_webhook_update = now() WHERE id = ?")
                .param(userId)
                .update();
    }

    static User map(ResultSet rs, int n) throws SQLException {
        return new User(
                rs.getObject("id", UUID.class),
                rs.getObject("environment_id", UUID.class),
                rs.getString("provider"),
                rs.getString("reference_id"),
                rs.getString("scopes"),
                rs.getBoolean("active"),
                rs.getString("state"),
                rs.getString("provider_user_id"),
                AccountStore.instant(rs.getObject("created_at", OffsetDateTime.class)),
                AccountStore.instant(rs.getObject("last_webhook_update", OffsetDateTime.class)));
    }
}
