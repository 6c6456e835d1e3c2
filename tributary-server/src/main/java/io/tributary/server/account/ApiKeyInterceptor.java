package io.tributary.server.account;

import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.shared.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Developer authentication for every {@code /v2} route (docs/decisions.md#2): {@code dev-id} and {@code
 * x-api-key} headers (names case-insensitive, as the servlet API already treats them). A key of another
 * environment or developer gets the same 401 as a wrong key and reveals nothing.
 */
@Component
public class ApiKeyInterceptor implements HandlerInterceptor {
    private final AccountService accounts;

    public ApiKeyInterceptor(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public boolean preHandle(HttpServletRequest req, HttpServletResponse res, Object handler) throws Exception {
        if (!(handler instanceof HandlerMethod hm)) return true; // unknown path: 404 problem follows
        String devId = req.getHeader("dev-id");
        String key = req.getHeader("x-api-key");
        if (isPublic(hm)) {
            if (devId != null && !devId.isBlank())
                accounts.environmentByDevId(devId).ifPresent(env -> RequestEnvironment.set(req, env));
            return true;
        }
        if (devId == null || devId.isBlank() || key == null || key.isBlank()) {
            Problems.write(
                    res, HttpStatus.UNAUTHORIZED, Problems.instance(req), "dev-id or x-api-key headers are missing");
            return false;
        }
        Optional<EnvironmentRecord> env = accounts.authenticate(devId, key);
        if (env.isEmpty()) {
            Problems.write(
                    res,
                    HttpStatus.UNAUTHORIZED,
                    Problems.instance(req),
                    "invalid dev-id or x-api-key: the pair does not match an active API key of that environment");
            return false;
        }
        RequestEnvironment.set(req, env.get());
        return true;
    }

    private static boolean isPublic(HandlerMethod hm) {
        return hm.hasMethodAnnotation(PublicEndpoint.class)
                || hm.getBeanType().isAnnotationPresent(PublicEndpoint.class);
    }
}
