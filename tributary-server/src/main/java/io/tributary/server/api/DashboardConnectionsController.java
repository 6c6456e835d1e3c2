package io.tributary.server.api;

import io.tributary.server.connection.ProviderSettings;
import io.tributary.server.connection.WidgetService;
import io.tributary.server.shared.ApiException;
import io.tributary.server.shared.EnvironmentRecord;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * Per-environment connection settings: which providers are offered and with whose OAuth client ("bring your
 * own keys"), and the widget's branding, default providers and redirects. Secrets are stored encrypted and
 * shown masked.
 */
@RestController
@RequestMapping("/v2/dashboard")
public class DashboardConnectionsController {
    private final ProviderSettings providers;
    private final WidgetService widgets;
    private final JsonMapper json;

    public DashboardConnectionsController(ProviderSettings providers, WidgetService widgets, JsonMapper json) {
        this.providers = providers;
        this.widgets = widgets;
        this.json = json;
    }

    @GetMapping("/providers")
    public Map<String, Object> listProviders(EnvironmentRecord env) {
        return Map.of("status", "success", "providers", providers.describeAll(env));
    }

    @GetMapping("/providers/{provider}")
    public Map<String, Object> getProvider(EnvironmentRecord env, @PathVariable("provider") String provider) {
        return Map.of(
                "status",
                "success",
                "provider",
                providers.describe(env, providers.require(provider).descriptor()));
    }

    @PostMapping("/providers")
    public Map<String, Object> postProvider(
            EnvironmentRecord env, @RequestBody(required = false) String body, HttpServletRequest request) {
        return updateProvider(env, null, body, request);
    }

    @PatchMapping({"/providers", "/providers/{provider}"})
    public Map<String, Object> patchProvider(
            EnvironmentRecord env,
            @PathVariable(name = "provider", required = false) String provider,
            @RequestBody(required = false) String body,
            HttpServletRequest request) {
        return updateProvider(env, provider, body, request);
    }

    @DeleteMapping({"/providers", "/providers/{provider}"})
    public Map<String, Object> deleteProvider(
            EnvironmentRecord env,
            @PathVariable(name = "provider", required = false) String path,
            @RequestParam(name = "provider", required = false) String query) {
        String provider = path != null ? path : query;
        boolean removed = providers.reset(env, provider);
        return Map.of(
                "status",
                "success",
                "removed",
                removed,
                "provider",
                providers.describe(env, providers.require(provider).descriptor()));
    }

    @GetMapping("/providerKeys")
    public Map<String, Object> keys(EnvironmentRecord env) {
        return Map.of("status", "success", "keys", providers.keys(env));
    }

    @PatchMapping("/providerKeys")
    public Map<String, Object> patchKeys(
            EnvironmentRecord env, @RequestBody(required = false) String body, HttpServletRequest request) {
        RequestInputs in = RequestInputs.of(json, body, request);
        String resource = in.string("resource");
        if (resource == null) resource = in.string("provider");
        var d = providers.require(resource).descriptor();
        providers.update(
                env,
                d.provider(),
                null,
                in.string("client_id"),
                in.string("client_secret"),
                in.string("redirect_url"),
                null);
        return Map.of("status", "success", "key", providers.keyJson(providers.config(env, d.provider())));
    }

    @GetMapping("/settings/widget")
    public Map<String, Object> widgetSettings(EnvironmentRecord env) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", "success");
        out.put("widget", widgets.widgetSettings(env));
        return out;
    }

    @PatchMapping("/settings/widget")
    public Map<String, Object> patchWidgetSettings(EnvironmentRecord env, @RequestBody(required = false) String body) {
        if (body == null || body.isBlank())
            throw ApiException.badRequest("send a JSON object with the fields to change");
        JsonNode node;
        try {
            node = json.readTree(body);
        } catch (RuntimeException e) {
            throw ApiException.badRequest("the request body is not valid JSON");
        }
        if (!node.isObject()) throw ApiException.badRequest("the request body must be a JSON object");
        Map<String, Optional<Object>> patch = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            JsonNode v = e.getValue();
            Object value;
            if (v.isNull()) value = null;
            else if (v.isArray()) {
                java.util.List<Object> l = new java.util.ArrayList<>();
                for (JsonNode x : v) l.add(x.isValueNode() ? x.asString() : x.toString());
                value = l;
            } else if (v.isString()) value = v.asString();
            else value = v.toString();
            patch.put(e.getKey(), Optional.ofNullable(value));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", "success");
        out.put("widget", widgets.updateWidgetSettings(env, patch));
        return out;
    }

    private Map<String, Object> updateProvider(
            EnvironmentRecord env, String pathProvider, String body, HttpServletRequest request) {
        RequestInputs in = RequestInputs.of(json, body, request);
        String provider = pathProvider != null ? pathProvider : in.string("provider");
        if (provider == null) provider = in.string("resource");
        Boolean enabled = in.string("enabled") == null ? null : in.bool("enabled", true);
        String scopes = null;
        if (in.list("scopes").size() > 0) scopes = String.join(" ", in.list("scopes"));
        Map<String, Object> d = providers.update(
                env,
                provider,
                enabled,
                in.string("client_id"),
                in.string("client_secret"),
                in.string("redirect_url"),
                scopes);
        return Map.of("status", "success", "provider", d);
    }
}
