package io.tributary.server.api;

import static io.tributary.server.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.server.account.UserService;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.storage.User;
import io.tributary.server.support.IntegrationTest;
import io.tributary.server.support.TestHttp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Pins the wire shape of the typed API edges: exact field names in their order, nulls written (a client may test
 * {@code reference_id === null}), and the 400 details of the request binder for JSON bodies, query parameters and
 * form posts. The order is what the controllers wrote before they returned records.
 */
class WireShapeIT extends IntegrationTest {
    @Autowired
    UserService users;

    private static List<String> fields(JsonNode n) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : n.properties()) out.add(e.getKey());
        return out;
    }

    private static String detail(TestHttp.Response r) {
        return assertProblem(r, 400).get("detail").asString();
    }

    private static final List<String> TERRA_USER =
            List.of("user_id", "provider", "last_webhook_update", "scopes", "reference_id", "active", "created_at");

    @Test
    void authEndpointsTakeBodyQueryAndFormAlike() {
        var t = env(newDeveloper(), "testing");
        TestHttp api = as(t);
        JsonNode a = api.post("/v2/auth/authenticateUser", "{\"resource\":\"SANDBOX\",\"reference_id\":\"r1\"}")
                .json();
        assertThat(fields(a)).containsExactly("status", "user_id", "auth_url");
        JsonNode q = api.post("/v2/auth/authenticateUser?resource=SANDBOX&language=en", null)
                .json();
        assertThat(fields(q)).containsExactly("status", "user_id", "auth_url");
        var form =
                api.send("POST", "/v2/auth/authenticateUser", "provider=SANDBOX", "application/x-www-form-urlencoded");
        assertThat(form.status()).as(form.body()).isEqualTo(200);
        assertThat(detail(api.post("/v2/auth/authenticateUser", "{\"resource\":")))
                .isEqualTo("the request body is not valid JSON");
        assertThat(detail(api.post("/v2/auth/authenticateUser", "[1]")))
                .isEqualTo("the request body must be a JSON object");
        assertThat(detail(api.post("/v2/auth/authenticateUser", "{\"resource\":{\"a\":1}}")))
                .isEqualTo("'resource' must be a string");
        // the body wins over the query
        assertThat(api.post("/v2/auth/authenticateUser?resource=NOPE", "{\"resource\":\"SANDBOX\"}")
                        .status())
                .isEqualTo(200);

        JsonNode w = api.post("/v2/auth/generateWidgetSession", "{\"providers\":[\"SANDBOX\"]}")
                .json();
        assertThat(fields(w)).containsExactly("status", "url", "session_id", "expires_in");
        assertThat(w.get("expires_in").asInt()).isEqualTo(900);
        assertThat(api.post("/v2/auth/generateWidgetSession?providers=SANDBOX&show_disconnect=true", null)
                        .status())
                .isEqualTo(200);
        assertThat(detail(api.post("/v2/auth/generateWidgetSession?show_disconnect=maybe", null)))
                .isEqualTo("parameter 'show_disconnect' must be true or false, got 'maybe'");
        assertThat(detail(api.post("/v2/auth/generateWidgetSession", "{\"use_terra_avengers_app\":\"x\"}")))
                .isEqualTo("parameter 'use_terra_avengers_app' must be true or false, got 'x'");
        assertThat(detail(api.post("/v2/auth/generateWidgetSession", "{\"providers\":[1]}")))
                .isEqualTo("'providers' must contain strings");

        JsonNode tok = api.post("/v2/auth/generateAuthToken", null).json();
        assertThat(fields(tok)).containsExactly("status", "token", "expires_in");
    }

    @Test
    void userEndpoints() {
        var t = env(newDeveloper(), "testing");
        EnvironmentRecord env = accounts.environmentByDevId(t.devId()).orElseThrow();
        User u = users.createAuthenticated(env, "SANDBOX", null, "ACTIVITY", "acct-w");
        TestHttp api = as(t);

        JsonNode info = api.get("/v2/userInfo?user_id=" + u.id()).json();
        assertThat(fields(info)).containsExactly("user", "status", "is_authenticated");
        assertThat(fields(info.get("user"))).isEqualTo(TERRA_USER);
        assertThat(info.get("user").get("reference_id").isNull()).isTrue();

        JsonNode all = api.get("/v2/subscriptions").json();
        assertThat(fields(all)).containsExactly("users");
        assertThat(fields(all.get("users").get(0))).isEqualTo(TERRA_USER);
        JsonNode page = api.get("/v2/subscriptions?page=0&per_page=1").json();
        assertThat(fields(page)).containsExactly("data");
        assertThat(fields(page.get("data"))).containsExactly("next", "max_page", "results");
        assertThat(page.get("data").get("next").isNull()).isTrue();

        JsonNode bulk = api.post("/v2/bulkUserInfo", "[\"" + u.id() + "\"]").json();
        assertThat(fields(bulk.get(0))).isEqualTo(TERRA_USER);
        assertThat(detail(api.post("/v2/bulkUserInfo", "[1]")))
                .isEqualTo("body must be a JSON array of user_id strings");

        JsonNode patched =
                api.patch("/v2/users/" + u.id(), "{\"reference_id\":\"r9\"}").json();
        assertThat(fields(patched)).containsExactly("user", "status");
        assertThat(patched.get("user").get("reference_id").asString()).isEqualTo("r9");
        assertThat(api.patch("/v2/users/" + u.id(), "{\"reference_id\":null}")
                        .json()
                        .get("user")
                        .get("reference_id")
                        .isNull())
                .isTrue();
        assertThat(detail(api.patch("/v2/users/" + u.id(), "{\"active\":\"false\"}")))
                .isEqualTo("'active' must be true or false");
        assertThat(detail(api.patch("/v2/users/" + u.id(), "{\"reference_id\":5}")))
                .isEqualTo("'reference_id' must be a string or null");
        assertThat(detail(api.patch("/v2/users/" + u.id(), "[]"))).startsWith("body must be a JSON object");
        assertThat(detail(api.patch("/v2/users/" + u.id(), "{\"active\":")))
                .startsWith("request body is missing or is not valid JSON of the expected shape");
        assertThat(api.send("PATCH", "/v2/users/" + u.id(), "{}", "text/plain").status())
                .isEqualTo(415);
        assertThat(detail(api.patch("/v2/users/" + java.util.UUID.randomUUID(), "{}")))
                .startsWith("user not found");

        JsonNode deauth =
                api.delete("/v2/auth/deauthenticateUser?user_id=" + u.id()).json();
        assertThat(fields(deauth)).containsExactly("status");
    }

    @Test
    void dashboardSettingsAndKeys() {
        var t = env(newDeveloper(), "testing");
        TestHttp api = as(t);
        List<String> toggles =
                List.of("activity", "daily", "body", "sleep", "nutrition", "menstruation", "athlete", "samples");
        assertThat(fields(api.get("/v2/dashboard/settings/data-types").json())).isEqualTo(toggles);
        JsonNode patched = api.patch("/v2/dashboard/settings/data-types", "{\"sleep\":false}")
                .json();
        assertThat(fields(patched)).isEqualTo(toggles);
        assertThat(patched.get("sleep").asBoolean()).isFalse();
        assertThat(detail(api.patch("/v2/dashboard/settings/data-types", "{\"sleep\":\"false\"}")))
                .isEqualTo("'sleep' must be true or false");
        assertThat(detail(api.patch("/v2/dashboard/settings/data-types", "{\"steps\":true}")))
                .startsWith("unknown data type setting 'steps': use activity, daily");

        JsonNode keys = api.get("/v2/dashboard/apiKeys").json();
        assertThat(fields(keys)).containsExactly("status", "environment", "keys");
        List<String> key = List.of("id", "prefix", "label", "created_at", "last_used_at", "revoked_at", "active");
        assertThat(fields(keys.get("keys").get(0))).isEqualTo(key);
        var created = api.post("/v2/dashboard/apiKeys", "{\"label\":\"ci\"}");
        assertThat(created.status()).isEqualTo(201);
        List<String> withKey = new ArrayList<>(key);
        withKey.add("api_key");
        assertThat(fields(created.json())).isEqualTo(withKey);
        assertThat(api.post("/v2/dashboard/apiKeys", null).status()).isEqualTo(201);
        assertThat(detail(api.post("/v2/dashboard/apiKeys", "{\"label\":7}"))).isEqualTo("'label' must be a string");

        JsonNode providers = api.get("/v2/dashboard/providers").json();
        assertThat(fields(providers)).containsExactly("status", "providers");
        JsonNode sandbox = api.get("/v2/dashboard/providers/SANDBOX").json().get("provider");
        assertThat(fields(sandbox))
                .containsExactly(
                        "provider",
                        "name",
                        "setup",
                        "auth",
                        "enabled",
                        "enabled_setting",
                        "enabled_by_default",
                        "requires_developer_credentials",
                        "client_id",
                        "client_secret",
                        "redirect_url",
                        "scopes");
        var off = api.send("PATCH", "/v2/dashboard/providers/SANDBOX?enabled=false", null, null);
        assertThat(off.status()).as(off.body()).isEqualTo(200);
        assertThat(fields(off.json().get("provider"))).endsWith("scopes", "detail");
        assertThat(detail(api.patch("/v2/dashboard/providers/SANDBOX", "{\"enabled\":{}}")))
                .isEqualTo("'enabled' must be true or false");
        JsonNode removed = api.delete("/v2/dashboard/providers/SANDBOX").json();
        assertThat(fields(removed)).containsExactly("status", "removed", "provider");

        JsonNode key1 = api.patch("/v2/dashboard/providerKeys", "{\"resource\":\"SANDBOX\",\"client_id\":\"c1\"}")
                .json();
        assertThat(fields(key1)).containsExactly("status", "key");
        assertThat(fields(key1.get("key"))).containsExactly("resource", "client_id", "client_secret", "redirect_url");
        assertThat(fields(api.get("/v2/dashboard/providerKeys").json())).containsExactly("status", "keys");

        List<String> widget = List.of(
                "display_name",
                "primary_color",
                "logo_url",
                "default_providers",
                "default_language",
                "auth_success_redirect_url",
                "auth_failure_redirect_url");
        JsonNode ws = api.get("/v2/dashboard/settings/widget").json();
        assertThat(fields(ws)).containsExactly("status", "widget");
        assertThat(fields(ws.get("widget"))).isEqualTo(widget);
        JsonNode wp = api.patch(
                        "/v2/dashboard/settings/widget",
                        "{\"display_name\":\"Acme\",\"default_providers\":\"sandbox\",\"other\":1}")
                .json();
        assertThat(wp.get("widget").get("display_name").asString()).isEqualTo("Acme");
        assertThat(wp.get("widget").get("default_providers").get(0).asString()).isEqualTo("SANDBOX");
        assertThat(api.patch("/v2/dashboard/settings/widget", "{\"display_name\":null}")
                        .json()
                        .get("widget")
                        .get("display_name")
                        .isNull())
                .isTrue();
        assertThat(detail(api.patch("/v2/dashboard/settings/widget", "{\"logo_url\":[1]}")))
                .isEqualTo("'logo_url' must be a string");
        assertThat(detail(api.send("PATCH", "/v2/dashboard/settings/widget", null, null)))
                .isEqualTo("send a JSON object with the fields to change");
    }

    @Test
    void integrations() {
        JsonNode s = http().get("/v2/integrations").json();
        assertThat(fields(s)).containsExactly("status", "providers", "sdk_providers");
        JsonNode d = http().get("/v2/integrations/detailed?sdk=true").json();
        assertThat(fields(d)).containsExactly("status", "providers");
        JsonNode p = d.get("providers").get(0);
        assertThat(fields(p)).containsExactly("provider", "name", "icon", "setup", "enabled", "types");
        assertThat(fields(p.get("types")))
                .containsExactly("activity", "body", "nutrition", "daily", "sleep", "menstruation");
    }
}
