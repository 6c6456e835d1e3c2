package io.tributary.server.api;

import io.tributary.server.account.TerraUsers;
import io.tributary.server.account.UserService;
import io.tributary.server.shared.ApiException;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.storage.User;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** User management (api.md §2.3) and deauthentication. */
@RestController
@RequestMapping("/v2")
public class UsersController {
    private static final int MAX_PER_PAGE = 10_000;
    private final UserService users;

    public UsersController(UserService users) {
        this.users = users;
    }

    @GetMapping("/userInfo")
    public Object userInfo(
            EnvironmentRecord env,
            @RequestParam(name = "user_id", required = false) String userId,
            @RequestParam(name = "reference_id", required = false) String referenceId) {
        if (userId != null && !userId.isBlank()) {
            User u = users.get(env, Params.userId(userId));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("user", TerraUsers.json(u));
            body.put("status", "success");
            body.put("is_authenticated", u.authenticated());
            return body;
        }
        if (referenceId != null && !referenceId.isBlank())
            return users.byReference(env, referenceId).stream()
                    .map(TerraUsers::json)
                    .toList();
        throw ApiException.badRequest("pass either 'user_id' or 'reference_id'");
    }

    @PostMapping("/bulkUserInfo")
    public List<Map<String, Object>> bulkUserInfo(EnvironmentRecord env, @RequestBody(required = false) JsonNode body) {
        if (body == null || !body.isArray())
            throw ApiException.badRequest("body must be a JSON array of user_id strings");
        List<UUID> ids = new ArrayList<>();
        for (JsonNode n : body) {
            if (!n.isString()) throw ApiException.badRequest("body must be a JSON array of user_id strings");
            try {
                ids.add(UUID.fromString(n.asString()));
            } catch (IllegalArgumentException e) {
                // not a UUID: cannot match any user; left out like any unknown id
            }
        }
        return users.byIds(env, ids).stream().map(TerraUsers::json).toList();
    }

    @GetMapping("/subscriptions")
    public Map<String, Object> subscriptions(
            EnvironmentRecord env,
            @RequestParam(name = "page", required = false) String page,
            @RequestParam(name = "per_page", required = false) String perPage) {
        if (page == null || page.isBlank()) {
            return Map.of(
                    "users",
                    users.authenticated(env, 0, -1).stream()
                            .map(TerraUsers::json)
                            .toList());
        }
        int p = Params.nonNegativeInt("page", page, 0, Integer.MAX_VALUE / MAX_PER_PAGE);
        int size = Params.nonNegativeInt("per_page", perPage, 500, MAX_PER_PAGE);
        if (size == 0) throw ApiException.badRequest("parameter 'per_page' must be at least 1");
        int total = users.countAuthenticated(env);
        int maxPage = total == 0 ? 0 : (total - 1) / size;
        List<Map<String, Object>> results = users.authenticated(env, p * size, size).stream()
                .map(TerraUsers::json)
                .toList();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("next", p < maxPage ? p + 1 : null);
        data.put("max_page", maxPage);
        data.put("results", results);
        return Map.of("data", data);
    }

    @PatchMapping("/users/{userId}")
    public Map<String, Object> patchUser(
            EnvironmentRecord env, @PathVariable String userId, @RequestBody(required = false) JsonNode body) {
        if (body == null || !body.isObject())
            throw ApiException.badRequest(
                    "body must be a JSON object {\"reference_id\"?: string, \"active\"?: boolean}");
        boolean setReference = body.has("reference_id");
        String reference = null;
        if (setReference) {
            JsonNode r = body.get("reference_id");
            if (!r.isNull() && !r.isString()) throw ApiException.badRequest("'reference_id' must be a string or null");
            reference = r.isNull() ? null : r.asString();
        }
        Boolean active = null;
        if (body.has("active")) {
            JsonNode a = body.get("active");
            if (!a.isBoolean()) throw ApiException.badRequest("'active' must be true or false");
            active = a.asBoolean();
        }
        UUID id;
        try {
            id = UUID.fromString(userId);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("user not found: '" + userId + "' is not a known user_id");
        }
        if (users.find(env, id).isEmpty())
            throw ApiException.badRequest("user not found: no user '" + userId + "' in this environment");
        User u = users.patch(env, id, setReference, reference, active);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("user", TerraUsers.json(u));
        out.put("status", "success");
        return out;
    }

    @DeleteMapping("/auth/deauthenticateUser")
    public Map<String, Object> deauthenticate(
            EnvironmentRecord env, @RequestParam(name = "user_id", required = false) String userId) {
        users.deauthenticate(env, Params.userId(userId));
        return Map.of("status", "success");
    }
}
