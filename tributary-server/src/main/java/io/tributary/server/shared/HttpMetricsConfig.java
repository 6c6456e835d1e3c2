package io.tributary.server.shared;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.server.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.observation.ServerRequestObservationConvention;
import org.springframework.web.filter.ServerHttpObservationFilter;

/** {@link HttpServerRequestsFilter} where Spring Boot would register its observation filter (same order, same dispatches). */
@Configuration(proxyBeanMethods = false)
public class HttpMetricsConfig {
    @Bean
    public FilterRegistrationBean<ServerHttpObservationFilter> httpServerRequestsFilter(
            MeterRegistry registry,
            ObjectProvider<ServerRequestObservationConvention> convention,
            @Value("${management.observations.http.server.requests.name:http.server.requests}") String name) {
        FilterRegistrationBean<ServerHttpObservationFilter> r =
                new FilterRegistrationBean<>(new HttpServerRequestsFilter(
                        registry,
                        convention.getIfAvailable(() -> new DefaultServerRequestObservationConvention(name))));
        r.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        r.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
        return r;
    }
}
