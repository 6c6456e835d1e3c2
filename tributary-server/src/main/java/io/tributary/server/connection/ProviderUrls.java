package io.tributary.server.connection;

import io.tributary.server.shared.PublicUrls;
import java.util.Locale;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Resolves descriptor URLs: absolute URLs are used as they are; URLs starting with {@code /} (the sandbox's own
 * authorization server and API) are relative to Tributary's public URL — or, in background jobs without a
 * configured public URL, to this process on its local port.
 */
@Component
public class ProviderUrls {
    private final PublicUrls publicUrls;
    private final Environment environment;

    public ProviderUrls(PublicUrls publicUrls, Environment environment) {
        this.publicUrls = publicUrls;
        this.environment = environment;
    }

    /** For URLs the browser opens (authorize pages): the public URL. */
    public String forBrowser(String url) {
        if (url == null || !url.startsWith("/")) return url;
        return base() + url;
    }

    /**
     * For server-to-server calls (token, API): a relative URL is this very server, so prefer the local port when
     * no public URL is configured (works behind NAT and in background jobs).
     */
    public String forServer(String url) {
        if (url == null || !url.startsWith("/")) return url;
        String configured = publicUrls.configuredBase();
        if (configured != null) return configured + url;
        String port = environment.getProperty("local.server.port");
        if (port != null) return "http://127.0.0.1:" + port + url;
        return base() + url;
    }

    /** The callback URL for a provider: {@code <public>/v2/auth/callback/<provider lower-case>}. */
    public String callback(String provider) {
        return base() + "/v2/auth/callback/" + provider.toLowerCase(Locale.ROOT);
    }

    public String base() {
        String configured = publicUrls.configuredBase();
        if (configured != null) return configured;
        if (RequestContextHolder.getRequestAttributes() != null) return publicUrls.base();
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return "http://localhost:" + port;
    }
}
