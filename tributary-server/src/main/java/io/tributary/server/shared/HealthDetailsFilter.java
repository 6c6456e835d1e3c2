package io.tributary.server.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Principal;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code GET /actuator/health} shows only the status to anonymous callers (no disk figures, no data folder path)
 * and every component's details to a caller presenting {@code Authorization: Bearer <TRIBUTARY_ADMIN_TOKEN>}.
 *
 * <p>The actuator does this itself with {@code management.endpoint.health.show-details=when-authorized}: details
 * are shown when the request carries a user principal (no roles configured). There is no Spring Security here, so
 * this filter supplies that principal for the admin token and nothing else (Spring Boot reference, "Actuator /
 * Endpoints / Health Information": <a
 * href="https://docs.spring.io/spring-boot/reference/actuator/endpoints.html#actuator.endpoints.health">docs</a>).
 */
@Component
public class HealthDetailsFilter extends OncePerRequestFilter {
    private static final Principal ADMIN = () -> "tributary-admin";
    private final byte[] expected;

    public HealthDetailsFilter(TributaryProperties props) {
        this.expected =
                props.adminApiEnabled() ? ("Bearer " + props.adminToken()).getBytes(StandardCharsets.UTF_8) : null;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return expected == null || !request.getRequestURI().startsWith(request.getContextPath() + "/actuator/health");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws ServletException, IOException {
        String auth = req.getHeader("Authorization");
        boolean admin = auth != null && MessageDigest.isEqual(auth.trim().getBytes(StandardCharsets.UTF_8), expected);
        chain.doFilter(admin ? new AdminRequest(req) : req, res);
    }

    private static final class AdminRequest extends HttpServletRequestWrapper {
        AdminRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Principal getUserPrincipal() {
            return ADMIN;
        }
    }
}
