package io.tributary.server.ingest;

import io.tributary.connectors.ConnectorDescriptor;
import io.tributary.connectors.Connectors;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The connector registry: every {@link io.tributary.connectors.Connector} on the class path (ServiceLoader), with
 * the deployment's settings applied to each descriptor: {@code TRIBUTARY_<PROVIDER>_<KEY>} for every URL key the
 * descriptor declares ({@code AUTHORIZE_URL}, {@code TOKEN_URL}, {@code REVOKE_URL}, {@code API_URL}) and {@code
 * TRIBUTARY_<PROVIDER>_HISTORY_DAYS} (also as {@code tributary.<provider>.<key>} properties, e.g. {@code
 * tributary.garmin.api-url}). No provider is named here: the keys come from the descriptors.
 */
@Configuration(proxyBeanMethods = false)
public class ConnectorsConfig {
    private static final Logger log = LoggerFactory.getLogger(ConnectorsConfig.class);

    @Bean
    @ConditionalOnMissingBean
    public Connectors connectors(Environment env) {
        return configure(Connectors.load(), env);
    }

    /** {@code connectors} with the overrides {@code env} holds. */
    public static Connectors configure(Connectors connectors, Environment env) {
        return connectors.configured(d -> {
            Map<String, String> urls = new LinkedHashMap<>();
            for (String key : d.urls().keySet()) {
                String v = setting(env, d, key);
                if (v != null) {
                    urls.put(key, v);
                    log.info("{} {} overridden: {}", d.provider(), key, v);
                }
            }
            ConnectorDescriptor out = d.withUrls(urls);
            String days = setting(env, d, "HISTORY_DAYS");
            if (days != null) {
                try {
                    out = out.withHistoryDays(Integer.parseInt(days.trim()));
                } catch (NumberFormatException e) {
                    throw new IllegalStateException(d.envVar("HISTORY_DAYS") + " must be a number of days: " + days);
                }
            }
            return out;
        });
    }

    /** {@code TRIBUTARY_<PROVIDER>_<KEY>}, else {@code tributary.<provider>.<key-with-dashes>}; null if unset. */
    static String setting(Environment env, ConnectorDescriptor d, String key) {
        String v = env.getProperty(d.envVar(key));
        if (v == null || v.isBlank())
            v = env.getProperty("tributary." + d.provider().toLowerCase(Locale.ROOT) + "."
                    + key.toLowerCase(Locale.ROOT).replace('_', '-'));
        return v == null || v.isBlank() ? null : v.trim();
    }
}
