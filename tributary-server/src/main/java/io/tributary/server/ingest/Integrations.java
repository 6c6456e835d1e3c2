package io.tributary.server.ingest;

import io.tributary.connectors.AuthKind;
import io.tributary.connectors.ConnectorDescriptor;
import io.tributary.connectors.Connectors;
import io.tributary.model.DataType;
import io.tributary.server.connection.ProviderSettings;
import io.tributary.server.shared.EnvironmentRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * {@code GET /v2/integrations} and {@code /v2/integrations/detailed} from the connector descriptors; with an
 * environment, only the providers it offers ({@link ProviderSettings#enabled}).
 */
@Service
public class Integrations {
    private static final List<DataType> LISTED = List.of(
            DataType.ACTIVITY,
            DataType.BODY,
            DataType.NUTRITION,
            DataType.DAILY,
            DataType.SLEEP,
            DataType.MENSTRUATION);

    private final Connectors connectors;
    private final ProviderSettings providers;

    public Integrations(Connectors connectors, ProviderSettings providers) {
        this.connectors = connectors;
        this.providers = providers;
    }

    private List<ConnectorDescriptor> all() {
        return connectors.all().stream().map(c -> c.descriptor()).toList();
    }

    public List<ConnectorDescriptor> enabled(EnvironmentRecord env) {
        return providers.enabled(env);
    }

    /** {@code {"status":"success","providers":[…],"sdk_providers":[…]}} (decision 9). */
    public Map<String, Object> summary(EnvironmentRecord envOrNull) {
        List<ConnectorDescriptor> list = envOrNull == null ? all() : enabled(envOrNull);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", "success");
        out.put(
                "providers",
                list.stream()
                        .filter(d -> d.authKind() != AuthKind.SDK)
                        .map(ConnectorDescriptor::provider)
                        .toList());
        out.put(
                "sdk_providers",
                list.stream()
                        .filter(d -> d.authKind() == AuthKind.SDK)
                        .map(ConnectorDescriptor::provider)
                        .toList());
        return out;
    }

    /**
     * {@code {"status":"success","providers":[{provider,name,icon,setup,enabled,types:{…}}]}}: without an
     * environment every provider (enabled tells whether it works without developer credentials), with one only its
     * enabled providers. SDK sources are listed only with {@code sdk=true}.
     *
     * @param iconUrl turns an icon file name into an absolute URL
     */
    public Map<String, Object> detailed(EnvironmentRecord envOrNull, boolean sdk, Function<String, String> iconUrl) {
        List<ConnectorDescriptor> list = envOrNull == null ? all() : enabled(envOrNull);
        Set<String> enabledNames =
                list.stream().map(ConnectorDescriptor::provider).collect(Collectors.toSet());
        List<Map<String, Object>> providers = new ArrayList<>();
        for (ConnectorDescriptor d : list) {
            if (d.authKind() == AuthKind.SDK && !sdk) continue;
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("provider", d.provider());
            p.put("name", d.name());
            p.put("icon", d.icon() == null ? null : iconUrl.apply(d.icon()));
            p.put("setup", d.setup());
            p.put(
                    "enabled",
                    envOrNull != null ? enabledNames.contains(d.provider()) : !d.requiresDeveloperCredentials());
            Map<String, Object> types = new LinkedHashMap<>();
            for (DataType t : LISTED) types.put(t.wireName(), d.provides(t));
            p.put("types", types);
            providers.add(p);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", "success");
        out.put("providers", providers);
        return out;
    }
}
