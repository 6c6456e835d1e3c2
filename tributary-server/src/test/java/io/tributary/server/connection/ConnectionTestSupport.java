package io.tributary.server.connection;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.server.account.DeveloperCredentials.EnvironmentCredentials;
import io.tributary.server.support.IntegrationTest;
import io.tributary.server.support.TestHttp;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Helpers to drive connection flows over real HTTP, as a browser would (no redirects followed automatically). */
public abstract class ConnectionTestSupport extends IntegrationTest {
    @Autowired
    protected JdbcClient jdbc;

    protected record Event(String type, UUID userId, JsonNode payload) {}

    protected UUID envId(EnvironmentCredentials e) {
        return accounts.environmentByDevId(e.devId()).orElseThrow().id();
    }

    protected List<Event> events(EnvironmentCredentials e) {
        return jdbc.sql("SELECT type, user_id, payload::text AS p FROM events WHERE environment_id = ? ORDER BY seq")
                .param(envId(e))
                .query((rs, n) -> new Event(
                        rs.getString("type"),
                        rs.getObject("user_id", UUID.class),
                        TestHttp.JSON.readTree(rs.getString("p"))))
                .list();
    }

    protected List<Event> events(EnvironmentCredentials e, String type) {
        return events(e).stream().filter(x -> x.type().equals(type)).toList();
    }

    protected static Map<String, String> query(String url) {
        return OAuthCrypto.parseForm(URI.create(url).getRawQuery());
    }

    /** Opens the sandbox consent page of {@code authUrl} and submits it; returns the callback URL. */
    protected String sandboxDecide(String authUrl, String decision, String account) {
        TestHttp.Response consent = http().get(authUrl);
        assertThat(consent.status()).as(consent.body()).isEqualTo(200);
        assertThat(consent.body()).contains("name=\"decision\" value=\"approve\"");
        Map<String, String> form = new LinkedHashMap<>(query(authUrl));
        form.put("decision", decision);
        if (account != null) form.put("account", account);
        TestHttp.Response r = http().send(
                        "POST",
                        "/sandbox/oauth/authorize",
                        OAuthCrypto.form(form),
                        "application/x-www-form-urlencoded");
        assertThat(r.status()).as(r.body()).isEqualTo(303);
        return r.header("Location");
    }

    /** authenticateUser for SANDBOX, approve (or deny) on the consent page, follow the callback. */
    protected TestHttp.Response connectSandbox(
            EnvironmentCredentials e, String referenceId, String successUrl, String decision, String account) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (referenceId != null) body.put("reference_id", referenceId);
        if (successUrl != null) body.put("auth_success_redirect_url", successUrl);
        body.put("auth_failure_redirect_url", "https://app.example.com/failed");
        TestHttp.Response start =
                as(e).post("/v2/auth/authenticateUser?resource=SANDBOX", TestHttp.JSON.writeValueAsString(body));
        assertThat(start.status()).as(start.body()).isEqualTo(200);
        String callback = sandboxDecide(start.json().get("auth_url").asString(), decision, account);
        return http().get(callback);
    }
}
