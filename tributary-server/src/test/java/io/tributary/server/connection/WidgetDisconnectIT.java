package io.tributary.server.connection;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.server.account.DeveloperCredentials.EnvironmentCredentials;
import io.tributary.server.support.TestHttp;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code show_disconnect}: the widget lists the end user's connections (by reference_id) and can remove them. */
class WidgetDisconnectIT extends ConnectionTestSupport {

    private String connectedUser(EnvironmentCredentials e, String reference) {
        TestHttp.Response done = connectSandbox(e, reference, null, "approve", null);
        assertThat(done.status()).as(done.body()).isEqualTo(302);
        return query(done.header("Location")).get("user_id");
    }

    private String session(EnvironmentCredentials e, String body) {
        TestHttp.Response r = as(e).post("/v2/auth/generateWidgetSession", body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("session_id").asString();
    }

    @Test
    void showDisconnectListsTheUsersConnectionsAndDisconnectsOne() {
        EnvironmentCredentials e = env(newDeveloper(), "testing");
        String mine = connectedUser(e, "end-user-7");
        String other = connectedUser(e, "someone-else");
        String id = session(
                e,
                "{\"providers\":\"SANDBOX\",\"reference_id\":\"end-user-7\",\"show_disconnect\":true,"
                        + "\"use_terra_avengers_app\":true}");
        String html = http().get("/v2/widget/session/" + id).body();
        assertThat(html)
                .contains(
                        "Connected data sources",
                        "action=\"/v2/widget/session/" + id + "/disconnect\"",
                        "value=\"" + mine + "\"",
                        "aria-label=\"Disconnect Sandbox\"")
                .doesNotContain(other);
        assertThat(html).contains("value=\"SANDBOX\""); // connecting (again) is still offered

        // someone else's user id is refused, nothing happens to it
        TestHttp.Response refused = http().send(
                        "POST",
                        "/v2/widget/session/" + id + "/disconnect",
                        "user_id=" + other,
                        "application/x-www-form-urlencoded");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("cannot be removed").doesNotContain("Exception");
        assertThat(events(e, "deauth")).isEmpty();

        TestHttp.Response gone = http().send(
                        "POST",
                        "/v2/widget/session/" + id + "/disconnect",
                        "user_id=" + mine,
                        "application/x-www-form-urlencoded");
        assertThat(gone.status()).isEqualTo(303);
        assertThat(gone.header("Location")).contains("/v2/widget/session/" + id);
        // exactly deauthenticateUser: deauth event, user no longer listed nor authenticated
        assertThat(events(e, "deauth")).hasSize(1);
        assertThat(events(e, "deauth").get(0).userId()).isEqualTo(UUID.fromString(mine));
        assertThat(jdbc.sql("SELECT state FROM users WHERE id = ?")
                        .param(UUID.fromString(mine))
                        .query(String.class)
                        .single())
                .isEqualTo("deauthenticated");
        TestHttp.Response after = http().get("/v2/widget/session/" + id);
        assertThat(after.status()).isEqualTo(200); // the session is not used up by a disconnect
        assertThat(after.body()).doesNotContain("value=\"" + mine + "\"").doesNotContain("Connected data sources");
    }

    @Test
    void withoutShowDisconnectNothingIsListedAndTheEndpointRefuses() {
        EnvironmentCredentials e = env(newDeveloper(), "testing");
        String mine = connectedUser(e, "end-user-8");
        String id = session(e, "{\"providers\":\"SANDBOX\",\"reference_id\":\"end-user-8\"}");
        String html = http().get("/v2/widget/session/" + id).body();
        assertThat(html).doesNotContain("Connected data sources").doesNotContain(mine);
        TestHttp.Response refused = http().send(
                        "POST",
                        "/v2/widget/session/" + id + "/disconnect",
                        "user_id=" + mine,
                        "application/x-www-form-urlencoded");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(events(e, "deauth")).isEmpty();
        // show_disconnect without reference_id: nothing to identify the end user by, nothing listed
        String anonymous = session(e, "{\"providers\":\"SANDBOX\",\"show_disconnect\":true}");
        assertThat(http().get("/v2/widget/session/" + anonymous).body()).doesNotContain("Connected data sources");
    }
}
