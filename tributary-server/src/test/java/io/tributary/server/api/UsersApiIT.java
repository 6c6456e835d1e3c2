package io.tributary.server.api;

import static io.tributary.server.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.server.account.UserService;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.storage.User;
import io.tributary.server.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class UsersApiIT extends IntegrationTest {
    @Autowired
    UserService users;

    @Autowired
    JdbcClient jdbc;

    private EnvironmentRecord envOf(String devId) {
        return accounts.environmentByDevId(devId).orElseThrow();
    }

    @Test
    void userInfoByIdAndByReference() {
        var t = env(newDeveloper(), "testing");
        EnvironmentRecord env = envOf(t.devId());
        User a = users.createAuthenticated(env, "SANDBOX", "ref-1", "ACTIVITY,SLEEP", "acct-a");
        users.createAuthenticated(env, "GARMIN", "ref-1", null, "acct-b");

        JsonNode one = as(t).get("/v2/userInfo?user_id=" + a.id()).json();
        assertThat(one.get("status").asString()).isEqualTo("success");
        assertThat(one.get("is_authenticated").asBoolean()).isTrue();
        JsonNode user = one.get("user");
        assertThat(user.get("user_id").asString()).isEqualTo(a.id().toString());
        assertThat(user.get("provider").asString()).isEqualTo("SANDBOX");
        assertThat(user.get("reference_id").asString()).isEqualTo("ref-1");
        assertThat(user.get("scopes").asString()).isEqualTo("ACTIVITY,SLEEP");
        assertThat(user.get("active").asBoolean()).isTrue();
        assertThat(user.get("created_at").asString())
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}\\+00:00");
        assertThat(user.has("last_webhook_update")).isTrue();

        JsonNode byRef = as(t).get("/v2/userInfo?reference_id=ref-1").json();
        assertThat(byRef.isArray()).isTrue();
        assertThat(byRef.size()).isEqualTo(2);
        assertThat(as(t).get("/v2/userInfo?reference_id=nobody").json().size()).isZero();

        assertProblem(as(t).get("/v2/userInfo"), 400);
        assertProblem(as(t).get("/v2/userInfo?user_id=" + java.util.UUID.randomUUID()), 404);
    }

    @Test
    void bulkUserInfoReturnsOnlyThisEnvironmentsUsers() {
        var dev = newDeveloper();
        var t = env(dev, "testing");
        var s = env(dev, "staging");
        User a = users.createAuthenticated(envOf(t.devId()), "SANDBOX", null, null, null);
        User b = users.createAuthenticated(envOf(t.devId()), "SANDBOX", null, null, null);
        User other = users.createAuthenticated(envOf(s.devId()), "SANDBOX", null, null, null);
        String body = "[\"" + a.id() + "\",\"" + b.id() + "\",\"" + other.id() + "\",\"junk\"]";
        var r = as(t).post("/v2/bulkUserInfo", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        r.json().forEach(n -> ids.add(n.get("user_id").asString()));
        assertThat(ids).containsExactlyInAnyOrder(a.id().toString(), b.id().toString());
        assertProblem(as(t).post("/v2/bulkUserInfo", "{\"not\":\"an array\"}"), 400);
        assertProblem(as(t).post("/v2/bulkUserInfo", "[1,2]"), 400);
        assertProblem(as(t).post("/v2/bulkUserInfo", "[\"unterminated"), 400);
    }

    @Test
    void subscriptionsInBothShapes() {
        var t = env(newDeveloper(), "production");
        EnvironmentRecord env = envOf(t.devId());
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 7; i++)
            created.add(users.createAuthenticated(env, "SANDBOX", "r" + i, null, null)
                    .id()
                    .toString());
        User pending = users.createPending(env, "SANDBOX", "pending");

        JsonNode all = as(t).get("/v2/subscriptions").json();
        assertThat(all.get("users").size()).isEqualTo(7);
        assertThat(all.toString()).doesNotContain(pending.id().toString());

        JsonNode p0 = as(t).get("/v2/subscriptions?page=0&per_page=3").json().get("data");
        assertThat(p0.get("results").size()).isEqualTo(3);
        assertThat(p0.get("next").asInt()).isEqualTo(1);
        assertThat(p0.get("max_page").asInt()).isEqualTo(2);
        JsonNode p2 = as(t).get("/v2/subscriptions?page=2&per_page=3").json().get("data");
        assertThat(p2.get("results").size()).isEqualTo(1);
        assertThat(p2.get("next").isNull()).isTrue();
        List<String> paged = new ArrayList<>();
        for (int p = 0; p <= 2; p++)
            as(t).get("/v2/subscriptions?page=" + p + "&per_page=3")
                    .json()
                    .get("data")
                    .get("results")
                    .forEach(n -> paged.add(n.get("user_id").asString()));
        assertThat(paged).containsExactlyElementsOf(created);
        JsonNode dflt = as(t).get("/v2/subscriptions?page=0").json().get("data");
        assertThat(dflt.get("results").size()).isEqualTo(7);

        assertProblem(as(t).get("/v2/subscriptions?page=-1"), 400);
        assertProblem(as(t).get("/v2/subscriptions?page=abc"), 400);
        assertProblem(as(t).get("/v2/subscriptions?page=0&per_page=0"), 400);
    }

    @Test
    void patchUser() {
        var t = env(newDeveloper(), "testing");
        User u = users.createAuthenticated(envOf(t.devId()), "SANDBOX", "old", null, null);
        var r = as(t).patch("/v2/users/" + u.id(), "{\"reference_id\":\"new\",\"active\":false}");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("status").asString()).isEqualTo("success");
        assertThat(r.json().get("user").get("reference_id").asString()).isEqualTo("new");
        assertThat(r.json().get("user").get("active").asBoolean()).isFalse();
        var r2 = as(t).patch("/v2/users/" + u.id(), "{\"active\":true}");
        assertThat(r2.json().get("user").get("reference_id").asString()).isEqualTo("new");
        assertThat(r2.json().get("user").get("active").asBoolean()).isTrue();

        assertProblem(as(t).patch("/v2/users/" + u.id(), "{\"active\":\"yes\"}"), 400);
        assertProblem(as(t).patch("/v2/users/" + u.id(), "{bad json"), 400);
        assertProblem(as(t).patch("/v2/users/" + java.util.UUID.randomUUID(), "{\"active\":true}"), 400);
    }

    @Test
    void anotherEnvironmentsKeyCanNeitherReadNorChangeAUser() {
        var dev = newDeveloper();
        var t = env(dev, "testing");
        var p = env(dev, "production");
        var stranger = env(newDeveloper(), "testing");
        User u = users.createAuthenticated(envOf(t.devId()), "SANDBOX", "mine", null, null);
        for (var other : List.of(p, stranger)) {
            assertProblem(as(other).get("/v2/userInfo?user_id=" + u.id()), 404);
            assertThat(as(other).get("/v2/userInfo?reference_id=mine").json().size())
                    .isZero();
            assertThat(as(other).get("/v2/subscriptions").json().get("users").size())
                    .isZero();
            assertProblem(as(other).patch("/v2/users/" + u.id(), "{\"active\":false}"), 400);
            assertProblem(as(other).delete("/v2/auth/deauthenticateUser?user_id=" + u.id()), 404);
        }
        JsonNode still = as(t).get("/v2/userInfo?user_id=" + u.id()).json().get("user");
        assertThat(still.get("active").asBoolean()).isTrue();
        assertThat(still.get("reference_id").asString()).isEqualTo("mine");
    }

    @Test
    void deauthenticationEmitsADeauthEventInTheOutbox() {
        var t = env(newDeveloper(), "testing");
        EnvironmentRecord env = envOf(t.devId());
        User u = users.createAuthenticated(env, "SANDBOX", "bye", null, null);
        assertThat(as(t).delete("/v2/auth/deauthenticateUser?user_id=" + u.id()).status())
                .isEqualTo(200);
        String payload = jdbc.sql(
                        "SELECT payload::text FROM events WHERE environment_id = ? AND user_id = ? AND type = 'deauth'")
                .params(env.id(), u.id())
                .query(String.class)
                .single();
        JsonNode j = io.tributary.server.support.TestHttp.JSON.readTree(payload);
        assertThat(j.get("type").asString()).isEqualTo("deauth");
        assertThat(j.get("status").asString()).isEqualTo("success");
        assertThat(j.get("message").asString()).isEqualTo("User has deauthenticated");
        assertThat(j.get("user").get("user_id").asString()).isEqualTo(u.id().toString());
        assertProblem(as(t).get("/v2/userInfo?user_id=" + u.id()), 404);
    }
}
