package io.tributary.server.account;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
public class WebConfig implements WebMvcConfigurer {
    private final ApiKeyInterceptor apiKeys;
    private final EnvironmentArgumentResolver envResolver;

    public WebConfig(ApiKeyInterceptor apiKeys, EnvironmentArgumentResolver envResolver) {
        this.apiKeys = apiKeys;
        this.envResolver = envResolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(apiKeys).addPathPatterns("/v2/**");
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(envResolver);
    }
}
