package io.tributary.connectors.withings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.connectors.ConnectorDescriptor;
import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.ProviderHttp;
import io.tributary.model.DataType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class WithingsConnectorTest {
    final WithingsConnector c = new WithingsConnector();

    static JsonNode json(String s) {
        return WithingsFixtures.JSON.readTree(s);
    }

    static ProviderHttp.Response answer(int http, String body) {
        return new ProviderHttp.Response(http, Map.of(), body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void descriptorDefaultsToTheRealHosts() {
        ConnectorDescriptor d = c.descriptor();
        assertThat(d.provider()).isEqualTo("WITHINGS");
        assertThat(d.oauth2().authorizeUrl()).isEqualTo("https://account.withings.com/oauth2_user/authorize2");
        assertThat(d.oauth2().tokenUrl()).isEqualTo("https://wbsapi.withings.net/v2/oauth2");
        assertThat(d.apiUrl()).isEqualTo("https://wbsapi.withings.net");
        assertThat(d.oauth2().scopeSeparator()).isEqualTo(",");
        assertThat(d.oauth2().clientAuth()).isEqualTo(ConnectorDescriptor.ClientAuth.CONNECTOR);
        assertThat(d.dataTypes())
                .containsExactlyInAnyOrder(DataType.BODY, DataType.DAILY, DataType.ACTIVITY, DataType.SLEEP);
        assertThat(d.limits().rateLimits()).hasSize(1);
        assertThat(d.limits().rateLimits().get(0).limit()).isEqualTo(120);
        assertThat(d.limits().rateLimits().get(0).window()).isEqualTo(Duration.ofMinutes(1));
        assertThat(d.envVar(ConnectorDescriptor.API_URL)).isEqualTo("TRIBUTARY_WITHINGS_API_URL");
    }

    /** The signature of Withings' own getnonce snippet: HMAC-SHA256 over "getnonce,<client_id>,<timestamp>". */
    @Test
    void signatureIsHmacOverCommaJoinedValues() throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec("csecret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String want = java.util.HexFormat.of()
                .formatHex(mac.doFinal("getnonce,cid,1594245600".getBytes(StandardCharsets.UTF_8)));
        assertThat(WithingsSignature.sign("csecret", "getnonce", "cid", "1594245600"))
                .isEqualTo(want);
        var signed = WithingsSignature.signed("requesttoken", WithingsPushReceiverTest.APP, "n-1");
        assertThat(signed)
                .containsEntry("action", "requesttoken")
                .containsEntry("client_id", "cid")
                .containsEntry("nonce", "n-1")
                .containsEntry("signature", WithingsSignature.sign("csecret", "requesttoken", "cid", "n-1"));
    }

    @Test
    void tokenAnswersAreUnwrappedAndTheirStatusesMapped() throws Exception {
        JsonNode ok = c.tokenResponse(
                "authorization_code",
                json("{\"status\":0,\"body\":{\"userid\":363,\"access_token\":\"a\",\"refresh_token\":\"r\","
                        + "\"expires_in\":10800,\"scope\":\"user.info,user.metrics\",\"token_type\":\"Bearer\"}}"));
        assertThat(ok.path("access_token").asString()).isEqualTo("a");
        assertThat(ok.path("userid").asInt()).isEqualTo(363);
        assertThatThrownBy(() -> c.tokenResponse(
                        "refresh_token",
                        json("{\"status\":503,\"body\":{},\"error\":\"Invalid Params: invalid refresh_token\"}")))
                .isInstanceOfSatisfying(
                        ConnectorException.class,
                        e -> assertThat(e.kind()).isEqualTo(ConnectorException.Kind.ACCESS_REVOKED));
        assertThatThrownBy(() -> c.tokenResponse("refresh_token", json("{\"status\":401,\"body\":{}}")))
                .isInstanceOfSatisfying(
                        ConnectorException.class,
                        e -> assertThat(e.kind()).isEqualTo(ConnectorException.Kind.ACCESS_REVOKED));
        assertThatThrownBy(() -> c.tokenResponse("refresh_token", json("{\"status\":601,\"body\":{}}")))
                .isInstanceOfSatisfying(
                        ConnectorException.class,
                        e -> assertThat(e.kind()).isEqualTo(ConnectorException.Kind.RATE_LIMITED));
        assertThatThrownBy(() -> c.tokenResponse("authorization_code", json("{\"status\":503,\"body\":{}}")))
                .isInstanceOfSatisfying(
                        ConnectorException.class,
                        e -> assertThat(e.kind()).isEqualTo(ConnectorException.Kind.AUTH_FAILED));
    }

    @Test
    void envelopeStatusesAsHttpStatuses() {
        assertThat(c.effectiveStatus(answer(200, "{\"status\":0,\"body\":{}}"))).isEqualTo(200);
        assertThat(c.effectiveStatus(answer(200, "{\"body\":{},\"status\":401,\"error\":\"invalid_token\"}")))
                .isEqualTo(401);
        assertThat(c.effectiveStatus(answer(200, "{\"status\":100}"))).isEqualTo(401);
        assertThat(c.effectiveStatus(answer(200, "{\"status\":601,\"body\":{}}")))
                .isEqualTo(429);
        assertThat(c.effectiveStatus(answer(200, "{\"status\":522}"))).isEqualTo(503);
        assertThat(c.effectiveStatus(answer(200, "{\"status\":293}"))).isEqualTo(200);
        assertThat(c.effectiveStatus(answer(200, "not json"))).isEqualTo(200);
        assertThat(c.effectiveStatus(answer(502, "{\"status\":0}"))).isEqualTo(502);
    }

    @Test
    void otherEnvelopeErrorsAreBadResponses() {
        assertThatThrownBy(() -> WithingsApi.body(json("{\"status\":293,\"body\":{},\"error\":\"x\"}"), "w"))
                .isInstanceOfSatisfying(
                        ConnectorException.class,
                        e -> assertThat(e.kind()).isEqualTo(ConnectorException.Kind.BAD_RESPONSE));
        assertThatThrownBy(() -> WithingsApi.body(json("[]"), "w")).isInstanceOf(ConnectorException.class);
    }
}
