package io.tributary.server.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Terra serves the same v2 surface under two bases: {@code https://api.tryterra.co/v2} (every SDK's default) and
 * {@code https://access.tryterra.co/api/v2} (the current OpenAPI {@code servers} entry). So that a client works
 * whichever base it was written for, {@code /api/v2/…} is forwarded to {@code /v2/…} inside the server.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class ApiPrefixAliasFilter extends OncePerRequestFilter {
    private static final String ALIAS = "/api/v2/";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + ALIAS);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws ServletException, IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length() + "/api".length());
        // The original query parameters stay visible to the forwarded request; adding them again would double them.
        req.getRequestDispatcher(path).forward(req, res);
    }
}
