package io.tributary.server.ingest;

import io.tributary.connectors.Connectors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The connector registry: every {@link io.tributary.connectors.Connector} on the class path (ServiceLoader). */
@Configuration(proxyBeanMethods = false)
public class ConnectorsConfig {
    @Bean
    @ConditionalOnMissingBean
    public Connectors connectors() {
        return Connectors.load();
    }
}
