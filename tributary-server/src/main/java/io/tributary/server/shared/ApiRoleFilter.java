package io.tributary.server.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On a node without the {@code api} role ({@link NodeRoles}) only {@code /actuator/**} (health probes, metrics) is
 * served; every other request answers 503 problem+json with {@code Retry-After}, so a load balancer that sent it
 * here by mistake retries elsewhere and nothing half-happens.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiRoleFilter extends OncePerRequestFilter {
    private final boolean api;
    private final boolean streaming;

    public ApiRoleFilter(NodeRoles roles) {
        this.api = roles.has(NodeRoles.Role.API);
        this.streaming = roles.has(NodeRoles.Role.STREAMING);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (api) return true;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // a streaming node serves the Streaming API's socket and its token endpoints (docs/streaming.md)
        if (streaming && (path.equals("/connect") || path.equals("/auth/developer") || path.equals("/auth/user")))
            return true;
        return path.equals("/actuator") || path.startsWith("/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws ServletException, IOException {
        res.setHeader("Retry-After", "1");
        Problems.write(
                res,
                HttpStatus.SERVICE_UNAVAILABLE,
                Problems.instance(req),
                "this node runs without the api role (TRIBUTARY_ROLES); send API requests to an api node");
    }
}
