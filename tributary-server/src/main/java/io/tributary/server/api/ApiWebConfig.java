package io.tributary.server.api;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers the one binder of request records ({@link FromWire}). */
@Configuration(proxyBeanMethods = false)
public class ApiWebConfig implements WebMvcConfigurer {
    private final WireInputResolver wireInputs;

    public ApiWebConfig(WireInputResolver wireInputs) {
        this.wireInputs = wireInputs;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(wireInputs);
    }
}
