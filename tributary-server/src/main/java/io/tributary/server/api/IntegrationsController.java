package io.tributary.server.api;

import io.tributary.server.account.PublicEndpoint;
import io.tributary.server.account.RequestEnvironment;
import io.tributary.server.ingest.Integrations;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.shared.PublicUrls;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /v2/integrations} and {@code /v2/integrations/detailed} (api.md §2.4): public. */
@RestController
@RequestMapping("/v2")
@PublicEndpoint
public class IntegrationsController {
    private final Integrations integrations;
    private final PublicUrls urls;

    public IntegrationsController(Integrations integrations, PublicUrls urls) {
        this.integrations = integrations;
        this.urls = urls;
    }

    @GetMapping("/integrations")
    public Map<String, Object> integrations(HttpServletRequest req) {
        return integrations.summary(environment(req));
    }

    @GetMapping("/integrations/detailed")
    public Map<String, Object> detailed(
            HttpServletRequest req, @RequestParam(name = "sdk", required = false) String sdk) {
        boolean withSdk = Params.bool("sdk", sdk, false);
        return integrations.detailed(
                environment(req),
                withSdk,
                icon -> icon.startsWith("http") ? icon : urls.url("/v2/static/icons/" + icon));
    }

    private static EnvironmentRecord environment(HttpServletRequest req) {
        return RequestEnvironment.optional(req).orElse(null);
    }
}
