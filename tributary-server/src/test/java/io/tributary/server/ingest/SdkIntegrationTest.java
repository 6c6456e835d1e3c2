package io.tributary.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.server.support.IntegrationTest;
import io.tributary.server.support.TestHttp;
import tools.jackson.databind.JsonNode;

/** What the mobile-SDK integration tests share: connecting an SDK user, reading one object back, a record. */
abstract class SdkIntegrationTest extends IntegrationTest {

    /** Connects a new SDK user of {@code provider} through an auth token; returns {user_id, sdk_secret}. */
    protected String[] connect(TestHttp api, String provider) {
        String token =
                api.post("/v2/auth/generateAuthToken", null).json().get("token").asString();
        TestHttp.Response r =
                http().post("/v2/sdk/connect", "{\"token\":\"" + token + "\",\"provider\":\"" + provider + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return new String[] {
            r.json().get("user_id").asString(), r.json().get("sdk_secret").asString()
        };
    }

    /** The only object of {@code type} the user has in [day, next), with samples. */
    protected static JsonNode one(TestHttp api, String type, String userId, String day, String next) {
        TestHttp.Response r = api.get("/v2/" + type + "?user_id=" + userId + "&start_date=" + day + "&end_date=" + next
                + "&to_webhook=false&with_samples=true");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("data").size()).as(r.body()).isEqualTo(1);
        return r.json().get("data").get(0);
    }

    /** A Health Connect record of {@code type} with metadata id {@code id} and the given JSON fields. */
    protected static String hc(String type, String id, String fields) {
        return "{\"recordType\":\"" + type + "\",\"metadata\":{\"id\":\"" + id + "\"}," + fields + "}";
    }
}
