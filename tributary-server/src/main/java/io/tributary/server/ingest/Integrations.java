package io.tributary.server.ingest;

import io.tributary.connectors.AuthKind;
import io.tributary.connectors.ConnectorDescriptor;
import io.tributary.connectors.Connectors;
import io.tributary.model.DataType;
import io.tributary.server.connection.ProviderSettings;
import io.tributary.server.shared.EnvironmentRecord;
import java.util.ArrayList;
import java.util.List;
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

    /** The web providers and the mobile-SDK sources, by name. */
    public record Summary(List<String> providers, List<String> sdkProviders) {}

    /** One provider of {@code /v2/integrations/detailed}. */
    public record Detailed(String provider, String name, String icon, String setup, boolean enabled, Types types) {}

    /** Which of the listed data types a provider offers, in Terra's order. */
    public record Types(
            boolean activity, boolean body, boolean nutrition, boolean daily, boolean sleep, boolean menstruation) {
        static Types of(ConnectorDescriptor d) {
            return new Types(
                    d.provides(DataType.ACTIVITY),
                    d.provides(DataType.BODY),
                    d.provides(DataType.NUTRITION),
                    d.provides(DataType.DAILY),
                    d.provides(DataType.SLEEP),
                    d.provides(DataType.MENSTRUATION));
        }
    }

    /** The providers of {@code GET /v2/integrations} (the envelope is the controller's). */
    public Summary summary(EnvironmentRecord envOrNull) {
        List<ConnectorDescriptor> list = envOrNull == null ? all() : enabled(envOrNull);
        return new Summary(
                list.stream()
                        .filter(d -> d.authKind() != AuthKind.SDK)
                        .map(ConnectorDescriptor::provider)
                        .toList(),
                list.stream()
                        .filter(d -> d.authKind() == AuthKind.SDK)
                        .map(ConnectorDescriptor::provider)
                        .toList());
    }

    /**
     * The providers of {@code /v2/integrations/detailed}: without an environment every provider (enabled tells
     * whether it works without developer credentials), with one only its enabled providers. SDK sources are listed
     * only with {@code sdk=true}.
     *
     * @param iconUrl turns an icon file name into an absolute URL
     */
    public List<Detailed> detailed(EnvironmentRecord envOrNull, boolean sdk, Function<String, String> iconUrl) {
        List<ConnectorDescriptor> list = envOrNull == null ? all() : enabled(envOrNull);
        Set<String> enabledNames =
                list.stream().map(ConnectorDescriptor::provider).collect(Collectors.toSet());
        List<Detailed> providers = new ArrayList<>();
        for (ConnectorDescriptor d : list) {
            if (d.authKind() == AuthKind.SDK && !sdk) continue;
            providers.add(new Detailed(
                    d.provider(),
                    d.name(),
                    d.icon() == null ? null : iconUrl.apply(d.icon()),
                    d.setup(),
                    envOrNull != null ? enabledNames.contains(d.provider()) : !d.requiresDeveloperCredentials(),
                    Types.of(d)));
        }
        return providers;
    }
}
