package io.tributary.server.api;

import io.tributary.server.connection.AuthEngine;
import io.tributary.server.connection.SdkTokenService;
import io.tributary.server.connection.WidgetService;
import io.tributary.server.shared.EnvironmentRecord;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Starting connections (api.md §2.2): custom-UI auth, hosted widget sessions, mobile SDK tokens. */
@RestController
@RequestMapping("/v2/auth")
public class AuthController {
    private static final String SUCCESS = "success";
    private final AuthEngine engine;
    private final WidgetService widgets;
    private final SdkTokenService sdkTokens;

    public AuthController(AuthEngine engine, WidgetService widgets, SdkTokenService sdkTokens) {
        this.engine = engine;
        this.widgets = widgets;
        this.sdkTokens = sdkTokens;
    }

    @PostMapping("/authenticateUser")
    public AuthenticateUserResponse authenticateUser(EnvironmentRecord env, @FromWire AuthenticateUserRequest r) {
        AuthEngine.Started s = engine.start(
                env,
                r.resource(),
                new AuthEngine.StartOptions(r.language(), r.referenceId(), r.successUrl(), r.failureUrl(), null));
        return new AuthenticateUserResponse(SUCCESS, s.userId().toString(), s.authUrl());
    }

    @PostMapping("/generateWidgetSession")
    public WidgetSessionResponse generateWidgetSession(EnvironmentRecord env, @FromWire WidgetSessionRequest r) {
        WidgetService.Created c = widgets.create(
                env,
                new WidgetService.Params(
                        r.providers(),
                        r.language(),
                        r.referenceId(),
                        r.successUrl(),
                        r.failureUrl(),
                        r.showDisconnect()));
        return new WidgetSessionResponse(SUCCESS, c.url(), c.sessionId().toString(), WidgetService.EXPIRES_IN_SECONDS);
    }

    @PostMapping("/generateAuthToken")
    public AuthTokenResponse generateAuthToken(EnvironmentRecord env) {
        return new AuthTokenResponse(SUCCESS, sdkTokens.generate(env), SdkTokenService.EXPIRES_IN_SECONDS);
    }
}
