package io.tributary.server.api;

import io.tributary.server.account.TerraUserView;
import io.tributary.server.account.UserViews;
import io.tributary.server.api.UsersResponses.AllSubscriptions;
import io.tributary.server.api.UsersResponses.PagedSubscriptions;
import io.tributary.server.api.UsersResponses.PatchUserResponse;
import io.tributary.server.api.UsersResponses.SubscriptionsPage;
import io.tributary.server.api.UsersResponses.SubscriptionsReply;
import io.tributary.server.api.UsersResponses.UserInfoReply;
import io.tributary.server.api.UsersResponses.UserInfoResponse;
import io.tributary.server.api.UsersResponses.UsersByReference;
import io.tributary.server.shared.ApiException;
import io.tributary.server.shared.EnvironmentRecord;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** User management (api.md §2.3) and deauthentication. */
@RestController
@RequestMapping("/v2")
public class UsersController {
    private static final int MAX_PER_PAGE = 10_000;
    private final UserViews users;

    public UsersController(UserViews users) {
        this.users = users;
    }

    @GetMapping("/userInfo")
    public UserInfoReply userInfo(
            EnvironmentRecord env,
            @RequestParam(name = "user_id", required = false) String userId,
            @RequestParam(name = "reference_id", required = false) String referenceId) {
        if (userId != null && !userId.isBlank()) {
            UserViews.UserInfo u = users.info(env, Params.userId(userId));
            return new UserInfoResponse(u.user(), "success", u.authenticated());
        }
        if (referenceId != null && !referenceId.isBlank())
            return new UsersByReference(users.byReference(env, referenceId));
        throw ApiException.badRequest("pass either 'user_id' or 'reference_id'");
    }

    @PostMapping("/bulkUserInfo")
    public List<TerraUserView> bulkUserInfo(
            EnvironmentRecord env, @FromWire(FromWire.Source.BODY) BulkUserInfoRequest r) {
        return users.byIds(env, r.userIds());
    }

    @GetMapping("/subscriptions")
    public SubscriptionsReply subscriptions(
            EnvironmentRecord env,
            @RequestParam(name = "page", required = false) String page,
            @RequestParam(name = "per_page", required = false) String perPage) {
        if (page == null || page.isBlank()) return new AllSubscriptions(users.authenticated(env));
        int p = Params.nonNegativeInt("page", page, 0, Integer.MAX_VALUE / MAX_PER_PAGE);
        int size = Params.nonNegativeInt("per_page", perPage, 500, MAX_PER_PAGE);
        if (size == 0) throw ApiException.badRequest("parameter 'per_page' must be at least 1");
        UserViews.Page found = users.authenticated(env, p * size, size);
        int maxPage = found.total() == 0 ? 0 : (found.total() - 1) / size;
        return new PagedSubscriptions(new SubscriptionsPage(p < maxPage ? p + 1 : null, maxPage, found.users()));
    }

    @PatchMapping("/users/{userId}")
    public PatchUserResponse patchUser(
            EnvironmentRecord env, @PathVariable String userId, @FromWire(FromWire.Source.BODY) PatchUserRequest r) {
        UUID id;
        try {
            id = UUID.fromString(userId);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("user not found: '" + userId + "' is not a known user_id");
        }
        return new PatchUserResponse(
                users.patch(env, id, userId, r.setReference(), r.referenceId(), r.active()), "success");
    }

    @DeleteMapping("/auth/deauthenticateUser")
    public StatusResponse deauthenticate(
            EnvironmentRecord env, @RequestParam(name = "user_id", required = false) String userId) {
        users.deauthenticate(env, Params.userId(userId));
        return StatusResponse.SUCCESS;
    }
}
