package io.tributary.server.support;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.tributary.connectors.Connector;
import io.tributary.connectors.Connectors;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One WireMock server that stands in for every real provider in the integration tests' shared application context:
 * each URL a connector declares with a real host ({@code https://…}) is overridden through its {@code
 * TRIBUTARY_<PROVIDER>_<KEY>} setting to {@code http://127.0.0.1:<port>/<provider lower-case>/<key>} with {@code key}
 * {@code authorize}, {@code token}, {@code revoke} or {@code api} ({@code <KEY>} without {@code _URL}, lower-case).
 * A provider's end-to-end test stubs its own paths under its prefix ({@link #base(String)}) and removes only its own
 * stubs, so tests of different providers never disturb each other.
 */
public final class ProviderStandIn {
    private static WireMockServer server;

    private ProviderStandIn() {}

    /** The server, started on first use (it lives as long as the test JVM, like the shared context). */
    public static synchronized WireMockServer server() {
        if (server == null) {
            server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
            server.start();
        }
        return server;
    }

    /** {@code http://127.0.0.1:<port>/<provider lower-case>}. */
    public static String base(String provider) {
        return "http://127.0.0.1:" + server().port() + "/" + provider.toLowerCase(Locale.ROOT);
    }

    /** The {@code TRIBUTARY_<PROVIDER>_<KEY>} settings pointing every real provider URL at the stand-in. */
    static Map<String, String> settings() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Connector c : Connectors.load().all()) {
            var d = c.descriptor();
            d.urls().forEach((key, url) -> {
                if (url != null && url.startsWith("https://"))
                    out.put(
                            d.envVar(key),
                            base(d.provider()) + "/" + key.replace("_URL", "").toLowerCase(Locale.ROOT));
            });
        }
        return out;
    }
}
