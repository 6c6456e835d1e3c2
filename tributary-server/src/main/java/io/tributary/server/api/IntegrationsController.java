package io.tributary.server.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.server.account.PublicEndpoint;
import io.tributary.server.account.RequestEnvironment;
import io.tributary.server.ingest.Integrations;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.shared.PublicUrls;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
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

    /** The current spec's {@code sdk_providers} (the classic one called it {@code sdk_resource}). */
    public record IntegrationsResponse(
            String status,
            List<String> providers,
            @JsonProperty("sdk_providers") List<String> sdkProviders) {}

    public record DetailedIntegrationsResponse(String status, List<Integrations.Detailed> providers) {}

    @GetMapping("/integrations")
    public IntegrationsResponse integrations(HttpServletRequest req) {
        Integrations.Summary s = integrations.summary(environment(req));
        return new IntegrationsResponse("success", s.providers(), s.sdkProviders());
    }

    @GetMapping("/integrations/detailed")
    public DetailedIntegrationsResponse detailed(
            HttpServletRequest req, @RequestParam(name = "sdk", required = false) String sdk) {
        boolean withSdk = Params.bool("sdk", sdk, false);
        return new DetailedIntegrationsResponse(
                "success",
                integrations.detailed(
                        environment(req),
                        withSdk,
                        icon -> icon.startsWith("http") ? icon : urls.url("/v2/static/icons/" + icon)));
    }

    private static EnvironmentRecord environment(HttpServletRequest req) {
        return RequestEnvironment.optional(req).orElse(null);
    }
}
