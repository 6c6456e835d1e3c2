package io.tributary.server.account;

import io.tributary.server.shared.ApiException;
import io.tributary.server.shared.EnvironmentRecord;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Lets a controller take {@link EnvironmentRecord} as a parameter: the environment of this request. */
@Component
public class EnvironmentArgumentResolver implements HandlerMethodArgumentResolver {
    @Override
    public boolean supportsParameter(MethodParameter p) {
        return p.getParameterType() == EnvironmentRecord.class;
    }

    @Override
    public Object resolveArgument(
            MethodParameter p, ModelAndViewContainer mav, NativeWebRequest web, WebDataBinderFactory binders) {
        HttpServletRequest req = web.getNativeRequest(HttpServletRequest.class);
        EnvironmentRecord env =
                req == null ? null : RequestEnvironment.optional(req).orElse(null);
        if (env == null && !p.isOptional()) throw ApiException.unauthorized("dev-id or x-api-key headers are missing");
        return env;
    }
}
