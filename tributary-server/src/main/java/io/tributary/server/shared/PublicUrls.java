package io.tributary.server.shared;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Every URL we hand out (widget, OAuth callback, payload links) starts here: {@code TRIBUTARY_PUBLIC_URL}
 * when set, otherwise the current request's scheme/host/port, honouring {@code X-Forwarded-*} (see
 * server.forward-headers-strategy) so the server works on any port and behind a proxy.
 */
@Component
public class PublicUrls {
    private final String configured;

    public PublicUrls(TributaryProperties props) {
        String p = props.publicUrl();
        this.configured = p == null || p.isBlank() ? null : stripSlash(p.trim());
    }

    /** Base URL without a trailing slash, e.g. {@code https://tributary.example.com}. */
    public String base() {
        if (configured != null) return configured;
        return stripSlash(
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
    }

    /** Base URL when no request is in scope (background jobs); null when unknown. */
    public String configuredBase() {
        return configured;
    }

    public String url(String path) {
        return base() + (path.startsWith("/") ? path : "/" + path);
    }

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
