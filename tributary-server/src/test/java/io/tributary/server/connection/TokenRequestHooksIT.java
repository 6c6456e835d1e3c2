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
import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.ProviderHttp;
import io.tributary.server.account.DeveloperCredentials.EnvironmentCredentials;
import io.tributary.server.shared.SecretBox;
import io.tributary.server.storage.AccountStore;
import io.tributary.server.storage.ConnectionStore;
import io.tributary.server.support.TestHttp;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The connector's hooks into token requests, over real HTTP against WireMock (ZZTEST_ENVELOPE, a Withings-shaped
 * provider): {@code tokenRequestParameters} reach the code exchange and every refresh (made with the app's HTTP,
 * which fetches a nonce), {@code ClientAuth.CONNECTOR} keeps the client secret off the wire, {@code tokenResponse}
 * unwraps a {@code {status, body}} envelope and maps its error statuses, and {@code effectiveStatus} turns an
 * HTTP 200 carrying {@code status: 401} into the refresh-once path.
 */
class TokenRequestHooksIT extends ConnectionTestSupport {
    static WireMockServer wm;

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
        assertThat(as(e).patch(
                                "/v2/dashboard/providerKeys",
                                "{\"resource\":\"ZZTEST_ENVELOPE\",\"client_id\":\"cid\",\"client_secret\":\"csecret\"}")
                        .status())
                .isEqualTo(200);
        wm.stubFor(post(urlEqualTo("/envelope/nonce"))
                .withRequestBody(containing("client_id=cid"))
                .willReturn(json("{\"status\":0,\"body\":{\"nonce\":\"n-1\"}}")));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(body);
    }

    private String base() {
        return "http://127.0.0.1:" + wm.port();
    }

    private String connect() {
        wm.stubFor(
                post(urlEqualTo("/envelope/token"))
                        .withRequestBody(containing("grant_type=authorization_code"))
                        .willReturn(
                                json(
                                        "{\"status\":0,\"body\":{\"userid\":363,\"access_token\":\"at-1\","
                                                + "\"refresh_token\":\"rt-1\",\"expires_in\":10800,\"scope\":\"a,b\",\"token_type\":\"Bearer\"}}")));
        TestHttp.Response start = as(e).post("/v2/auth/authenticateUser?resource=ZZTEST_ENVELOPE", "{}");
        assertThat(start.status()).as(start.body()).isEqualTo(200);
        Map<String, String> q = query(start.json().get("auth_url").asString());
        TestHttp.Response cb = http().get("/v2/auth/callback/zztest_envelope?code=the-code&state=" + q.get("state"));
        assertThat(cb.status()).as(cb.body()).isEqualTo(302);
        String userId = query(cb.header("Location")).get("user_id");
        assertThat(userId).as(cb.header("Location")).isNotNull();
        return userId;
    }

    private ProviderHttp httpFor(String userId) {
        var env = accountStore.findEnvironment(envId(e)).orElseThrow();
        var d = providers.require(TestConnectors.ENVELOPE).descriptor();
        return httpFactory.forConnection(env, UUID.fromString(userId), d);
    }

    private List<Map<String, String>> tokenForms(String grant) {
        return wm
                .findAll(postRequestedFor(urlEqualTo("/envelope/token"))
                        .withRequestBody(containing("grant_type=" + grant)))
                .stream()
                .map(r -> OAuthCrypto.parseForm(r.getBodyAsString()))
                .toList();
    }

    @Test
    void codeExchangeCarriesTheConnectorsParametersAndUnwrapsTheEnvelope() {
        String userId = connect();
        List<Map<String, String>> forms = tokenForms("authorization_code");
        assertThat(forms).hasSize(1);
        assertThat(forms.get(0))
                .containsEntry("action", "requesttoken")
                .containsEntry("client_id", "cid")
                .containsEntry("nonce", "n-1")
                .containsEntry("code", "the-code")
                .containsEntry("signature", TestConnectors.Envelope.signature("csecret", "authorization_code,n-1"))
                .doesNotContainKey("client_secret");
        var c = connectionStore.find(UUID.fromString(userId)).orElseThrow();
        assertThat(c.providerUserId()).isEqualTo("363");
        assertThat(secrets.decrypt(c.accessTokenEnc())).isEqualTo("at-1");
        assertThat(secrets.decrypt(c.refreshTokenEnc())).isEqualTo("rt-1");
        assertThat(as(e).get("/v2/userInfo?user_id=" + userId)
                        .json()
                        .get("user")
                        .get("scopes")
                        .asString())
                .isEqualTo("a,b");
    }

    @Test
    void anEnvelopeErrorFailsTheExchange() {
        wm.stubFor(post(urlEqualTo("/envelope/token")).willReturn(json("{\"status\":503,\"body\":{}}")));
        TestHttp.Response start = as(e).post("/v2/auth/authenticateUser?resource=ZZTEST_ENVELOPE", "{}");
        String state = query(start.json().get("auth_url").asString()).get("state");
        TestHttp.Response cb = http().get("/v2/auth/callback/zztest_envelope?code=bad&state=" + state);
        assertThat(cb.status()).isEqualTo(302);
        assertThat(query(cb.header("Location"))).containsEntry("reason", "token_exchange_failed");
    }

    @Test
    void bodyStatus401RefreshesOnceWithTheConnectorsParametersAndStoresTheRotatedRefreshToken() throws Exception {
        String userId = connect();
        wm.stubFor(post(urlEqualTo("/envelope/token"))
                .withRequestBody(containing("grant_type=refresh_token"))
                .willReturn(json("{\"status\":0,\"body\":{\"userid\":363,\"access_token\":\"at-2\","
                        + "\"refresh_token\":\"rt-2\",\"expires_in\":10800}}")));
        wm.stubFor(get(urlPathEqualTo("/envelope/data"))
                .withHeader("Authorization", equalTo("Bearer at-1"))
                .willReturn(json("{\"status\":401,\"body\":{},\"error\":\"invalid_token\"}")));
        wm.stubFor(get(urlPathEqualTo("/envelope/data"))
                .withHeader("Authorization", equalTo("Bearer at-2"))
                .willReturn(json("{\"status\":0,\"body\":{\"steps\":5}}")));
        ProviderHttp.Response r = httpFor(userId).get(base() + "/envelope/data", Map.of());
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.text()).contains("\"steps\":5");
        List<Map<String, String>> refreshes = tokenForms("refresh_token");
        assertThat(refreshes).hasSize(1);
        assertThat(refreshes.get(0))
                .containsEntry("refresh_token", "rt-1")
                .containsEntry("action", "requesttoken")
                .containsEntry("signature", TestConnectors.Envelope.signature("csecret", "refresh_token,n-1"))
                .doesNotContainKey("client_secret");
        var c = connectionStore.find(UUID.fromString(userId)).orElseThrow();
        assertThat(secrets.decrypt(c.refreshTokenEnc())).isEqualTo("rt-2");
        assertThat(events(e, "connection_error")).isEmpty();
    }

    @Test
    void anInvalidRefreshTokenInTheEnvelopeIsAccessRevoked() {
        String userId = connect();
        wm.stubFor(post(urlEqualTo("/envelope/token"))
                .withRequestBody(containing("grant_type=refresh_token"))
                .willReturn(json("{\"status\":100,\"body\":{},\"error\":\"invalid refresh_token\"}")));
        wm.stubFor(get(urlPathEqualTo("/envelope/data")).willReturn(json("{\"status\":401,\"body\":{}}")));
        assertThatThrownBy(() -> httpFor(userId).get(base() + "/envelope/data", Map.of()))
                .isInstanceOfSatisfying(
                        ConnectorException.class,
                        x -> assertThat(x.kind()).isEqualTo(ConnectorException.Kind.ACCESS_REVOKED));
        assertThat(events(e, "access_revoked")).hasSize(1);
        assertThat(connectionStore.find(UUID.fromString(userId)).orElseThrow().status())
                .isEqualTo("revoked");
    }

    @Test
    void bodyStatusMeaningRateLimitedIsA429() {
        String userId = connect();
        wm.stubFor(get(urlPathEqualTo("/envelope/data")).willReturn(json("{\"status\":601,\"body\":{}}")));
        assertThatThrownBy(() -> httpFor(userId).get(base() + "/envelope/data", Map.of()))
                .isInstanceOfSatisfying(
                        ConnectorException.class,
                        x -> assertThat(x.kind()).isEqualTo(ConnectorException.Kind.RATE_LIMITED));
        assertThat(tokenForms("refresh_token")).isEmpty();
    }
}
