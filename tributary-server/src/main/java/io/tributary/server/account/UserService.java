package io.tributary.server.account;

import io.tributary.server.shared.ApiException;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.shared.Ids;
import io.tributary.server.storage.OutboxStore;
import io.tributary.server.storage.User;
import io.tributary.server.storage.UserStore;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * End users and the connected-user cap. A user starts {@code pending} (an auth flow is under way), becomes
 * {@code authenticated} when the flow completes (taking one of the environment's slots atomically) and
 * {@code deauthenticated} when it leaves (freeing the slot at once).
 */
@Service
public class UserService {
    private final UserStore users;
    private final OutboxStore outbox;
    private final List<UserLifecycleListener> listeners;
    private final JsonMapper json;
    private final Clock clock;

    public UserService(
            UserStore users, OutboxStore outbox, List<UserLifecycleListener> listeners, JsonMapper json, Clock clock) {
        this.users = users;
        this.outbox = outbox;
        this.listeners = listeners;
        this.json = json;
        this.clock = clock;
    }

    /** Starting a flow (widget session, authenticateUser, generateAuthToken) needs a free slot: else 403. */
    public void ensureCanStartFlow(EnvironmentRecord env) {
        if (env.capped() && !users.hasFreeSlot(env.id()))
            throw new UserLimitReachedException(env.name(), env.userCap());
    }

    @Transactional
    public User createPending(EnvironmentRecord env, String provider, String referenceId) {
        User u = new User(
                UUID.randomUUID(), env.id(), provider, referenceId, null, true, User.PENDING, null, null, null);
        users.insert(u);
        return users.find(env.id(), u.id()).orElseThrow();
    }

    /**
     * Completes a flow: takes a slot and marks the user authenticated, atomically. Throws {@link
     * UserLimitReachedException} (and changes nothing) when the cap is reached.
     */
    @Transactional
    public User completeAuthentication(EnvironmentRecord env, UUID userId, String scopes, String providerUserId) {
        User u = users.findForUpdate(env.id(), userId).orElseThrow(() -> userNotFound(userId));
        if (u.authenticated()) return u;
        if (!users.reserveSlot(env.id())) throw new UserLimitReachedException(env.name(), env.userCap());
        users.markAuthenticated(userId, scopes, providerUserId);
        return users.find(env.id(), userId).orElseThrow();
    }

    /** A connected user in one step (uploads, mobile SDK, tests). */
    @Transactional
    public User createAuthenticated(
            EnvironmentRecord env, String provider, String referenceId, String scopes, String providerUserId) {
        User u = createPending(env, provider, referenceId);
        return completeAuthentication(env, u.id(), scopes, providerUserId);
    }

    /** A failed or cancelled flow: the provisional user disappears. */
    @Transactional
    public void deletePending(EnvironmentRecord env, UUID userId) {
        users.findForUpdate(env.id(), userId)
                .filter(u -> User.PENDING.equals(u.state()))
                .ifPresent(u -> {
                    listeners.forEach(l -> l.onUserRemoved(u));
                    users.delete(env.id(), userId);
                });
    }

    /** {@code DELETE /v2/auth/deauthenticateUser}: frees the slot, removes data, emits {@code deauth}. */
    @Transactional
    public void deauthenticate(EnvironmentRecord env, UUID userId) {
        User u = remove(env, userId);
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", "deauth");
        event.put("user", TerraUsers.json(u));
        event.put("status", "success");
        event.put("message", "User has deauthenticated");
        appendEvent(env, u.id(), "deauth", event);
    }

    /**
     * The provider says the user now grants {@code granted} (its own names): stores them as the user's scopes and
     * emits {@code permission_change} with what was added and removed (comma-separated, as Terra sends them);
     * nothing when they did not change.
     */
    @Transactional
    public void changeScopes(EnvironmentRecord env, UUID userId, java.util.List<String> granted) {
        User u = users.findForUpdate(env.id(), userId).orElseThrow(() -> userNotFound(userId));
        java.util.Set<String> before = new java.util.LinkedHashSet<>();
        if (u.scopes() != null) for (String s : u.scopes().split("\\s*,\\s*")) if (!s.isBlank()) before.add(s);
        java.util.Set<String> after = new java.util.LinkedHashSet<>();
        for (String s : granted) if (s != null && !s.isBlank()) after.add(s.trim());
        java.util.List<String> added =
                after.stream().filter(s -> !before.contains(s)).toList();
        java.util.List<String> removed =
                before.stream().filter(s -> !after.contains(s)).toList();
        if (added.isEmpty() && removed.isEmpty()) return;
        users.updateScopes(userId, String.join(",", after));
        User now = users.find(env.id(), userId).orElseThrow();
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", "permission_change");
        event.put("user", TerraUsers.json(now));
        event.put("status", "warning");
        event.put("message", "User permissions have been modified");
        event.put("version", "2022-03-16");
        event.put("scopes_added", String.join(",", added));
        event.put("scopes_removed", String.join(",", removed));
        appendEvent(env, userId, "permission_change", event);
    }

    /**
     * Removes a user without a {@code deauth} event (the caller emits its own, e.g. {@code user_reauth}).
     * Returns the user as it was.
     */
    @Transactional
    public User remove(EnvironmentRecord env, UUID userId) {
        User u = users.findForUpdate(env.id(), userId).orElseThrow(() -> userNotFound(userId));
        if (u.authenticated()) users.releaseSlot(env.id());
        listeners.forEach(l -> l.onUserRemoved(u));
        users.markDeauthenticated(userId);
        return u;
    }

    /** The {@code auth} success event (decision 11) for a newly connected user, in the caller's transaction. */
    public void appendAuthSuccess(EnvironmentRecord env, User user, String referenceId, String widgetSessionId) {
        Map<String, Object> auth = new LinkedHashMap<>();
        auth.put("type", "auth");
        auth.put("status", "success");
        auth.put("user", TerraUsers.json(user));
        auth.put("reference_id", referenceId);
        auth.put("widget_session_id", widgetSessionId);
        auth.put("message", "User has successfully authenticated");
        appendEvent(env, user.id(), "auth", auth);
    }

    /** The {@code user_reauth} event: the same provider account connected again; the old user was removed. */
    public void appendReauth(EnvironmentRecord env, User newUser, Map<String, Object> oldUserJson) {
        Map<String, Object> reauth = new LinkedHashMap<>();
        reauth.put("type", "user_reauth");
        reauth.put("new_user", TerraUsers.json(newUser));
        reauth.put("old_user", oldUserJson);
        reauth.put("status", "warning");
        reauth.put("message", "User has reauthenticated and old ID has been deleted");
        appendEvent(env, newUser.id(), "user_reauth", reauth);
    }

    /** Appends an event to the outbox in the caller's transaction. Returns the event id. */
    public String appendEvent(EnvironmentRecord env, UUID userId, String type, Map<String, Object> payload) {
        return appendEvent(env, userId, type, UUID.randomUUID().toString(), payload);
    }

    public String appendEvent(
            EnvironmentRecord env, UUID userId, String type, String reference, Map<String, Object> payload) {
        String id = Ids.newId("evt", clock.millis());
        outbox.append(id, env.id(), userId, type, reference, json.writeValueAsString(payload), clock.instant());
        return id;
    }

    public Optional<User> find(EnvironmentRecord env, UUID userId) {
        return users.find(env.id(), userId);
    }

    public User get(EnvironmentRecord env, UUID userId) {
        return find(env, userId).orElseThrow(() -> userNotFound(userId));
    }

    public List<User> byReference(EnvironmentRecord env, String referenceId) {
        return users.findByReference(env.id(), referenceId);
    }

    public List<User> byIds(EnvironmentRecord env, List<UUID> ids) {
        return users.findAll(env.id(), ids);
    }

    public Optional<User> byProviderAccount(EnvironmentRecord env, String provider, String providerUserId) {
        return users.findByProviderAccount(env.id(), provider, providerUserId);
    }

    public List<User> authenticated(EnvironmentRecord env, int offset, int limit) {
        return users.listAuthenticated(env.id(), offset, limit);
    }

    public int countAuthenticated(EnvironmentRecord env) {
        return users.countAuthenticated(env.id());
    }

    @Transactional
    public User patch(EnvironmentRecord env, UUID userId, boolean setReference, String referenceId, Boolean active) {
        User u = users.findForUpdate(env.id(), userId).orElseThrow(() -> userNotFound(userId));
        users.update(userId, setReference ? referenceId : u.referenceId(), active != null ? active : u.active());
        return users.find(env.id(), userId).orElseThrow();
    }

    public static ApiException userNotFound(UUID userId) {
        return ApiException.notFound("user not found: no user '" + userId + "' in this environment");
    }
}
