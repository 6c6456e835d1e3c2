package io.tributary.server.connection;

import static io.tributary.server.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.server.account.DeveloperCredentials.EnvironmentCredentials;
import io.tributary.server.support.TestHttp;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The user cap (docs/decisions.md#4) through the real SANDBOX flow: 50 connected users in testing, never 51. */
class UserCapFlowIT extends ConnectionTestSupport {

    @Test
    void fiftyUsersThroughTheFlowThenStartsAreRefusedAndARacingCompletionFails() {
        EnvironmentCredentials e = env(newDeveloper(), "testing");
        for (int i = 0; i < 49; i++) {
            TestHttp.Response r = connectSandbox(e, "u" + i, null, "approve", null);
            assertThat(r.status()).isEqualTo(302);
            assertThat(r.header("Location")).contains("/v2/auth/success?");
        }
        // two flows start while one slot is left
        String a = as(e).post("/v2/auth/authenticateUser?resource=SANDBOX", "{\"reference_id\":\"a\"}")
                .json()
                .get("auth_url")
                .asString();
        String b = as(e).post("/v2/auth/authenticateUser?resource=SANDBOX", "{\"reference_id\":\"b\"}")
                .json()
                .get("auth_url")
                .asString();
        TestHttp.Response first = http().get(sandboxDecide(a, "approve", null));
        assertThat(first.header("Location")).contains("/v2/auth/success?");
        TestHttp.Response second = http().get(sandboxDecide(b, "approve", null));
        assertThat(second.status()).isEqualTo(302);
        Map<String, String> q = query(second.header("Location"));
        assertThat(second.header("Location")).startsWith(http().base() + "/v2/auth/failure?");
        assertThat(q).containsEntry("reason", "user_limit_reached").containsEntry("reference_id", "b");
        assertProblem(as(e).get("/v2/userInfo?user_id=" + q.get("user_id")), 404);
        var failed = events(e, "auth").stream()
                .filter(x -> x.payload().get("status").asString().equals("error"))
                .toList();
        assertThat(failed).hasSize(1);
        assertThat(failed.get(0).payload().get("reason").asString()).isEqualTo("user_limit_reached");
        assertThat(as(e).get("/v2/subscriptions").json().get("users").size()).isEqualTo(50);

        // at the cap every way of starting a flow is refused with 403
        for (TestHttp.Response r : new TestHttp.Response[] {
            as(e).post("/v2/auth/authenticateUser?resource=SANDBOX", "{}"),
            as(e).post("/v2/auth/generateWidgetSession", "{}"),
            as(e).post("/v2/auth/generateAuthToken", null)
        }) {
            assertProblem(r, 403);
            assertThat(r.json().get("detail").asString()).contains("50", "deauthenticate");
        }

        // deauthenticating frees a slot at once
        String someone = as(e).get("/v2/subscriptions")
                .json()
                .get("users")
                .get(0)
                .get("user_id")
                .asString();
        assertThat(as(e).delete("/v2/auth/deauthenticateUser?user_id=" + someone)
                        .status())
                .isEqualTo(200);
        assertThat(connectSandbox(e, "again", null, "approve", null).header("Location"))
                .contains("/v2/auth/success?");
    }
}
