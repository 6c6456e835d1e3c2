package io.tributary.server.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import io.tributary.server.account.TerraUserView;
import java.util.List;

/** The bodies of the user-management endpoints (api.md §2.3). */
final class UsersResponses {
    private UsersResponses() {}

    /** {@code GET /userInfo}: an object for {@code user_id}, a bare array for {@code reference_id}. */
    sealed interface UserInfoReply {}

    record UserInfoResponse(
            TerraUserView user,
            String status,
            @JsonProperty("is_authenticated") boolean isAuthenticated) implements UserInfoReply {}

    record UsersByReference(@JsonValue List<TerraUserView> users) implements UserInfoReply {}

    /** {@code GET /subscriptions}: every user without {@code page} (back-compat), one page with it. */
    sealed interface SubscriptionsReply {}

    record AllSubscriptions(List<TerraUserView> users) implements SubscriptionsReply {}

    record PagedSubscriptions(SubscriptionsPage data) implements SubscriptionsReply {}

    record SubscriptionsPage(
            Integer next, @JsonProperty("max_page") int maxPage, List<TerraUserView> results) {}

    record PatchUserResponse(TerraUserView user, String status) {}
}
