package io.tributary.server.account;

import io.tributary.model.TerraUser;
import io.tributary.model.event.AuthErrorEvent;
import io.tributary.model.event.AuthSuccessEvent;
import io.tributary.model.event.DeauthEvent;
import io.tributary.model.event.UserReauthEvent;
import io.tributary.server.outbox.EventWriter;
import io.tributary.server.shared.ApiException;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.storage.User;
import io.tributary.server.storage.UserStore;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * End users and the connected-user cap. A user starts {@code pending} (an auth flow is under way), becomes
 * {@code authenticated} when the flow completes (taking one of the environment's slots atomically) and
 * {@code deauthenticated} when it leaves (freeing the slot at once).
 */
@Service
public class UserService {
    private final UserStore users;
    private final EventWriter events;
    private final List<UserLifecycleListener> listeners;

    public UserService(UserStore users, EventWriter events, List<UserLifecycleListener> listeners) {
        this.users = users;
        this.events = events;
        this.listeners = listeners;
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
        events.append(env, u.id(), DeauthEvent.of(TerraUsers.of(u)));
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
        events.append(
                env,
                userId,
                io.tributary.model.event.PermissionChangeEvent.builder()
                        .type(io.tributary.model.event.PermissionChangeEvent.TYPE)
                        .user(TerraUsers.of(now))
                        .status("warning")
                        .message("User permissions have been modified")
                        .version("2022-03-16")
                        .scopesAdded(String.join(",", added))
                        .scopesRemoved(String.join(",", removed))
                        .build());
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

    /** The {@code auth} success event for a newly connected user, in the caller's transaction. */
    public void appendAuthSuccess(EnvironmentRecord env, User user, String referenceId, String widgetSessionId) {
        events.append(env, user.id(), AuthSuccessEvent.of(TerraUsers.of(user), referenceId, widgetSessionId));
    }

    /**
     * The {@code auth} failure event for a flow that failed or was cancelled ({@code user} is its provisional
     * user, deleted by the caller), in the caller's transaction.
     */
    public void appendAuthFailure(
            EnvironmentRecord env,
            User user,
            String provider,
            String reason,
            String referenceId,
            String widgetSessionId) {
        events.append(
                env,
                user.id(),
                AuthErrorEvent.classic(TerraUsers.of(user), provider, reason, referenceId, widgetSessionId));
    }

    /** The {@code user_reauth} event: the same provider account connected again; the old user was removed. */
    public void appendReauth(EnvironmentRecord env, User newUser, TerraUser oldUser) {
        events.append(env, newUser.id(), UserReauthEvent.of(TerraUsers.of(newUser), oldUser));
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
