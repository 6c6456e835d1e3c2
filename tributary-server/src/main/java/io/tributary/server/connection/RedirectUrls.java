package io.tributary.server.connection;

import io.tributary.server.shared.ApiException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/** Validation of developer-supplied redirect URLs: http(s) or an app deep link, never script URLs. */
public final class RedirectUrls {
    private static final Set<String> FORBIDDEN = Set.of("javascript", "data", "vbscript", "file", "blob");

    private RedirectUrls() {}

    public static String validate(String name, String url) {
        if (url == null || url.isBlank()) return null;
        String u = url.trim();
        try {
            URI uri = new URI(u);
            String scheme = uri.getScheme();
            if (scheme == null)
                throw ApiException.badRequest("'" + name + "' must be an absolute URL (https://… or an app deep link)");
            if (FORBIDDEN.contains(scheme.toLowerCase(Locale.ROOT)))
                throw ApiException.badRequest("'" + name + "' uses a scheme that is not allowed: " + scheme);
            if ((scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) && uri.getHost() == null)
                throw ApiException.badRequest("'" + name + "' has no host");
            return u;
        } catch (URISyntaxException e) {
            throw ApiException.badRequest("'" + name + "' is not a valid URL: " + e.getReason());
        }
    }
}
