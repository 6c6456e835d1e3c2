package io.tributary.server.connection;

import io.tributary.connectors.Connectors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class ConnectionConfig {
    /** Every connector on the class path (ServiceLoader), by provider name. */
    @Bean
    @ConditionalOnMissingBean
    public Connectors connectors() {
        return Connectors.load();
    }
}
