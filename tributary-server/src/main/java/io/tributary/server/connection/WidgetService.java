package io.tributary.server.connection;

import io.tributary.connectors.Connector;
import io.tributary.connectors.ConnectorDescriptor;
import io.tributary.server.account.UserService;
import io.tributary.server.shared.ApiException;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.storage.AccountStore;
import io.tributary.server.storage.EnvironmentSettings;
import io.tributary.server.storage.SettingsStore;
import io.tributary.server.storage.WidgetSessionStore;
import io.tributary.server.storage.WidgetSessionStore.WidgetSession;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Hosted widget sessions: created by the developer's backend, opened by the end user's browser. */
@Service
public class WidgetService {
    public static final int EXPIRES_IN_SECONDS = 900;

    private final WidgetSessionStore sessions;
    private final ProviderSettings providers;
    private final UserService users;
    private final AccountStore accounts;
    private final SettingsStore settings;
    private final ProviderUrls urls;
    private final AuthEngine engine;
    private final Clock clock;

    public WidgetService(
            WidgetSessionStore sessions,
            ProviderSettings providers,
            UserService users,
            AccountStore accounts,
            SettingsStore settings,
            ProviderUrls urls,
            AuthEngine engine,
            Clock clock) {
        this.sessions = sessions;
        this.providers = providers;
        this.users = users;
        this.accounts = accounts;
        this.settings = settings;
        this.urls = urls;
        this.engine = engine;
        this.clock = clock;
    }

    public record Params(
            List<String> providers,
            String language,
            String referenceId,
            String successUrl,
            String failureUrl,
            boolean showDisconnect) {}

    public record Created(UUID sessionId, String url) {}

    public Created create(EnvironmentRecord env, Params p) {
        List<String> names = new ArrayList<>();
        for (String raw : p.providers()) {
            Connector c = providers
                    .connector(raw)
                    .orElseThrow(() -> ApiException.badRequest("unknown provider '" + raw
                            + "' in 'providers': see GET /v2/integrations for the supported names"));
            if (!names.contains(c.descriptor().provider()))
                names.add(c.descriptor().provider());
        }
        String success = RedirectUrls.validate("auth_success_redirect_url", p.successUrl());
        String failure = RedirectUrls.validate("auth_failure_redirect_url", p.failureUrl());
        users.ensureCanStartFlow(env);
        UUID id = UUID.randomUUID();
        sessions.insert(new WidgetSession(
                id,
                env.id(),
                names,
                blankToNull(p.language()),
                blankToNull(p.referenceId()),
                success,
                failure,
                p.showDisconnect(),
                clock.instant().plus(Duration.ofSeconds(EXPIRES_IN_SECONDS)),
                null));
        return new Created(id, urls.base() + "/v2/widget/session/" + id);
    }

    /** What the widget page shows. {@code state} is one of ok, expired, used, not_found. */
    public record View(
            String state,
            WidgetSession session,
            EnvironmentRecord env,
            EnvironmentSettings settings,
            List<ConnectorDescriptor> providers,
            String language,
            List<Connected> connected) {

        /** The session's id (only for a session that exists). */
        public UUID sessionId() {
            return session.id();
        }

        /** The environment's widget branding; null when the session does not exist. */
        public Branding branding() {
            return settings == null
                    ? null
                    : new Branding(
                            settings.widgetDisplayName(), settings.widgetLogoUrl(), settings.widgetPrimaryColor());
        }
    }

    /** A credentials form's flow, present while its {@code state} is live; the language may be null. */
    public record CredentialsFlow(String language) {}

    public Optional<CredentialsFlow> credentialsFlow(String provider, String state) {
        return engine.credentialsFlow(provider, state).map(f -> new CredentialsFlow(f.language()));
    }

    /** What the widget pages show of the developer: name, logo and colour (each may be null). */
    public record Branding(String displayName, String logoUrl, String primaryColor) {}

    /** A connection the end user may remove from the widget ({@code show_disconnect}). */
    public record Connected(UUID userId, String provider, String name, String icon) {}

    public View view(String sessionId) {
        Optional<WidgetSession> s = parse(sessionId).flatMap(sessions::find);
        if (s.isEmpty()) return new View("not_found", null, null, null, List.of(), null, List.of());
        WidgetSession ws = s.get();
        EnvironmentRecord env = accounts.findEnvironment(ws.environmentId()).orElse(null);
        if (env == null) return new View("not_found", null, null, null, List.of(), null, List.of());
        EnvironmentSettings es = settings.get(env.id());
        String language = ws.language() != null ? ws.language() : es.defaultLanguage();
        if (ws.usedAt() != null) return new View("used", ws, env, es, List.of(), language, List.of());
        if (!clock.instant().isBefore(ws.expiresAt()))
            return new View("expired", ws, env, es, List.of(), language, List.of());
        return new View(
                "ok", ws, env, es, offered(env, ws.providers(), es.defaultProviders()), language, connected(env, ws));
    }

    /**
     * With {@code show_disconnect} and a {@code reference_id}: the authenticated users of the environment with that
     * reference id, i.e. the end user's existing connections, which the widget lists with a Disconnect button.
     */
    List<Connected> connected(EnvironmentRecord env, WidgetSession ws) {
        if (!ws.showDisconnect() || ws.referenceId() == null) return List.of();
        List<Connected> out = new ArrayList<>();
        for (var u : users.byReference(env, ws.referenceId())) {
            if (!u.authenticated()) continue;
            var d = providers.connector(u.provider()).map(Connector::descriptor);
            out.add(new Connected(
                    u.id(),
                    u.provider(),
                    d.map(ConnectorDescriptor::name).orElse(u.provider()),
                    d.map(ConnectorDescriptor::icon).orElse(null)));
        }
        return out;
    }

    /**
     * The end user disconnects one of the connections the widget listed: exactly {@code DELETE
     * /v2/auth/deauthenticateUser} (tokens revoked at the provider, data deleted, {@code deauth} event). The session
     * stays usable (it is not used up), so the user can connect another source afterwards.
     */
    public void disconnect(View v, String userId) {
        UUID id = parse(userId == null ? "" : userId)
                .orElseThrow(() -> ApiException.badRequest("user_id is not a connection of this session"));
        boolean listed = v.connected().stream().anyMatch(c -> c.userId().equals(id));
        if (!listed) throw ApiException.badRequest("user_id is not a connection of this session");
        users.deauthenticate(v.env(), id);
    }

    /** Offered providers in the order asked for (session list, else the environment default, else all). */
    List<ConnectorDescriptor> offered(EnvironmentRecord env, List<String> requested, List<String> defaults) {
        Set<String> order = new LinkedHashSet<>();
        List<String> base = !requested.isEmpty() ? requested : defaults;
        for (String p : base) order.add(p.toUpperCase(Locale.ROOT));
        if (base.isEmpty())
            for (Connector c : providers.all()) order.add(c.descriptor().provider());
        List<ConnectorDescriptor> out = new ArrayList<>();
        for (String name : order) {
            providers.connector(name).map(Connector::descriptor).ifPresent(d -> {
                if (ProviderSettings.webConnectable(d) && providers.offered(env, d)) out.add(d);
            });
        }
        return out;
    }

    /**
     * The end user picked a provider: the session is used up and the provider's flow starts. Returns the URL to
     * send the browser to.
     */
    public String choose(View v, String provider) {
        ConnectorDescriptor d = v.providers().stream()
                .filter(x -> x.provider().equalsIgnoreCase(provider))
                .findFirst()
                .orElseThrow(() -> ApiException.badRequest("provider not offered in this session"));
        if (!sessions.markUsed(v.session().id()))
            throw new ApiException(org.springframework.http.HttpStatus.GONE, "used");
        WidgetSession s = v.session();
        return engine.start(
                        v.env(),
                        d.provider(),
                        new AuthEngine.StartOptions(
                                v.language(), s.referenceId(), s.successUrl(), s.failureUrl(), s.id()))
                .authUrl();
    }

    // ---------------------------------------------------------------- dashboard: widget settings

    public WidgetSettingsView widgetSettings(EnvironmentRecord env) {
        EnvironmentSettings s = settings.get(env.id());
        return new WidgetSettingsView(
                s.widgetDisplayName(),
                s.widgetPrimaryColor(),
                s.widgetLogoUrl(),
                s.defaultProviders(),
                s.defaultLanguage(),
                s.authSuccessRedirectUrl(),
                s.authFailureRedirectUrl());
    }

    /** A partial update: absent fields keep their value, explicit nulls (or "") clear it. */
    public WidgetSettingsView updateWidgetSettings(EnvironmentRecord env, WidgetSettingsPatch patch) {
        EnvironmentSettings s = settings.get(env.id());
        Set<String> sent = patch.sent();
        String name = text(sent, "display_name", patch.displayName(), s.widgetDisplayName());
        if (name != null && name.length() > 80)
            throw ApiException.badRequest("'display_name' is longer than 80 characters");
        String color = text(sent, "primary_color", patch.primaryColor(), s.widgetPrimaryColor());
        if (color != null && !color.matches("#[0-9A-Fa-f]{6}"))
            throw ApiException.badRequest("'primary_color' must be a hex colour like #1A73E8");
        String logo = text(sent, "logo_url", patch.logoUrl(), s.widgetLogoUrl());
        if (logo != null && !logo.matches("(?i)https?://\\S+"))
            throw ApiException.badRequest("'logo_url' must be an http(s) URL");
        String language = text(sent, "default_language", patch.defaultLanguage(), s.defaultLanguage());
        if (language == null) language = "en";
        if (!language.matches("[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*"))
            throw ApiException.badRequest("'default_language' must be a language tag such as en or de");
        String success = RedirectUrls.validate(
                "auth_success_redirect_url",
                text(sent, "auth_success_redirect_url", patch.authSuccessRedirectUrl(), s.authSuccessRedirectUrl()));
        String failure = RedirectUrls.validate(
                "auth_failure_redirect_url",
                text(sent, "auth_failure_redirect_url", patch.authFailureRedirectUrl(), s.authFailureRedirectUrl()));
        List<String> defaults = s.defaultProviders();
        if (sent.contains("default_providers")) {
            List<String> names = new ArrayList<>();
            for (String r : patch.defaultProviders() == null ? List.<String>of() : patch.defaultProviders()) {
                String n = providers
                        .connector(r)
                        .map(c -> c.descriptor().provider())
                        .orElseThrow(
                                () -> ApiException.badRequest("unknown provider '" + r + "' in 'default_providers'"));
                if (!names.contains(n)) names.add(n);
            }
            defaults = names;
        }
        settings.update(
                env.id(),
                new EnvironmentSettings(
                        defaults,
                        s.activityEnabled(),
                        s.dailyEnabled(),
                        s.bodyEnabled(),
                        s.sleepEnabled(),
                        s.nutritionEnabled(),
                        s.menstruationEnabled(),
                        s.athleteEnabled(),
                        s.samplesDefault(),
                        success,
                        failure,
                        name,
                        color,
                        logo,
                        language));
        return widgetSettings(env);
    }

    private static String text(Set<String> sent, String key, String value, String current) {
        if (!sent.contains(key)) return current;
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
