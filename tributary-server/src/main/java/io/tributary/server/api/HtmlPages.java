package io.tributary.server.api;

import io.tributary.connectors.ConnectorDescriptor;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Server-rendered HTML for the hosted widget, the auth result pages, credentials forms and the sandbox consent
 * page: semantic landmarks, labelled controls, visible focus, responsive layout, translated through the {@code
 * i18n/widget} message bundle (English is the fallback; another language is one more properties file).
 */
final class HtmlPages {
    static final String DEFAULT_COLOR = "#2F5FD0";

    private HtmlPages() {}

    /** Text of the bundle for {@code language} ({@code en}, {@code de-CH} …), English when missing. */
    static final class Messages {
        final String lang;
        private final ResourceBundle bundle;
        private final ResourceBundle fallback;

        Messages(String language) {
            Locale locale = language == null || language.isBlank()
                    ? Locale.ENGLISH
                    : Locale.forLanguageTag(language.replace('_', '-'));
            ResourceBundle.Control noFallback =
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
            this.bundle = ResourceBundle.getBundle("i18n.widget", locale, noFallback);
            this.fallback = ResourceBundle.getBundle("i18n.widget", Locale.ROOT, noFallback);
            String l = bundle.getLocale().getLanguage();
            this.lang = l.isEmpty() ? "en" : l;
        }

        String get(String key, String arg) {
            String s;
            try {
                s = bundle.getString(key);
            } catch (MissingResourceException e) {
                s = fallback.containsKey(key) ? fallback.getString(key) : key;
            }
            return arg == null ? s : s.replace("{0}", arg);
        }

        String get(String key) {
            return get(key, null);
        }
    }

    static String esc(String s) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    static ResponseEntity<String> respond(int status, String html) {
        return ResponseEntity.status(HttpStatus.valueOf(status))
                .contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header(
                        "Content-Security-Policy",
                        "default-src 'self'; img-src 'self' https: data:; style-src 'unsafe-inline'; frame-ancestors 'none'")
                .body(html);
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

    /** The page frame: header with brand, main landmark, footer. */
    static String page(Messages m, String title, String brand, String logoUrl, String brandColor, String main) {
        String c = color(brandColor);
        String on = onColor(c);
        StringBuilder sb = new StringBuilder(4096);
        sb.append("<!DOCTYPE html>\n<html lang=\"")
                .append(esc(m.lang))
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"robots\" content=\"noindex\">\n")
                .append("<title>")
                .append(esc(title))
                .append(brand == null ? "" : " – " + esc(brand))
                .append("</title>\n")
                .append("<style>\n")
                .append(":root{--brand:")
                .append(c)
                .append(";--on-brand:")
                .append(on)
                .append(";}\n")
                .append(
                        "*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1a1a1a;background:#f5f6f8}\n")
                .append(
                        ".skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem 1rem;z-index:2}.skip:focus{left:.5rem}\n")
                .append(
                        "header{display:flex;align-items:center;gap:.75rem;padding:1rem 1.25rem;background:var(--brand);color:var(--on-brand)}\n")
                .append(
                        "header img{height:32px;width:auto;max-width:120px;border-radius:6px;background:#fff}header .brand{font-weight:600;font-size:1.1rem}\n")
                .append(
                        "main{max-width:32rem;margin:0 auto;padding:1.5rem 1.25rem 2rem}h1{font-size:1.4rem;margin:.25rem 0 .75rem}\n")
                .append("ul.providers{list-style:none;margin:1rem 0;padding:0;display:grid;gap:.75rem}\n")
                .append("button,.button{font:inherit;cursor:pointer;border-radius:10px}\n")
                .append(
                        "button.provider{display:flex;align-items:center;gap:1rem;width:100%;min-height:64px;padding:.75rem 1rem;background:#fff;border:1px solid #c9ced6;color:inherit;text-align:left}\n")
                .append(
                        "button.provider:hover{border-color:var(--brand)}button.provider img{width:40px;height:40px;flex:none}\n")
                .append("button.provider .name{font-weight:600;font-size:1.05rem}\n")
                .append(
                        "button.primary{background:var(--brand);color:var(--on-brand);border:0;padding:.75rem 1.5rem;min-height:48px}\n")
                .append(
                        "button.secondary{background:#fff;color:#1a1a1a;border:1px solid #8a919c;padding:.75rem 1.5rem;min-height:48px}\n")
                .append(".actions{display:flex;gap:.75rem;flex-wrap:wrap;margin-top:1.25rem}\n")
                .append(
                        "label{display:block;font-weight:600;margin:1rem 0 .25rem}input[type=text],input[type=password],input[type=email]{width:100%;font:inherit;padding:.65rem .75rem;border:1px solid #8a919c;border-radius:8px}\n")
                .append(":focus-visible{outline:3px solid #111;outline-offset:2px;box-shadow:0 0 0 5px #fff}\n")
                .append(
                        ".hint{color:#555;font-size:.9rem;margin:.25rem 0}.card{background:#fff;border:1px solid #dde1e7;border-radius:12px;padding:1.25rem}\n")
                .append(
                        "[role=alert]{border-left:4px solid #b3261e;background:#fdecea;padding:.75rem 1rem;border-radius:6px}\n")
                .append("footer{text-align:center;color:#555;font-size:.85rem;padding:1rem}\n")
                .append(
                        "@media (prefers-color-scheme: dark){body{background:#121417;color:#eee}button.provider,.card{background:#1d2126;border-color:#3a414b;color:#eee}.hint,footer{color:#aab}input{background:#1d2126;color:#eee}:focus-visible{outline-color:#fff;box-shadow:0 0 0 5px #000}}\n")
                .append("</style>\n</head>\n<body>\n")
                .append("<a class=\"skip\" href=\"#main\">")
                .append(esc(m.get("skip")))
                .append("</a>\n")
                .append("<header>");
        if (logoUrl != null && !logoUrl.isBlank())
            sb.append("<img src=\"")
                    .append(esc(logoUrl))
                    .append("\" alt=\"")
                    .append(esc(brand == null ? "Logo" : brand + " logo"))
                    .append("\">");
        sb.append("<span class=\"brand\">")
                .append(esc(brand == null ? "Tributary" : brand))
                .append("</span></header>\n")
                .append("<main id=\"main\" tabindex=\"-1\">\n")
                .append(main)
                .append("\n</main>\n")
                .append("<footer>")
                .append(esc(m.get("footer")))
                .append("</footer>\n</body>\n</html>\n");
        return sb.toString();
    }

    static String message(
            Messages m, String brand, String logo, String color, String titleKey, String textKey, String arg) {
        String title = m.get(titleKey, arg);
        String main = "<h1>" + esc(title) + "</h1>\n<p>" + esc(m.get(textKey, arg)) + "</p>";
        return page(m, title, brand, logo, color, main);
    }

    static String widget(
            Messages m,
            String sessionId,
            String brand,
            String logo,
            String color,
            List<ConnectorDescriptor> providers) {
        return widget(m, sessionId, brand, logo, color, providers, List.of());
    }

    static String widget(
            Messages m,
            String sessionId,
            String brand,
            String logo,
            String color,
            List<ConnectorDescriptor> providers,
            List<io.tributary.server.connection.WidgetService.Connected> connected) {
        String who = brand == null ? "this app" : brand;
        StringBuilder main = new StringBuilder();
        main.append("<h1 id=\"title\">")
                .append(esc(m.get("widget.title")))
                .append("</h1>\n")
                .append("<p>")
                .append(esc(m.get("widget.intro", who)))
                .append("</p>\n");
        if (!connected.isEmpty()) {
            // show_disconnect: the end user's current connections, each with its own Disconnect form
            main.append("<section aria-labelledby=\"connected-title\">\n<h2 id=\"connected-title\">")
                    .append(esc(m.get("widget.connected")))
                    .append("</h2>\n<ul class=\"providers connected\">\n");
            for (var c : connected) {
                main.append("<li><form method=\"post\" action=\"/v2/widget/session/")
                        .append(esc(sessionId))
                        .append("/disconnect\"><input type=\"hidden\" name=\"user_id\" value=\"")
                        .append(esc(c.userId().toString()))
                        .append("\"><button type=\"submit\" class=\"provider disconnect\" id=\"disconnect-")
                        .append(esc(c.provider()))
                        .append("\" aria-label=\"")
                        .append(esc(m.get("widget.disconnect", c.name())))
                        .append("\">");
                if (c.icon() != null)
                    main.append("<img src=\"")
                            .append(esc(iconUrl(c.icon())))
                            .append("\" alt=\"\" width=\"40\" height=\"40\">");
                main.append("<span class=\"name\">")
                        .append(esc(c.name()))
                        .append("</span><span class=\"action\">")
                        .append(esc(m.get("widget.disconnect.action")))
                        .append("</span></button></form></li>\n");
            }
            main.append("</ul>\n</section>\n");
        }
        if (providers.isEmpty()) {
            main.append("<p role=\"status\">")
                    .append(esc(m.get("widget.none", who)))
                    .append("</p>");
        } else {
            main.append("<form method=\"post\" action=\"/v2/widget/session/")
                    .append(esc(sessionId))
                    .append("\">\n")
                    .append("<ul class=\"providers\" aria-label=\"")
                    .append(esc(m.get("widget.list")))
                    .append("\">\n");
            for (ConnectorDescriptor d : providers) {
                main.append("<li><button type=\"submit\" class=\"provider\" name=\"provider\" value=\"")
                        .append(esc(d.provider()))
                        .append("\" id=\"provider-")
                        .append(esc(d.provider()))
                        .append("\" aria-label=\"")
                        .append(esc(m.get("widget.connect", d.name())))
                        .append("\">")
                        .append("<img src=\"")
                        .append(esc(iconUrl(d.icon())))
                        .append("\" alt=\"")
                        .append(esc(d.name()))
                        .append("\" width=\"40\" height=\"40\"><span class=\"name\">")
                        .append(esc(d.name()))
                        .append("</span></button></li>\n");
            }
            main.append("</ul>\n</form>\n");
        }
        main.append("<p class=\"hint\">")
                .append(esc(m.get("widget.privacy", who)))
                .append("</p>");
        return page(m, m.get("widget.title"), brand, logo, color, main.toString());
    }

    static String credentials(
            Messages m,
            String provider,
            String providerName,
            String state,
            List<ConnectorDescriptor.CredentialField> fields,
            boolean missing) {
        StringBuilder main = new StringBuilder();
        main.append("<h1>")
                .append(esc(m.get("credentials.title", providerName)))
                .append("</h1>\n<p>")
                .append(esc(m.get("credentials.intro", providerName)))
                .append("</p>\n");
        if (missing)
            main.append("<p role=\"alert\">")
                    .append(esc(m.get("credentials.missing")))
                    .append("</p>\n");
        main.append("<form method=\"post\" action=\"/v2/auth/credentials/")
                .append(esc(provider.toLowerCase(Locale.ROOT)))
                .append("\" class=\"card\">\n<input type=\"hidden\" name=\"state\" value=\"")
                .append(esc(state))
                .append("\">\n");
        for (ConnectorDescriptor.CredentialField f : fields) {
            String id = "field-" + f.name();
            main.append("<label for=\"")
                    .append(esc(id))
                    .append("\">")
                    .append(esc(f.label()))
                    .append("</label>")
                    .append("<input id=\"")
                    .append(esc(id))
                    .append("\" name=\"")
                    .append(esc(f.name()))
                    .append("\" type=\"")
                    .append(f.secret() ? "password" : "text")
                    .append("\" required autocomplete=\"")
                    .append(f.secret() ? "current-password" : "username")
                    .append("\">\n");
        }
        main.append("<div class=\"actions\"><button class=\"primary\" type=\"submit\">")
                .append(esc(m.get("credentials.submit")))
                .append(
                        "</button><button class=\"secondary\" type=\"submit\" name=\"cancel\" value=\"1\" formnovalidate>")
                .append(esc(m.get("credentials.cancel")))
                .append("</button></div>\n</form>");
        return page(m, m.get("credentials.title", providerName), null, null, null, main.toString());
    }

    static String consent(Messages m, Map<String, String> params, String account, String error) {
        StringBuilder main = new StringBuilder();
        main.append("<h1>").append(esc(m.get("consent.title"))).append("</h1>\n");
        if (error != null) {
            main.append("<p role=\"alert\">")
                    .append(esc(m.get("consent.invalid", error)))
                    .append("</p>");
            return page(m, m.get("consent.title"), "Sandbox", null, "#C98A1B", main.toString());
        }
        main.append("<p>")
                .append(esc(m.get("consent.intro", params.get("client_id"))))
                .append("</p>\n");
        String scope = params.get("scope");
        if (scope != null && !scope.isBlank()) {
            main.append("<p>").append(esc(m.get("consent.scopes"))).append("</p>\n<ul>");
            for (String s : scope.split("[\\s,]+"))
                main.append("<li>").append(esc(s)).append("</li>");
            main.append("</ul>\n");
        }
        main.append("<form method=\"post\" action=\"/sandbox/oauth/authorize\" class=\"card\">\n");
        for (String k : List.of(
                "response_type",
                "client_id",
                "redirect_uri",
                "scope",
                "state",
                "code_challenge",
                "code_challenge_method"))
            if (params.get(k) != null)
                main.append("<input type=\"hidden\" name=\"")
                        .append(k)
                        .append("\" value=\"")
                        .append(esc(params.get(k)))
                        .append("\">\n");
        main.append("<label for=\"account\">")
                .append(esc(m.get("consent.account")))
                .append("</label>")
                .append("<input id=\"account\" name=\"account\" type=\"text\" value=\"")
                .append(esc(account))
                .append("\" aria-describedby=\"account-hint\" autocomplete=\"off\">")
                .append("<p class=\"hint\" id=\"account-hint\">")
                .append(esc(m.get("consent.account.hint")))
                .append("</p>\n")
                .append(
                        "<div class=\"actions\"><button class=\"primary\" type=\"submit\" name=\"decision\" value=\"approve\" id=\"approve\">")
                .append(esc(m.get("consent.approve")))
                .append("</button>")
                .append("<button class=\"secondary\" type=\"submit\" name=\"decision\" value=\"deny\" id=\"deny\">")
                .append(esc(m.get("consent.deny")))
                .append("</button></div>\n</form>");
        return page(m, m.get("consent.title"), "Sandbox", "/v2/static/icons/sandbox.svg", "#C98A1B", main.toString());
    }

    static String sandboxAccount(Messages m, Integer revoked) {
        StringBuilder main = new StringBuilder();
        main.append("<h1>").append(esc(m.get("sandbox.account.title"))).append("</h1>\n");
        if (revoked != null)
            main.append("<p role=\"status\">")
                    .append(esc(m.get("sandbox.account.revoked", String.valueOf(revoked))))
                    .append("</p>\n");
        main.append("<p>")
                .append(esc(m.get("sandbox.account.intro")))
                .append("</p>\n")
                .append("<form method=\"post\" action=\"/sandbox/account/revoke\" class=\"card\">\n")
                .append("<label for=\"account\">")
                .append(esc(m.get("consent.account")))
                .append("</label>")
                .append("<input id=\"account\" name=\"account\" type=\"text\" required autocomplete=\"off\">\n")
                .append("<div class=\"actions\"><button class=\"primary\" type=\"submit\" id=\"revoke\">")
                .append(esc(m.get("sandbox.account.revoke")))
                .append("</button></div>\n</form>");
        return page(
                m,
                m.get("sandbox.account.title"),
                "Sandbox",
                "/v2/static/icons/sandbox.svg",
                "#C98A1B",
                main.toString());
    }
}
