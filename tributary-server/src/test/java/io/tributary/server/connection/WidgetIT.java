package io.tributary.server.connection;

import static io.tributary.server.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.server.account.DeveloperCredentials.EnvironmentCredentials;
import io.tributary.server.support.TestHttp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class WidgetIT extends ConnectionTestSupport {

    @Test
    void sessionFromJsonBodyOpensABrandedAccessiblePage() {
        EnvironmentCredentials e = env(newDeveloper(), "testing");
        assertThat(as(e).patch(
                                "/v2/dashboard/settings/widget",
                                "{\"display_name\":\"Acme <Health>\",\"primary_color\":\"#112233\","
                                        + "\"logo_url\":\"https://acme.example.com/logo.png\"}")
                        .status())
                .isEqualTo(200);
        TestHttp.Response r = as(e).post(
                        "/v2/auth/generateWidgetSession",
                        "{\"providers\":\"SANDBOX\",\"language\":\"en\",\"reference_id\":\"w-1\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode j = r.json();
        assertThat(j.get("status").asString()).isEqualTo("success");
        assertThat(j.get("expires_in").asInt()).isEqualTo(900);
        String id = j.get("session_id").asString();
        assertThat(j.get("url").asString()).isEqualTo(http().base() + "/v2/widget/session/" + id);

        TestHttp.Response page = http().get(j.get("url").asString());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        String html = page.body();
        assertThat(html).contains("<html lang=\"en\">", "<main", "<header", "name=\"viewport\"", ":focus-visible");
        assertThat(html).contains("Acme &lt;Health&gt;").doesNotContain("Acme <Health>");
        assertThat(html).contains("#112233", "alt=\"Acme &lt;Health&gt; logo\"");
        assertThat(html)
                .contains("value=\"SANDBOX\"", "/v2/static/icons/sandbox.svg", "aria-label=\"Connect Sandbox\"");
        assertThat(html).doesNotContain("ZZTEST_CREDS"); // only the requested providers
        assertThat(http().get("/v2/static/icons/sandbox.svg").status()).isEqualTo(200);
        assertThat(http().get("/v2/static/icons/generic.svg").status()).isEqualTo(200);

        // picking the sandbox starts its flow and uses the session up
        TestHttp.Response chosen = http().send(
                        "POST", "/v2/widget/session/" + id, "provider=SANDBOX", "application/x-www-form-urlencoded");
        assertThat(chosen.status()).isEqualTo(303);
        assertThat(chosen.header("Location")).startsWith(http().base() + "/sandbox/oauth/authorize?");
        TestHttp.Response again = http().get("/v2/widget/session/" + id);
        assertThat(again.status()).isEqualTo(410);
        assertThat(again.body()).contains("already been used").doesNotContain("Exception");

        // completing through the widget carries the session id and reference into the auth event
        String callback = sandboxDecide(chosen.header("Location"), "approve", null);
        TestHttp.Response done = http().get(callback);
        assertThat(done.status()).isEqualTo(302);
        assertThat(done.header("Location")).startsWith(http().base() + "/v2/auth/success?");
        assertThat(query(done.header("Location"))).containsEntry("reference_id", "w-1");
        JsonNode auth = events(e, "auth").get(0).payload();
        assertThat(auth.get("widget_session_id").asString()).isEqualTo(id);
        assertThat(auth.get("reference_id").asString()).isEqualTo("w-1");
        TestHttp.Response success = http().get(done.header("Location"));
        assertThat(success.status()).isEqualTo(200);
        assertThat(success.body()).contains("Sandbox");
    }

    @Test
    void queryParamsLikeTheOldJavaClientAndDefaultProviderOrder() {
        EnvironmentCredentials e = env(newDeveloper(), "testing");
        as(e).patch("/v2/dashboard/settings/widget", "{\"default_providers\":[\"ZZTEST_CREDS\",\"SANDBOX\"]}");
        TestHttp.Response r =
                as(e).post("/v2/auth/generateWidgetSession?reference_id=q&language=de&show_disconnect=true", null);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        String html = http().get(r.json().get("url").asString()).body();
        assertThat(html).contains("<html lang=\"de\">", "Datenquelle verbinden");
        assertThat(html.indexOf("value=\"ZZTEST_CREDS\"")).isLessThan(html.indexOf("value=\"SANDBOX\""));
        // a form-encoded body works like query parameters
        TestHttp.Response form = as(e).send(
                        "POST",
                        "/v2/auth/generateWidgetSession",
                        "providers=SANDBOX&language=fr",
                        "application/x-www-form-urlencoded");
        assertThat(form.status()).as(form.body()).isEqualTo(200);
        String fr = http().get(form.json().get("url").asString()).body();
        assertThat(fr).contains("<html lang=\"fr\">", "value=\"SANDBOX\"").doesNotContain("ZZTEST_CREDS");
        // unknown language falls back to English
        String en = http().get(as(e).post("/v2/auth/generateWidgetSession?language=xx", null)
                        .json()
                        .get("url")
                        .asString())
                .body();
        assertThat(en).contains("Connect a data source");
    }

    @Test
    void expiredUnknownAndBadSessions() {
        EnvironmentCredentials e = env(newDeveloper(), "testing");
        String id = as(e).post("/v2/auth/generateWidgetSession", "{}")
                .json()
                .get("session_id")
                .asString();
        jdbc.sql("UPDATE widget_sessions SET expires_at = now() - interval '1 second' WHERE id = ?::uuid")
                .param(id)
                .update();
        TestHttp.Response expired = http().get("/v2/widget/session/" + id);
        assertThat(expired.status()).isEqualTo(410);
        assertThat(expired.body()).contains("expired");
        assertThat(http().get("/v2/widget/session/" + java.util.UUID.randomUUID())
                        .status())
                .isEqualTo(404);
        assertThat(http().get("/v2/widget/session/not-a-uuid").status()).isEqualTo(404);
        assertProblem(as(e).post("/v2/auth/generateWidgetSession", "{\"providers\":\"SANDBOX,NOPE\"}"), 400);
        assertProblem(as(e).post("/v2/auth/generateWidgetSession", "{not json"), 400);
        assertProblem(
                as(e).post("/v2/auth/generateWidgetSession", "{\"auth_success_redirect_url\":\"data:text/html,x\"}"),
                400);
    }

    @Test
    void credentialsProviderFormCompletesTheConnection() {
        EnvironmentCredentials e = env(newDeveloper(), "testing");
        TestHttp.Response start = as(e).post("/v2/auth/authenticateUser?resource=ZZTEST_CREDS", "{}");
        assertThat(start.status()).as(start.body()).isEqualTo(200);
        String url = start.json().get("auth_url").asString();
        TestHttp.Response form = http().get(url);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("<label for=\"field-username\">", "type=\"password\"");
        String state = query(url).get("state");
        TestHttp.Response missing = http().send(
                        "POST",
                        "/v2/auth/credentials/zztest_creds",
                        "state=" + state + "&username=alice",
                        "application/x-www-form-urlencoded");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("role=\"alert\"");
        TestHttp.Response ok = http().send(
                        "POST",
                        "/v2/auth/credentials/zztest_creds",
                        "state=" + state + "&username=alice&password=s3cret",
                        "application/x-www-form-urlencoded");
        assertThat(ok.status()).isEqualTo(302);
        String userId = query(ok.header("Location")).get("user_id");
        assertThat(as(e).get("/v2/userInfo?user_id=" + userId)
                        .json()
                        .get("is_authenticated")
                        .asBoolean())
                .isTrue();
        String stored = jdbc.sql("SELECT credentials_enc FROM connections WHERE user_id = ?::uuid")
                .param(userId)
                .query(String.class)
                .single();
        assertThat(stored).startsWith("v1:").doesNotContain("s3cret");
    }

    @Test
    void dashboardProvidersAndKeysMaskSecrets() {
        EnvironmentCredentials e = env(newDeveloper(), "staging");
        JsonNode list = as(e).get("/v2/dashboard/providers").json().get("providers");
        JsonNode sandbox = null;
        for (JsonNode n : list) if (n.get("provider").asString().equals("SANDBOX")) sandbox = n;
        assertThat(sandbox).isNotNull();
        assertThat(sandbox.get("enabled").asBoolean()).isTrue();
        TestHttp.Response k = as(e).patch(
                        "/v2/dashboard/providerKeys",
                        "{\"resource\":\"ZZTEST_OAUTH2\",\"client_id\":\"cid\",\"client_secret\":\"super-secret-value-1234\","
                                + "\"redirect_url\":\"https://tributary.example.com/v2/auth/callback/zztest_oauth2\"}");
        assertThat(k.status()).as(k.body()).isEqualTo(200);
        assertThat(k.json().get("key").get("client_secret").asString()).isEqualTo("********1234");
        String keys = as(e).get("/v2/dashboard/providerKeys").body();
        assertThat(keys).contains("ZZTEST_OAUTH2", "********1234").doesNotContain("super-secret-value");
        String raw = jdbc.sql("SELECT client_secret_enc FROM provider_configs WHERE client_id = 'cid'"
                        + " AND environment_id = ?")
                .param(envId(e))
                .query(String.class)
                .single();
        assertThat(raw).doesNotContain("super-secret");
        // now offered
        assertThat(as(e).post("/v2/auth/authenticateUser?resource=ZZTEST_OAUTH2", "{}")
                        .status())
                .isEqualTo(200);
        // disable → not offered
        as(e).post("/v2/dashboard/providers", "{\"provider\":\"ZZTEST_OAUTH2\",\"enabled\":false}");
        assertProblem(as(e).post("/v2/auth/authenticateUser?resource=ZZTEST_OAUTH2", "{}"), 400);
        // no provider named: the detail lists the providers this server is configured with
        String missing = assertProblem(as(e).post("/v2/auth/authenticateUser", "{}"), 400)
                .get("detail")
                .asString();
        assertThat(missing).contains("one of ", "SANDBOX", "ZZTEST_OAUTH2").doesNotContain("e.g.");
        assertThat(as(e).delete("/v2/dashboard/providers?provider=ZZTEST_OAUTH2")
                        .status())
                .isEqualTo(200);
        assertProblem(as(e).post("/v2/dashboard/providers", "{\"provider\":\"NOPE\",\"enabled\":true}"), 404);
        assertProblem(as(e).patch("/v2/dashboard/settings/widget", "{\"primary_color\":\"red\"}"), 400);
        assertThat(as(e).get("/v2/dashboard/settings/widget")
                        .json()
                        .get("widget")
                        .has("primary_color"))
                .isTrue();
    }
}
