package io.tributary.server.api;

import io.tributary.connectors.ConnectorDescriptor;
import io.tributary.server.connection.WidgetService;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Server-rendered HTML for the hosted widget, the auth result pages, credentials forms and the sandbox pages,
 * from the Thymeleaf templates in {@code templates/pages} (one frame, one content template per page): semantic
 * landmarks, labelled controls, visible focus, responsive layout, text from {@link PageMessages}. This class
 * prepares the values (colours, icon URLs, titles); the templates only place them.
 */
@Component
public class Pages {
    static final String DEFAULT_COLOR = "#2F5FD0";
    private static final String SANDBOX_COLOR = "#C98A1B";
    private static final String SANDBOX_ICON = "/v2/static/icons/sandbox.svg";
    private static final List<String> CONSENT_FIELDS = List.of(
            "response_type", "client_id", "redirect_uri", "scope", "state", "code_challenge", "code_challenge_method");

    private final ITemplateEngine templates;

    public Pages(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** The widget's brand (each part may be null: Tributary's own look). */
    record Brand(String name, String logoUrl, String color) {
        static final Brand NONE = new Brand(null, null, null);
        static final Brand SANDBOX = new Brand("Sandbox", SANDBOX_ICON, SANDBOX_COLOR);

        static Brand of(WidgetService.Branding b) {
            return b == null ? NONE : new Brand(b.displayName(), b.logoUrl(), b.primaryColor());
        }
    }

    /** One provider button of the widget; {@code userId} for a connection it lists ({@code show_disconnect}). */
    public record Tile(String provider, String name, String icon, String userId) {}

    /** One hidden field of the consent form. */
    public record Hidden(String name, String value) {}

    static ResponseEntity<String> respond(int status, String html) {
        return ResponseEntity.status(HttpStatus.valueOf(status))
                .contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header(
                        "Content-Security-Policy",
                        "default-src 'self'; img-src 'self' https: data:; style-src 'unsafe-inline'; frame-ancestors 'none'")
                .body(html);
    }

    String message(PageMessages m, Brand brand, String titleKey, String textKey, String arg) {
        Context c = new Context();
        c.setVariable("heading", m.get(titleKey, arg));
        c.setVariable("text", m.get(textKey, arg));
        return render("pages/message", m, m.get(titleKey, arg), brand, c);
    }

    String widget(
            PageMessages m,
            String sessionId,
            Brand brand,
            List<ConnectorDescriptor> providers,
            List<WidgetService.Connected> connected) {
        Context c = new Context();
        c.setVariable("who", brand.name() == null ? "this app" : brand.name());
        c.setVariable("sessionId", sessionId);
        List<Tile> tiles = new ArrayList<>();
        for (ConnectorDescriptor d : providers) tiles.add(new Tile(d.provider(), d.name(), iconUrl(d.icon()), null));
        c.setVariable("providers", tiles);
        List<Tile> current = new ArrayList<>();
        for (WidgetService.Connected x : connected)
            current.add(new Tile(
                    x.provider(),
                    x.name(),
                    x.icon() == null ? null : iconUrl(x.icon()),
                    x.userId().toString()));
        c.setVariable("connected", current);
        return render("pages/widget", m, m.get("widget.title"), brand, c);
    }

    String credentials(
            PageMessages m,
            String provider,
            String providerName,
            String state,
            List<ConnectorDescriptor.CredentialField> fields,
            boolean missing) {
        Context c = new Context();
        c.setVariable("providerName", providerName);
        c.setVariable("action", "/v2/auth/credentials/" + provider.toLowerCase(Locale.ROOT));
        c.setVariable("state", state);
        c.setVariable("fields", fields);
        c.setVariable("missing", missing);
        return render("pages/credentials", m, m.get("credentials.title", providerName), Brand.NONE, c);
    }

    String consent(PageMessages m, Map<String, String> params, String account, String error) {
        Context c = new Context();
        c.setVariable("error", error);
        c.setVariable("clientId", params.get("client_id"));
        String scope = params.get("scope");
        c.setVariable("scopes", scope == null || scope.isBlank() ? List.of() : List.of(scope.split("[\\s,]+")));
        List<Hidden> hidden = new ArrayList<>();
        for (String k : CONSENT_FIELDS) if (params.get(k) != null) hidden.add(new Hidden(k, params.get(k)));
        c.setVariable("hidden", hidden);
        c.setVariable("account", account);
        // the error page shows no logo, as it always has
        Brand brand = error != null ? new Brand("Sandbox", null, SANDBOX_COLOR) : Brand.SANDBOX;
        return render("pages/consent", m, m.get("consent.title"), brand, c);
    }

    String sandboxAccount(PageMessages m, Integer revoked) {
        Context c = new Context();
        c.setVariable("revoked", revoked == null ? null : String.valueOf(revoked));
        return render("pages/sandbox-account", m, m.get("sandbox.account.title"), Brand.SANDBOX, c);
    }

    /** The page frame around {@code content}: header with brand, main landmark, footer. */
    private String render(String content, PageMessages m, String title, Brand brand, Context c) {
        String color = color(brand.color());
        c.setVariable("m", m);
        c.setVariable("content", content);
        c.setVariable("title", brand.name() == null ? title : title + " – " + brand.name());
        c.setVariable("color", color);
        c.setVariable("onColor", onColor(color));
        c.setVariable("logo", brand.logoUrl() == null || brand.logoUrl().isBlank() ? null : brand.logoUrl());
        c.setVariable("logoAlt", brand.name() == null ? "Logo" : brand.name() + " logo");
        c.setVariable("brand", brand.name() == null ? "Tributary" : brand.name());
        return templates.process("pages/frame", c);
    }

    static String color(String c) {
        return c != null && c.matches("#[0-9A-Fa-f]{6}") ? c : DEFAULT_COLOR;
    }

    /** Black or white, whichever reads better on {@code hex}. */
    static String onColor(String hex) {
        int r = Integer.parseInt(hex.substring(1, 3), 16),
                g = Integer.parseInt(hex.substring(3, 5), 16),
                b = Integer.parseInt(hex.substring(5, 7), 16);
        double lum = 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
        return (1.05 / (lum + 0.05)) >= ((lum + 0.05) / 0.05) ? "#FFFFFF" : "#111111";
    }

    private static double lin(int c) {
        double s = c / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }

    static String iconUrl(String icon) {
        if (icon != null
                && icon.matches("[a-z0-9_.-]+")
                && new ClassPathResource("static/v2/static/icons/" + icon).exists()) return "/v2/static/icons/" + icon;
        return "/v2/static/icons/generic.svg";
    }
}
