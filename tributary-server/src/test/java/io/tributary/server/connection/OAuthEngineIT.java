package io.tributary.server.connection;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.ProviderHttp;
import io.tributary.server.account.DeveloperCredentials.EnvironmentCredentials;
import io.tributary.server.shared.SecretBox;
import io.tributary.server.storage.AccountStore;
import io.tributary.server.storage.ConnectionStore;
import io.tributary.server.support.TestHttp;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The generic engine against WireMock authorisation servers (the ZZTEST_* connectors point at it). */
class OAuthEngineIT extends ConnectionTestSupport {
    static WireMockServer wm;

    @Autowired
    TokenService tokens;

    @Autowired
    ProviderSettings providers;

    @Autowired
    ConnectionHttpFactory httpFactory;

    @Autowired
    AccountStore accountStore;

    @Autowired
    ConnectionStore connectionStore;

    @Autowired
    SecretBox secrets;

    @Autowired
    Clock clock;

    EnvironmentCredentials e;

    @BeforeAll
    static void startWireMock() {
        wm = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        wm.start();
        System.setProperty(TestConnectors.BASE_PROPERTY, "http://127.0.0.1:" + wm.port());
    }

    @AfterAll
    static void stopWireMock() {
        wm.stop();
    }

    @BeforeEach
    void setUp() {
        wm.resetAll();
        e = env(newDeveloper(), "testing");
        for (String p : List.of(TestConnectors.OAUTH2, TestConnectors.OAUTH1))
            assertThat(as(e).patch(
                                    "/v2/dashboard/providerKeys",
                                    "{\"resource\":\"" + p + "\",\"client_id\":\"cid\",\"client_secret\":\"csecret\"}")
                            .status())
                    .isEqualTo(200);
    }

    private String base() {
        return "http://127.0.0.1:" + wm.port();
    }

    /** Runs the OAuth 2.0 flow with a token endpoint answering {@code tokenJson}; returns the user id. */
    private String connect(String tokenJson) {
        wm.stubFor(post(urlEqualTo("/oauth2/token"))
                .withRequestBody(containing("grant_type=authorization_code"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(tokenJson)));
        TestHttp.Response start = as(e).post("/v2/auth/authenticateUser", "{\"provider\":\"ZZTEST_OAUTH2\"}");
        assertThat(start.status()).as(start.body()).isEqualTo(200);
        Map<String, String> q = query(start.json().get("auth_url").asString());
        TestHttp.Response cb = http().get("/v2/auth/callback/zztest_oauth2?code=the-code&state=" + q.get("state"));
        assertThat(cb.status()).as(cb.body()).isEqualTo(302);
        return query(cb.header("Location")).get("user_id");
    }

    private ProviderHttp httpFor(String userId) {
        var env = accountStore.findEnvironment(envId(e)).orElseThrow();
        var d = providers.require(TestConnectors.OAUTH2).descriptor();
        return httpFactory.forConnection(env, UUID.fromString(userId), d);
    }

    private List<LoggedRequest> refreshRequests() {
        return wm.findAll(
                postRequestedFor(urlEqualTo("/oauth2/token")).withRequestBody(containing("grant_type=refresh_token")));
    }

    @Test
    void authorizationCodeWithPkceAndBasicClientAuth() {
        wm.stubFor(post(urlEqualTo("/oauth2/token"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"access_token\":\"at-1\",\"refresh_token\":\"rt-1\",\"expires_in\":3600,"
                                + "\"scope\":\"read activity\",\"user_id\":\"prov-7\"}")));
        TestHttp.Response start = as(e).post(
                        "/v2/auth/authenticateUser?resource=ZZTEST_OAUTH2",
                        "{\"reference_id\":\"r\",\"language\":\"en\"}");
        String authUrl = start.json().get("auth_url").asString();
        assertThat(authUrl).startsWith(base() + "/oauth2/authorize?");
        Map<String, String> q = query(authUrl);
        assertThat(q).containsEntry("client_id", "cid").containsEntry("scope", "read activity");
        assertThat(q).containsEntry("code_challenge_method", "S256").containsEntry("response_type", "code");
        TestHttp.Response cb = http().get("/v2/auth/callback/zztest_oauth2?code=the-code&state=" + q.get("state"));
        assertThat(cb.status()).as(cb.body()).isEqualTo(302);

        List<LoggedRequest> reqs = wm.findAll(postRequestedFor(urlEqualTo("/oauth2/token")));
        assertThat(reqs).hasSize(1);
        Map<String, String> form = OAuthCrypto.parseForm(reqs.get(0).getBodyAsString());
        assertThat(form).containsEntry("grant_type", "authorization_code").containsEntry("code", "the-code");
        assertThat(form.get("redirect_uri")).isEqualTo(q.get("redirect_uri"));
        assertThat(form.get("code_verifier")).matches("[A-Za-z0-9_-]{43,128}");
        assertThat(OAuthCrypto.pkceChallenge(form.get("code_verifier"))).isEqualTo(q.get("code_challenge"));
        assertThat(reqs.get(0).getHeader("Authorization"))
                .isEqualTo(
                        "Basic " + Base64.getEncoder().encodeToString("cid:csecret".getBytes(StandardCharsets.UTF_8)));

        String userId = query(cb.header("Location")).get("user_id");
        var user = as(e).get("/v2/userInfo?user_id=" + userId).json().get("user");
        assertThat(user.get("scopes").asString()).isEqualTo("read,activity");
        var c = connectionStore.find(UUID.fromString(userId)).orElseThrow();
        assertThat(c.providerUserId()).isEqualTo("prov-7");
        assertThat(secrets.decrypt(c.accessTokenEnc())).isEqualTo("at-1");

        // state is single use
        assertThat(http().get("/v2/auth/callback/zztest_oauth2?code=the-code&state=" + q.get("state"))
                        .status())
                .isEqualTo(400);
        // a state that was never issued
        assertThat(http().get("/v2/auth/callback/zztest_oauth2?code=x&state=" + OAuthCrypto.randomUrlSafe(32))
                        .status())
                .isEqualTo(400);
        assertThat(wm.findAll(postRequestedFor(urlEqualTo("/oauth2/token")))).hasSize(1);
    }

    @Test
    void failedTokenExchangeFailsTheFlow() {
        wm.stubFor(post(urlEqualTo("/oauth2/token"))
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":\"invalid_grant\"}")));
        TestHttp.Response start = as(e).post("/v2/auth/authenticateUser?resource=ZZTEST_OAUTH2", "{}");
        String state = query(start.json().get("auth_url").asString()).get("state");
        TestHttp.Response cb = http().get("/v2/auth/callback/zztest_oauth2?code=bad&state=" + state);
        assertThat(cb.status()).isEqualTo(302);
        assertThat(query(cb.header("Location"))).containsEntry("reason", "token_exchange_failed");
        assertThat(events(e, "auth").get(0).payload().get("reason").asString()).isEqualTo("token_exchange_failed");
    }

    @Test
    void refreshesBeforeExpiry() throws Exception {
        String userId = connect("{\"access_token\":\"at-1\",\"refresh_token\":\"rt-1\",\"expires_in\":30}");
        wm.stubFor(post(urlEqualTo("/oauth2/token"))
                .withRequestBody(containing("grant_type=refresh_token"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"access_token\":\"at-2\",\"refresh_token\":\"rt-2\",\"expires_in\":3600}")));
        wm.stubFor(get(urlPathEqualTo("/api/data"))
                .withHeader("Authorization", equalTo("Bearer at-2"))
                .willReturn(aResponse().withBody("{\"ok\":true}")));
        ProviderHttp.Response r = httpFor(userId).get(base() + "/api/data", Map.of("day", "2026-11-25"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(refreshRequests()).hasSize(1);
        assertThat(OAuthCrypto.parseForm(refreshRequests().get(0).getBodyAsString()))
                .containsEntry("refresh_token", "rt-1");
        var c = connectionStore.find(UUID.fromString(userId)).orElseThrow();
        assertThat(secrets.decrypt(c.refreshTokenEnc())).isEqualTo("rt-2");
        assertThat(c.expiresAt()).isAfter(clock.instant().plusSeconds(3000));
        // no second refresh while the new token is fresh
        httpFor(userId).get(base() + "/api/data", Map.of());
        assertThat(refreshRequests()).hasSize(1);
    }

    @Test
    void refreshesOnceOn401AndRetries() throws Exception {
        String userId = connect("{\"access_token\":\"at-1\",\"refresh_token\":\"rt-1\",\"expires_in\":3600}");
        wm.stubFor(post(urlEqualTo("/oauth2/token"))
                .withRequestBody(containing("grant_type=refresh_token"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"access_token\":\"at-2\",\"expires_in\":3600}")));
        wm.stubFor(get(urlPathEqualTo("/api/data"))
                .withHeader("Authorization", equalTo("Bearer at-1"))
                .willReturn(aResponse().withStatus(401)));
        wm.stubFor(get(urlPathEqualTo("/api/data"))
                .withHeader("Authorization", equalTo("Bearer at-2"))
                .willReturn(aResponse().withBody("{\"ok\":true}")));
        assertThat(httpFor(userId).get(base() + "/api/data", Map.of()).status()).isEqualTo(200);
        assertThat(refreshRequests()).hasSize(1);
        // the provider sent no new refresh token: the old one is kept
        var c = connectionStore.find(UUID.fromString(userId)).orElseThrow();
        assertThat(secrets.decrypt(c.refreshTokenEnc())).isEqualTo("rt-1");
        assertThat(events(e, "connection_error")).isEmpty();
    }

    @Test
    void refusedRefreshDegradesTheConnectionWithConnectionError() {
        String userId = connect("{\"access_token\":\"at-1\",\"refresh_token\":\"rt-1\",\"expires_in\":3600}");
        wm.stubFor(post(urlEqualTo("/oauth2/token"))
                .withRequestBody(containing("grant_type=refresh_token"))
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":\"invalid_grant\",\"error_description\":\"expired\"}")));
        wm.stubFor(get(urlPathEqualTo("/api/data")).willReturn(aResponse().withStatus(401)));
        assertThatThrownBy(() -> httpFor(userId).get(base() + "/api/data", Map.of()))
                .isInstanceOfSatisfying(
                        ConnectorException.class,
                        x -> assertThat(x.kind()).isEqualTo(ConnectorException.Kind.AUTH_FAILED));
        var errors = events(e, "connection_error");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).payload().get("status").asString()).isEqualTo("warning");
        assertThat(errors.get(0).payload().get("message").asString()).isEqualTo("User connection degraded");
        assertThat(errors.get(0).payload().get("user").get("user_id").asString())
                .isEqualTo(userId);
        assertThat(connectionStore.find(UUID.fromString(userId)).orElseThrow().status())
                .isEqualTo("error");
        // emitted once per degradation, not per failing call
        assertThatThrownBy(() -> httpFor(userId).get(base() + "/api/data", Map.of()))
                .isInstanceOf(ConnectorException.class);
        assertThat(events(e, "connection_error")).hasSize(1);
    }

    @Test
    void revokedGrantEmitsAccessRevoked() {
        String userId = connect("{\"access_token\":\"at-1\",\"refresh_token\":\"rt-1\",\"expires_in\":3600}");
        wm.stubFor(post(urlEqualTo("/oauth2/token"))
                .withRequestBody(containing("grant_type=refresh_token"))
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":\"invalid_grant\",\"error_description\":\"Token has been revoked\"}")));
        wm.stubFor(get(urlPathEqualTo("/api/data")).willReturn(aResponse().withStatus(401)));
        assertThatThrownBy(() -> httpFor(userId).get(base() + "/api/data", Map.of()))
                .isInstanceOfSatisfying(
                        ConnectorException.class,
                        x -> assertThat(x.kind()).isEqualTo(ConnectorException.Kind.ACCESS_REVOKED));
        assertThat(events(e, "access_revoked")).hasSize(1);
        assertThat(events(e, "access_revoked").get(0).payload().get("message").asString())
                .isEqualTo("User revoked access");
    }

    @Test
    void concurrentCallersShareOneRefresh() throws Exception {
        String userId = connect("{\"access_token\":\"at-1\",\"refresh_token\":\"rt-1\",\"expires_in\":10}");
        wm.stubFor(post(urlEqualTo("/oauth2/token"))
                .withRequestBody(containing("grant_type=refresh_token"))
                .willReturn(aResponse()
                        .withFixedDelay(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"access_token\":\"at-2\",\"refresh_token\":\"rt-2\",\"expires_in\":3600}")));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) calls.add(() -> tokens.accessToken(UUID.fromString(userId)));
            for (Future<String> f : pool.invokeAll(calls)) assertThat(f.get()).isEqualTo("at-2");
        } finally {
            pool.shutdownNow();
        }
        assertThat(refreshRequests()).hasSize(1);
    }

    @Test
    void deauthenticationRevokesAtTheProvider() throws Exception {
        String userId = connect("{\"access_token\":\"at-1\",\"refresh_token\":\"rt-1\",\"expires_in\":3600}");
        wm.stubFor(post(urlEqualTo("/oauth2/revoke")).willReturn(aResponse().withStatus(200)));
        assertThat(as(e).delete("/v2/auth/deauthenticateUser?user_id=" + userId).status())
                .isEqualTo(200);
        assertThat(connectionStore.find(UUID.fromString(userId))).isEmpty();
        List<LoggedRequest> revokes = List.of();
        for (int i = 0; i < 50 && revokes.size() < 2; i++) {
            Thread.sleep(100);
            revokes = wm.findAll(postRequestedFor(urlEqualTo("/oauth2/revoke")));
        }
        assertThat(revokes).hasSize(2);
        assertThat(revokes.stream()
                        .map(r -> OAuthCrypto.parseForm(r.getBodyAsString()).get("token")))
                .containsExactlyInAnyOrder("at-1", "rt-1");
    }

    @Test
    void oauth1ThreeLeggedFlowAndSignedRequests() throws Exception {
        wm.stubFor(post(urlEqualTo("/oauth1/request_token"))
                .willReturn(aResponse()
                        .withBody("oauth_token=req-tok&oauth_token_secret=req-sec&oauth_callback_confirmed=true")));
        wm.stubFor(post(urlEqualTo("/oauth1/access_token"))
                .willReturn(aResponse().withBody("oauth_token=acc-tok&oauth_token_secret=acc-sec&user_id=o1-user")));
        TestHttp.Response start = as(e).post("/v2/auth/authenticateUser?resource=ZZTEST_OAUTH1", "{}");
        assertThat(start.status()).as(start.body()).isEqualTo(200);
        assertThat(start.json().get("auth_url").asString()).isEqualTo(base() + "/oauth1/authorize?oauth_token=req-tok");
        String header = wm.findAll(postRequestedFor(urlEqualTo("/oauth1/request_token")))
                .get(0)
                .getHeader("Authorization");
        assertThat(header)
                .startsWith("OAuth ")
                .contains("oauth_signature_method=\"HMAC-SHA1\"", "oauth_consumer_key=\"cid\"");
        String callback = java.net.URLDecoder.decode(
                header.replaceAll(".*oauth_callback=\"([^\"]+)\".*", "$1"), StandardCharsets.UTF_8);
        assertThat(callback).startsWith(http().base() + "/v2/auth/callback/zztest_oauth1?state=");
        TestHttp.Response cb = http().get(callback + "&oauth_token=req-tok&oauth_verifier=ver-1");
        assertThat(cb.status()).as(cb.body()).isEqualTo(302);
        String userId = query(cb.header("Location")).get("user_id");
        String accessHeader = wm.findAll(postRequestedFor(urlEqualTo("/oauth1/access_token")))
                .get(0)
                .getHeader("Authorization");
        assertThat(accessHeader).contains("oauth_verifier=\"ver-1\"", "oauth_token=\"req-tok\"", "oauth_signature=");
        var c = connectionStore.find(UUID.fromString(userId)).orElseThrow();
        assertThat(c.providerUserId()).isEqualTo("o1-user");
        assertThat(secrets.decrypt(c.tokenSecretEnc())).isEqualTo("acc-sec");

        wm.stubFor(get(urlPathEqualTo("/api/o1"))
                .withHeader("Authorization", containing("oauth_token=\"acc-tok\""))
                .willReturn(aResponse().withBody("{}")));
        var env = accountStore.findEnvironment(envId(e)).orElseThrow();
        var d = providers.require(TestConnectors.OAUTH1).descriptor();
        var h = httpFactory.forConnection(env, UUID.fromString(userId), d);
        assertThat(h.get(base() + "/api/o1", Map.of("a", "b")).status()).isEqualTo(200);
    }
}
