package io.tributary.server.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.server.account.AccountService;
import io.tributary.server.account.ApiKeyView;
import io.tributary.server.shared.EnvironmentRecord;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

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

    public record ApiKeysResponse(String status, String environment, List<ApiKeyView> keys) {}

    /** The key's listing fields, then the full key (this once). */
    public record NewApiKeyResponse(
            String id,
            String prefix,
            String label,
            @JsonProperty("created_at") String createdAt,
            @JsonProperty("last_used_at") String lastUsedAt,
            @JsonProperty("revoked_at") String revokedAt,
            boolean active,
            @JsonProperty("api_key") String apiKey) {}

    public record SigningSecretResponse(
            String status, @JsonProperty("signing_secret") String signingSecret) {}

    @GetMapping("/apiKeys")
    public ApiKeysResponse listKeys(EnvironmentRecord env) {
        return new ApiKeysResponse("success", env.name(), accounts.listApiKeys(env.id()));
    }

    @PostMapping("/apiKeys")
    @ResponseStatus(HttpStatus.CREATED)
    public NewApiKeyResponse createKey(EnvironmentRecord env, @FromWire(FromWire.Source.BODY) CreateApiKeyRequest r) {
        AccountService.NewKey k = accounts.createApiKey(env.id(), r.label());
        ApiKeyView v = k.key();
        return new NewApiKeyResponse(
                v.id(), v.prefix(), v.label(), v.createdAt(), v.lastUsedAt(), v.revokedAt(), v.active(), k.apiKey());
    }

    @DeleteMapping("/apiKeys/{keyId}")
    public StatusResponse revokeKey(EnvironmentRecord env, @PathVariable String keyId) {
        accounts.revokeApiKey(env.id(), keyId);
        return StatusResponse.SUCCESS;
    }

    @PostMapping("/signingSecret/rotate")
    public SigningSecretResponse rotateSigningSecret(EnvironmentRecord env) {
        return new SigningSecretResponse("success", accounts.rotateSigningSecret(env.id()));
    }
}
