package io.tributary.server.api;

import io.tributary.server.connection.AuthEngine;
import io.tributary.server.connection.SdkTokenService;
import io.tributary.server.connection.WidgetService;
import io.tributary.server.shared.EnvironmentRecord;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** Starting connections (api.md §2.2): custom-UI auth, hosted widget sessions, mobile SDK tokens. */
@RestController
@RequestMapping("/v2/auth")
public class AuthController {
    private final AuthEngine engine;
    private final WidgetService widgets;
    private final SdkTokenService sdkTokens;
    private final JsonMapper json;

    public AuthController(AuthEngine engine, WidgetService widgets, SdkTokenService sdkTokens, JsonMapper json) {
        this.engine = engine;
        this.widgets = widgets;
        this.sdkTokens = sdkTokens;
        this.json = json;
    }

    @PostMapping("/authenticateUser")
    public Map<String, Object> authenticateUser(
            EnvironmentRecord env, @RequestBody(required = false) String body, HttpServletRequest request) {
        RequestInputs in = RequestInputs.of(json, body, request);
        String resource = in.string("resource");
        if (resource == null) resource = in.string("provider");
        AuthEngine.Started s = engine.start(
                env,
                resource,
                new AuthEngine.StartOptions(
                        in.string("language"),
                        in.string("reference_id"),
                        in.string("auth_success_redirect_url"),
                        in.string("auth_failure_redirect_url"),
                        null));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", "success");
        out.put("user_id", s.user().id().toString());
        out.put("auth_url", s.authUrl());
        return out;
    }

    @PostMapping("/generateWidgetSession")
    public Map<String, Object> generateWidgetSession(
            EnvironmentRecord env, @RequestBody(required = false) String body, HttpServletRequest request) {
        RequestInputs in = RequestInputs.of(json, body, request);
        WidgetService.Created c = widgets.create(
                env,
                new WidgetService.Params(
                        in.list("providers"),
                        in.string("language"),
                        in.string("reference_id"),
                        in.string("auth_success_redirect_url"),
                        in.string("auth_failure_redirect_url"),
                        in.bool("show_disconnect", false)));
        // Terra's flag for connecting through Terra's own companion app; a self-hosted server has no such app
        // (mobile sources connect through your app and /v2/sdk/connect), so it is validated and has no effect
        in.bool("use_terra_avengers_app", false);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", "success");
        out.put("url", c.url());
        out.put("session_id", c.sessionId().toString());
        out.put("expires_in", WidgetService.EXPIRES_IN_SECONDS);
        return out;
    }

    @PostMapping("/generateAuthToken")
    public Map<String, Object> generateAuthToken(EnvironmentRecord env) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", "success");
        out.put("token", sdkTokens.generate(env));
        out.put("expires_in", SdkTokenService.EXPIRES_IN_SECONDS);
        return out;
    }
}
