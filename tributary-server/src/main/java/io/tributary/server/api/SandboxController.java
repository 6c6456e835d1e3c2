package io.tributary.server.api;

import io.tributary.server.connection.OAuthCrypto;
import io.tributary.server.connection.SandboxAuthServer;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The SANDBOX provider's own authorization server and API ({@code /sandbox/...}, outside {@code /v2}): a consent
 * page (form with {@code decision=approve|deny}), the token and revocation endpoints, and the API the sandbox
 * connector calls with its bearer token.
 */
@Controller
public class SandboxController {
    private final SandboxAuthServer server;
    private final Pages pages;

    public SandboxController(SandboxAuthServer server, Pages pages) {
        this.server = server;
        this.pages = pages;
    }

    @PassThrough(
            "the sandbox stands in for a provider's OAuth 2.0 server: RFC 6749 form parameters and replies as they are")
    @GetMapping("/sandbox/oauth/authorize")
    public ResponseEntity<String> consent(
            @RequestParam Map<String, String> params, @RequestParam(name = "lang", required = false) String lang) {
        PageMessages m = new PageMessages(lang);
        String error = server.checkAuthorizeRequest(params);
        String account = "sbx-"
                + OAuthCrypto.randomUrlSafe(6).toLowerCase().replace('_', 'x').replace('-', 'y');
        return Pages.respond(error == null ? 200 : 400, pages.consent(m, params, account, error));
    }

    @PassThrough(
            "the sandbox stands in for a provider's OAuth 2.0 server: RFC 6749 form parameters and replies as they are")
    @PostMapping("/sandbox/oauth/authorize")
    public ResponseEntity<String> decide(@RequestParam Map<String, String> form) {
        String error = server.checkAuthorizeRequest(form);
        if (error != null) return Pages.respond(400, pages.consent(new PageMessages(null), form, "", error));
        String url;
        if ("approve".equals(form.get("decision"))) {
            String account = form.get("account");
            if (account == null || account.isBlank())
                account = "sbx-"
                        + OAuthCrypto.randomUrlSafe(6)
                                .toLowerCase()
                                .replace('_', 'x')
                                .replace('-', 'y');
            url = server.approve(form, account.trim());
        } else if ("deny".equals(form.get("decision"))) {
            url = server.deny(form);
        } else {
            return Pages.respond(
                    400, pages.consent(new PageMessages(null), form, "", "decision must be approve or deny"));
        }
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .location(URI.create(url))
                .build();
    }

    @PassThrough(
            "the sandbox stands in for a provider's OAuth 2.0 server: RFC 6749 form parameters and replies as they are")
    @PostMapping(path = "/sandbox/oauth/token", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> token(
            @RequestParam Map<String, String> form,
            @RequestHeader(name = "Authorization", required = false) String authorization) {
        return reply(server.token(form, authorization));
    }

    @PassThrough(
            "the sandbox stands in for a provider's OAuth 2.0 server: RFC 6749 form parameters and replies as they are")
    @PostMapping(path = "/sandbox/oauth/revoke", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> revoke(
            @RequestParam Map<String, String> form,
            @RequestHeader(name = "Authorization", required = false) String authorization) {
        return reply(server.revoke(form, authorization));
    }

    @PassThrough(
            "the sandbox stands in for a provider's OAuth 2.0 server: RFC 6749 form parameters and replies as they are")
    @GetMapping(path = "/sandbox/api/v1/me", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> me(
            @RequestHeader(name = "Authorization", required = false) String authorization) {
        return server.me(authorization)
                .map(t -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("account_id", t.accountId());
                    m.put("scope", t.scope());
                    return ResponseEntity.ok(m);
                })
                .orElseGet(() -> {
                    String problem = server.bearerProblem(authorization);
                    return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                            .header(
                                    "WWW-Authenticate",
                                    "Bearer error=\"invalid_token\", error_description=\"" + problem + "\"")
                            .body(Map.of("error", "invalid_token", "error_description", problem));
                });
    }

    /** The account holder's side: disconnect every app from a sandbox account (to try access_revoked). */
    @GetMapping("/sandbox/account")
    public ResponseEntity<String> account(@RequestParam(name = "lang", required = false) String lang) {
        return Pages.respond(200, pages.sandboxAccount(new PageMessages(lang), null));
    }

    @PostMapping("/sandbox/account/revoke")
    public ResponseEntity<String> revokeAccount(@RequestParam(name = "account", required = false) String account) {
        int n = server.revokeAccount(account);
        return Pages.respond(200, pages.sandboxAccount(new PageMessages(null), n));
    }

    private static ResponseEntity<Map<String, Object>> reply(SandboxAuthServer.Reply r) {
        return ResponseEntity.status(r.status())
                .header("Cache-Control", "no-store")
                .header("Pragma", "no-cache")
                .body(r.body());
    }
}
