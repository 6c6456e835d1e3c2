package io.tributary.server.ingest;

import static io.tributary.server.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.server.account.UserService;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.storage.ConnectorStateStore;
import io.tributary.server.storage.User;
import io.tributary.server.storage.UserStore;
import io.tributary.server.support.IntegrationTest;
import io.tributary.server.support.TestHttp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /v2/hooks/garmin} end to end on the real server: verified by the environment's client id, the
 * summaries of one day merged into one Daily read back through {@code GET /v2/daily}, data events in the outbox;
 * refused, unreadable and unknown notifications answered with problems; deregistration and permission changes
 * become {@code deauth} and {@code permission_change}. Also the per-connection key-value store.
 */
class PushHooksIT extends IntegrationTest {
    static final String GARMIN_USER = "4aacafe82427c251df9c9592d0c06768";

    @Autowired
    UserService users;

    @Autowired
    UserStore userStore;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConnectorStateStore state;

    Holder t;
    EnvironmentRecord env;
    User user;
    String clientId;

    record Holder(io.tributary.server.account.DeveloperCredentials.EnvironmentCredentials e) {}

    @BeforeEach
    void setUp() {
        var e = env(newDeveloper(), "testing");
        t = new Holder(e);
        env = accounts.environmentByDevId(e.devId()).orElseThrow();
        clientId = "garmin-app-" + System.nanoTime();
        TestHttp.Response k = as(e).patch(
                        "/v2/dashboard/providerKeys",
                        "{\"resource\":\"GARMIN\",\"client_id\":\"" + clientId
                                + "\",\"client_secret\":\"garmin-secret-1234\"}");
        assertThat(k.status()).as(k.body()).isEqualTo(200);
        // each test its own Garmin account id, so environments of other tests never match
        user = users.createAuthenticated(env, "GARMIN", "ref-g", "HEALTH_EXPORT", GARMIN_USER + "-" + clientId);
    }

    /** The connector's own fixtures (tributary-connectors), with this test's Garmin account id. */
    private String fixture(String name) {
        try {
            return java.nio.file.Files.readString(
                            java.nio.file.Path.of(
                                    "../tributary-connectors/src/test/resources/garmin/" + name + ".json"),
                            StandardCharsets.UTF_8)
                    .replace(GARMIN_USER, user.providerUserId());
        } catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    private TestHttp.Response push(String body, String client) {
        TestHttp h = http().withHeader("Content-Type", "application/json");
        if (client != null) h = h.withHeader("garmin-client-id", client);
        return h.post("/v2/hooks/garmin", body);
    }

    @Test
    void theDaysSummariesArriveSeparatelyAndAreReadAsOneDaily() {
        for (String f : new String[] {"dailies", "epochs", "stressDetails", "pulseox"}) {
            TestHttp.Response r = push(fixture(f), clientId);
            assertThat(r.status()).as(f + ": " + r.body()).isEqualTo(200);
        }
        // a re-push of the same summary replaces its own part, never duplicates
        assertThat(push(fixture("epochs"), clientId).status()).isEqualTo(200);
        TestHttp.Response read = as(t.e())
                .get("/v2/daily?user_id=" + user.id()
                        + "&start_date=2020-02-06&end_date=2020-02-06&to_webhook=false&with_samples=true");
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        JsonNode data = read.json().get("data");
        assertThat(data).hasSize(1);
        JsonNode d = data.get(0);
        assertThat(d.path("metadata").path("start_time").asString()).isEqualTo("2020-02-06T00:00:00.000000+01:00");
        assertThat(d.path("distance_data").path("steps").asInt()).isEqualTo(9318);
        assertThat(d.path("distance_data").path("detailed").path("step_samples"))
                .hasSize(2);
        assertThat(d.path("stress_data").path("avg_stress_level").asDouble()).isEqualTo(31);
        assertThat(d.path("stress_data").path("samples")).hasSize(3);
        assertThat(d.path("oxygen_data").path("saturation_samples")).hasSize(3);
        long events = jdbc.sql("SELECT count(*) FROM events WHERE user_id = ? AND type = 'daily'")
                .param(user.id())
                .query(Long.class)
                .single();
        assertThat(events).isEqualTo(4); // the unchanged re-push emitted nothing
    }

    @Test
    void aNotificationOfAnotherAppIsRefusedAndStoresNothing() {
        assertProblem(push(fixture("dailies"), "not-our-app"), 401);
        assertProblem(push(fixture("dailies"), null), 401);
        assertProblem(push("{not json", clientId), 400);
        assertProblem(http().post("/v2/hooks/nosuchprovider", "{}"), 404);
        long stored = jdbc.sql("SELECT count(*) FROM data_objects WHERE user_id = ?")
                .param(user.id())
                .query(Long.class)
                .single();
        assertThat(stored).isZero();
    }

    @Test
    void permissionChangesAndDeregistrationBecomeTheirEvents() {
        assertThat(push(fixture("userPermissionsChange"), clientId).status()).isEqualTo(200);
        User now = userStore.find(env.id(), user.id()).orElseThrow();
        assertThat(now.scopes()).isEqualTo("ACTIVITY_EXPORT,HEALTH_EXPORT");
        JsonNode change = event("permission_change");
        assertThat(change.path("scopes_added").asString()).isEqualTo("ACTIVITY_EXPORT");
        assertThat(change.path("scopes_removed").asString()).isEmpty();
        assertThat(change.path("message").asString()).isEqualTo("User permissions have been modified");
        assertThat(push(fixture("deregistrations"), clientId).status()).isEqualTo(200);
        assertThat(event("deauth").path("user").path("user_id").asString())
                .isEqualTo(user.id().toString());
        // a deauthenticated user is no longer found as a connection
        assertThat(userStore.find(env.id(), user.id()).filter(User::authenticated))
                .isEmpty();
    }

    @Test
    void eachConnectionHasItsOwnKeyValueState() {
        var kv = state.forConnection(user.id());
        kv.put("subscription:sleep", "sub-1");
        kv.put("subscription:daily", "sub-2");
        kv.put("cursor", "c-9");
        kv.put("cursor", "c-10");
        assertThat(kv.get("cursor")).contains("c-10");
        assertThat(kv.list("subscription:"))
                .isEqualTo(Map.of("subscription:daily", "sub-2", "subscription:sleep", "sub-1"));
        kv.delete("cursor");
        assertThat(kv.get("cursor")).isEmpty();
        User other = users.createAuthenticated(env, "GARMIN", "ref-2", null, "other-" + clientId);
        assertThat(state.forConnection(other.id()).list("")).isEmpty();
        var app = state.forApp("GARMIN", env.id().toString());
        app.put("webhook", "w-1");
        assertThat(state.forApp("GARMIN", "default").get("webhook")).isEmpty();
        assertThat(app.get("webhook")).contains("w-1");
    }

    private JsonNode event(String type) {
        String payload = jdbc.sql("SELECT payload::text FROM events WHERE user_id = ? AND type = ?")
                .params(user.id(), type)
                .query(String.class)
                .single();
        return TestHttp.JSON.readTree(payload);
    }
}
