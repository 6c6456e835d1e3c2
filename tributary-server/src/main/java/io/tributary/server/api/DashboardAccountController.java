package io.tributary.server.api;

import io.tributary.server.account.AccountService;
import io.tributary.server.shared.ApiException;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.shared.Timestamps;
import io.tributary.server.storage.ApiKeyRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The environment's own credentials: API keys (listed by prefix only; the full key is shown once, at
 * creation) and the webhook signing secret (rotation keeps the previous one valid for the overlap window).
 */
@RestController
@RequestMapping("/v2/dashboard")
public class DashboardAccountController {
    private final AccountService accounts;

    public DashboardAccountController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/apiKeys")
    public Map<String, Object> listKeys(EnvironmentRecord env) {
        List<Map<String, Object>> keys = accounts.listApiKeys(env.id()).stream()
                .map(DashboardAccountController::key)
                .toList();
        return Map.of("status", "success", "environment", env.name(), "keys", keys);
    }

    @PostMapping("/apiKeys")
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, Object> createKey(EnvironmentRecord env, @RequestBody(required = false) JsonNode body) {
        String label = null;
        if (body != null && body.has("label")) {
            if (!body.get("label").isString()) throw ApiException.badRequest("'label' must be a string");
            label = body.get("label").asString();
        }
        AccountService.NewKey k = accounts.createApiKey(env.id(), label);
        Map<String, Object> out = key(k.record());
        out.put("api_key", k.apiKey());
        return out;
    }

    @DeleteMapping("/apiKeys/{keyId}")
    public Map<String, Object> revokeKey(EnvironmentRecord env, @PathVariable String keyId) {
        accounts.revokeApiKey(env.id(), keyId);
        return Map.of("status", "success");
    }

    @PostMapping("/signingSecret/rotate")
    public Map<String, Object> rotateSigningSecret(EnvironmentRecord env) {
        return Map.of("status", "success", "signing_secret", accounts.rotateSigningSecret(env.id()));
    }

    private static Map<String, Object> key(ApiKeyRecord k) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", k.id());
        m.put("prefix", k.prefix());
        m.put("label", k.label());
        m.put("created_at", Timestamps.iso(k.createdAt()));
        m.put("last_used_at", Timestamps.iso(k.lastUsedAt()));
        m.put("revoked_at", Timestamps.iso(k.revokedAt()));
        m.put("active", k.revokedAt() == null);
        return m;
    }
}
