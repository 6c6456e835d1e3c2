package io.tributary.server.api;

import io.tributary.server.account.PublicEndpoint;
import io.tributary.server.account.UserLimitReachedException;
import io.tributary.server.connection.AuthEngine;
import io.tributary.server.connection.ProviderSettings;
import io.tributary.server.connection.WidgetService;
import io.tributary.server.shared.ApiException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Browser-facing pages of the connection flow (no API key: the end user's browser calls these): the hosted
 * widget, provider callbacks, credentials forms, and the default success/failure pages.
 */
@Controller
@PublicEndpoint
public class WidgetController {
    private static final Logger log = LoggerFactory.getLogger(WidgetController.class);
    private final WidgetService widgets;
    private final AuthEngine engine;
    private final ProviderSettings providers;
    private final Pages pages;

    public WidgetController(WidgetService widgets, AuthEngine engine, ProviderSettings providers, Pages pages) {
        this.pages = pages;
        this.widgets = widgets;
        this.engine = engine;
        this.providers = providers;
    }

    @GetMapping("/v2/widget/session/{id}")
    public ResponseEntity<String> widget(@PathVariable("id") String id) {
        WidgetService.View v = widgets.view(id);
        if (!"ok".equals(v.state())) return stateError(v);
        WidgetService.Branding s = v.branding();
        PageMessages m = new PageMessages(v.language());
        return Pages.respond(
                200, pages.widget(m, v.sessionId().toString(), Pages.Brand.of(s), v.providers(), v.connected()));
    }

    /** {@code show_disconnect}: removes one of the end user's listed connections, then shows the widget again. */
    @PostMapping("/v2/widget/session/{id}/disconnect")
    public ResponseEntity<String> disconnect(
            @PathVariable("id") String id, @RequestParam(name = "user_id", required = false) String userId) {
        WidgetService.View v = widgets.view(id);
        if (!"ok".equals(v.state())) return stateError(v);
        try {
            widgets.disconnect(v, userId);
        } catch (ApiException e) {
            return page(400, new PageMessages(v.language()), v.branding(), "error.disconnect");
        }
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .location(URI.create("/v2/widget/session/" + v.sessionId() + "?disconnected=1"))
                .build();
    }

    @PostMapping("/v2/widget/session/{id}")
    public ResponseEntity<String> choose(
            @PathVariable("id") String id, @RequestParam(name = "provider", required = false) String provider) {
        WidgetService.View v = widgets.view(id);
        if (!"ok".equals(v.state())) return stateError(v);
        PageMessages m = new PageMessages(v.language());
        WidgetService.Branding s = v.branding();
        try {
            String url = widgets.choose(v, provider == null ? "" : provider);
            return ResponseEntity.status(HttpStatus.SEE_OTHER)
                    .location(URI.create(url))
                    .build();
        } catch (UserLimitReachedException e) {
            return page(403, m, s, "error.user_limit");
        } catch (ApiException e) {
            if (e.status() == HttpStatus.GONE) return page(410, m, s, "error.used");
            log.info("widget session {}: provider {} cannot start: {}", id, provider, e.detail());
            return page(400, m, s, "error.unavailable");
        }
    }

    @PassThrough(
            "a provider's OAuth callback carries the parameters that provider defines (code, state, oauth_verifier, error …)")
    @RequestMapping(
            path = "/v2/auth/callback/{provider}",
            method = {RequestMethod.GET, RequestMethod.POST})
    public ResponseEntity<String> callback(
            @PathVariable("provider") String provider, @RequestParam Map<String, String> params) {
        try {
            return render(engine.callback(provider, params));
        } catch (ApiException e) {
            return page(e.status().value() == 404 ? 404 : 400, new PageMessages(null), null, "error.invalid_state");
        } catch (RuntimeException e) {
            log.error("auth callback for {} failed", provider, e);
            return page(500, new PageMessages(null), null, "error.generic");
        }
    }

    @GetMapping("/v2/auth/credentials/{provider}")
    public ResponseEntity<String> credentialsForm(
            @PathVariable("provider") String provider, @RequestParam(name = "state", required = false) String state) {
        var flow = widgets.credentialsFlow(provider, state);
        PageMessages m = new PageMessages(flow.map(f -> f.language()).orElse(null));
        if (flow.isEmpty()) return page(400, m, null, "error.state_used");
        var d = providers.require(provider).descriptor();
        return Pages.respond(200, pages.credentials(m, d.provider(), d.name(), state, d.credentialFields(), false));
    }

    @PassThrough("the credentials form has the fields the connector's descriptor declares")
    @PostMapping("/v2/auth/credentials/{provider}")
    public ResponseEntity<String> credentialsSubmit(
            @PathVariable("provider") String provider, @RequestParam Map<String, String> form) {
        String state = form.get("state");
        boolean cancel = form.containsKey("cancel");
        var flow = widgets.credentialsFlow(provider, state);
        PageMessages m = new PageMessages(flow.map(f -> f.language()).orElse(null));
        try {
            Optional<AuthEngine.Outcome> o = engine.submitCredentials(provider, state, form, cancel);
            if (o.isPresent()) return render(o.get());
            var d = providers.require(provider).descriptor();
            return Pages.respond(400, pages.credentials(m, d.provider(), d.name(), state, d.credentialFields(), true));
        } catch (ApiException e) {
            return page(400, m, null, "error.invalid_state");
        }
    }

    @GetMapping("/v2/auth/success")
    public ResponseEntity<String> success(
            @RequestParam(name = "resource", required = false) String resource,
            @RequestParam(name = "lang", required = false) String lang) {
        String name = resource == null
                ? "data source"
                : providers.connector(resource).map(c -> c.descriptor().name()).orElse(resource);
        PageMessages m = new PageMessages(lang);
        return Pages.respond(200, pages.message(m, Pages.Brand.NONE, "success.title", "success.text", name));
    }

    @GetMapping("/v2/auth/failure")
    public ResponseEntity<String> failure(@RequestParam(name = "lang", required = false) String lang) {
        PageMessages m = new PageMessages(lang);
        return Pages.respond(200, pages.message(m, Pages.Brand.NONE, "failure.title", "failure.text", null));
    }

    private ResponseEntity<String> render(AuthEngine.Outcome o) {
        if (o instanceof AuthEngine.Outcome.Redirect r)
            return ResponseEntity.status(HttpStatus.FOUND)
                    .location(URI.create(r.url()))
                    .build();
        AuthEngine.Outcome.Page p = (AuthEngine.Outcome.Page) o;
        return page(p.status(), new PageMessages(p.language()), null, "error." + p.key());
    }

    private ResponseEntity<String> stateError(WidgetService.View v) {
        PageMessages m = new PageMessages(v.language());
        return switch (v.state()) {
            case "expired" -> page(410, m, v.branding(), "error.expired");
            case "used" -> page(410, m, v.branding(), "error.used");
            default -> page(404, m, null, "error.not_found");
        };
    }

    private ResponseEntity<String> page(int status, PageMessages m, WidgetService.Branding s, String key) {
        return Pages.respond(status, pages.message(m, Pages.Brand.of(s), key + ".title", key + ".text", null));
    }
}
