package io.tributary.server.account;

import io.tributary.server.shared.EnvironmentRecord;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** Where the authenticated environment of the current request is kept. */
public final class RequestEnvironment {
    static final String ATTRIBUTE = RequestEnvironment.class.getName();

    private RequestEnvironment() {}

    public static Optional<EnvironmentRecord> optional(HttpServletRequest req) {
        return Optional.ofNullable((EnvironmentRecord) req.getAttribute(ATTRIBUTE));
    }

    static void set(HttpServletRequest req, EnvironmentRecord env) {
        req.setAttribute(ATTRIBUTE, env);
    }
}
