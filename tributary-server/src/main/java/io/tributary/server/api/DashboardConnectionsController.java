package io.tributary.server.api;

import io.tributary.server.connection.ProviderKeyView;
import io.tributary.server.connection.ProviderSettings;
import io.tributary.server.connection.ProviderView;
import io.tributary.server.connection.WidgetService;
import io.tributary.server.connection.WidgetSettingsView;
import io.tributary.server.shared.EnvironmentRecord;
import java.util.List;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Per-environment connection settings: which providers are offered and with whose OAuth client ("bring your
 * own keys"), and the widget's branding, default providers and redirects. Secrets are stored encrypted and
 * shown masked.
 */
@RestController
@RequestMapping("/v2/dashboard")
public class DashboardConnectionsController {
    private static final String SUCCESS = "success";
    private final ProviderSettings providers;
    private final WidgetService widgets;

    public DashboardConnectionsController(ProviderSettings providers, WidgetService widgets) {
        this.providers = providers;
        this.widgets = widgets;
    }

    public record ProvidersResponse(String status, List<ProviderView> providers) {}

    public record ProviderResponse(String status, ProviderView provider) {}

    public record ProviderRemovedResponse(String status, boolean removed, ProviderView provider) {}

    public record ProviderKeysResponse(String status, List<ProviderKeyView> keys) {}

    public record ProviderKeyResponse(String status, ProviderKeyView key) {}

    public record WidgetSettingsResponse(String status, WidgetSettingsView widget) {}

    @GetMapping("/providers")
    public ProvidersResponse listProviders(EnvironmentRecord env) {
        return new ProvidersResponse(SUCCESS, providers.describeAll(env));
    }

    @GetMapping("/providers/{provider}")
    public ProviderResponse getProvider(EnvironmentRecord env, @PathVariable("provider") String provider) {
        return new ProviderResponse(SUCCESS, providers.describe(env, provider));
    }

    @PostMapping("/providers")
    public ProviderResponse postProvider(EnvironmentRecord env, @FromWire ProviderSettingsRequest r) {
        return updateProvider(env, null, r);
    }

    @PatchMapping({"/providers", "/providers/{provider}"})
    public ProviderResponse patchProvider(
            EnvironmentRecord env,
            @PathVariable(name = "provider", required = false) String provider,
            @FromWire ProviderSettingsRequest r) {
        return updateProvider(env, provider, r);
    }

    @DeleteMapping({"/providers", "/providers/{provider}"})
    public ProviderRemovedResponse deleteProvider(
            EnvironmentRecord env,
            @PathVariable(name = "provider", required = false) String path,
            @RequestParam(name = "provider", required = false) String query) {
        String provider = path != null ? path : query;
        boolean removed = providers.reset(env, provider);
        return new ProviderRemovedResponse(SUCCESS, removed, providers.describe(env, provider));
    }

    @GetMapping("/providerKeys")
    public ProviderKeysResponse keys(EnvironmentRecord env) {
        return new ProviderKeysResponse(SUCCESS, providers.keys(env));
    }

    @PatchMapping("/providerKeys")
    public ProviderKeyResponse patchKeys(EnvironmentRecord env, @FromWire ProviderSettingsRequest r) {
        String provider = providers.require(r.resourceOrProvider()).descriptor().provider();
        providers.update(env, provider, null, r.clientId(), r.clientSecret(), r.redirectUrl(), null);
        return new ProviderKeyResponse(SUCCESS, providers.key(env, provider));
    }

    @GetMapping("/settings/widget")
    public WidgetSettingsResponse widgetSettings(EnvironmentRecord env) {
        return new WidgetSettingsResponse(SUCCESS, widgets.widgetSettings(env));
    }

    @PatchMapping("/settings/widget")
    public WidgetSettingsResponse patchWidgetSettings(EnvironmentRecord env, @FromWire WidgetSettingsRequest r) {
        return new WidgetSettingsResponse(SUCCESS, widgets.updateWidgetSettings(env, r.patch()));
    }

    private ProviderResponse updateProvider(EnvironmentRecord env, String pathProvider, ProviderSettingsRequest r) {
        String provider = pathProvider != null ? pathProvider : r.providerOrResource();
        return new ProviderResponse(
                SUCCESS,
                providers.update(
                        env, provider, r.enabled(), r.clientId(), r.clientSecret(), r.redirectUrl(), r.scopesText()));
    }
}
