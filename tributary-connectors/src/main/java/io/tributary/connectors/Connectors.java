package io.tributary.connectors;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.UnaryOperator;

/** The registry of every connector on the class path, by provider name (case-insensitive). */
public final class Connectors {
    private final Map<String, Connector> byProvider;

    public Connectors(List<Connector> connectors) {
        Map<String, Connector> m = new LinkedHashMap<>();
        for (Connector c : connectors) {
            String key = c.descriptor().provider().toUpperCase(Locale.ROOT);
            if (m.putIfAbsent(key, c) != null) throw new IllegalStateException("two connectors for " + key);
        }
        this.byProvider = Collections.unmodifiableMap(m);
    }

    public static Connectors load() {
        return new Connectors(ServiceLoader.load(Connector.class).stream()
                .map(ServiceLoader.Provider::get)
                .toList());
    }

    /**
     * The same connectors with {@code configure} applied to each descriptor (the deployment's URL overrides and
     * history days); what the server registers.
     */
    public Connectors configured(UnaryOperator<ConnectorDescriptor> configure) {
        List<Connector> out = new java.util.ArrayList<>();
        for (Connector c : byProvider.values()) {
            Connector own = c instanceof ConfiguredConnector cc ? cc.delegate() : c;
            // unchanged descriptors stay the connector's own (some compute theirs on every call)
            ConnectorDescriptor base = own.descriptor();
            ConnectorDescriptor d = configure.apply(base);
            out.add(d == base ? own : new ConfiguredConnector(own, d));
        }
        return new Connectors(out);
    }

    public Optional<Connector> find(String provider) {
        return provider == null
                ? Optional.empty()
                : Optional.ofNullable(byProvider.get(provider.toUpperCase(Locale.ROOT)));
    }

    public List<Connector> all() {
        return List.copyOf(byProvider.values());
    }
}
