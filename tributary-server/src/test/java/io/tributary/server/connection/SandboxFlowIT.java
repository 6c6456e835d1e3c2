package io.tributary.server.connection;

import static io.tributary.server.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.server.account.DeveloperCredentials.EnvironmentCredentials;
import io.tributary.server.ingest.ScheduledPulls;
import io.tributary.server.shared.SecretBox;
import io.tributary.server.storage.ConnectionStore;
import io.tributary.server.support.TestHttp;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class SandboxFlowIT extends ConnectionTestSupport {
    @Autowired
    SecretBox secrets;

    @Autowired
    ConnectionStore connectionStore;

    @Autowired
    ScheduledPulls sync;

    @Autowired
    SdkTokenService sdkTokens;

    @Autowired
    AuthEngine engine;

    @Test
    void aFlowConsumedByAProcessThatDiedDoesNotLeaveItsPendingUserBehind() {
        EnvironmentCredentials e = env(newDeveloper(), "testing");
        TestHttp.Response start =
                as(e).post("/v2/auth/authenticateUser?resource=SANDBOX", "{\"reference_id\":\"crashed-mid-callback\"}");
        assertThat(start.status()).as(start.body()).isEqualTo(200);
        String userId = start.json().get("user_id").asString();
        // The callback's process used the state, then died before finishing: simulate it.
        jdbc.sql("UPDATE auth_flows SET consumed_at = now() - interval '2 hours' WHERE user_id = ?::uuid")
                .param(userId)
                .update();
        assertThat(as(e).get("/v2/userInfo?user_id=" + userId).status()).isEqualTo(200);
        engine.sweepExpiredFlows();
        assertProblem(as(e).get("/v2/userInfo?user_id=" + userId), 404);
        List<Event> auth = events(e, "auth");
        assertThat(auth).hasSize(1);
        assertThat(auth.get(0).payload().get("status").asString()).isEqualTo("error");
        assertThat(auth.get(0).payload().get("reason").asString()).isEqualTo("auth_expired");
        assertThat(auth.get(0).payload().get("reference_id").asString()).isEqualTo("crashed-mid-callback");
        engine.sweepExpiredFlows(); // nothing left to do: no second event
        assertThat(events(e, "auth")).hasSize(1);
    }

    @Test
    void authenticateUserApproveRedirectsToSuccessUrlAndEmitsAuth() {
        EnvironmentCredentials e = env(newDeveloper(), "testing");
        TestHttp.Response start = as(e).post(
                        "/v2/auth/authenticateUser?resource=SANDBOX",
                        "{\"reference_id\":\"ref-1\",\"auth_success_redirect_url\":\"https://app.example.com/done?x=1\"}");
        assertThat(start.status()).as(start.body()).isEqualTo(200);
        JsonNode j = start.json();
        assertThat(j.get("status").asString()).isEqualTo("success");
        String userId = j.get("user_id").asString();
        String authUrl = j.get("auth_url").asString();
        Map<String, String> q = query(authUrl);
        assertThat(authUrl).startsWith(http().base() + "/sandbox/oauth/authorize?");
        assertThat(q).containsEntry("response_type", "code").containsEntry("code_challenge_method", "S256");
        assertThat(q.get("code_challenge")).matches("[A-Za-z0-9_-]{43}");
        assertThat(q.get("state")).hasSizeGreaterThanOrEqualTo(43);
        assertThat(q.get("redirect_uri")).isEqualTo(http().base() + "/v2/auth/callback/sandbox");

        // pending user exists, not yet authenticated
        assertThat(as(e).get("/v2/userInfo?user_id=" + userId)
                        .json()
                        .get("is_authenticated")
                        .asBoolean())
                .isFalse();

        String callback = sandboxDecide(authUrl, "approve", null);
        assertThat(callback).startsWith(http().base() + "/v2/auth/callback/sandbox?code=");
        TestHttp.Response done = http().get(callback);
        assertThat(done.status()).isEqualTo(302);
        String location = done.header("Location");
        assertThat(location).startsWith("https://app.example.com/done?x=1&");
        assertThat(query(location))
                .containsEntry("user_id", userId)
                .containsEntry("resource", "SANDBOX")
                .containsEntry("reference_id", "ref-1");

        JsonNode info = as(e).get("/v2/userInfo?user_id=" + userId).json();
        assertThat(info.get("is_authenticated").asBoolean()).isTrue();
        assertThat(info.get("user").get("provider").asString()).isEqualTo("SANDBOX");

        List<Event> auth = events(e, "auth");
        assertThat(auth).hasSize(1);
        JsonNode p = auth.get(0).payload();
        assertThat(p.get("status").asString()).isEqualTo("success");
        assertThat(p.get("user").get("user_id").asString()).isEqualTo(userId);
        assertThat(p.get("reference_id").asString()).isEqualTo("ref-1");
        assertThat(p.get("message").asString()).isEqualTo("User has successfully authenticated");
        assertThat(p.has("widget_session_id")).isTrue();

        // the callback cannot be replayed
        TestHttp.Response replay = http().get(callback);
        assertThat(replay.status()).isEqualTo(400);
        assertThat(replay.contentType()).startsWith("text/html");
        assertThat(replay.body()).contains("already").doesNotContain("Exception");
    }

    @Test
    void tokensAreEncryptedAtRestAndTheConnectorCanUseThem() {
        EnvironmentCredentials e = env(newDeveloper(), "testing");
        String userId = query(connectSandbox(e, null, null, "approve", null).header("Location"))
                .get("user_id");
        Map<String, Object> raw = jdbc.sql(
                        "SELECT access_token_enc, refresh_token_enc FROM connections WHERE user_id = ?::uuid")
                .param(userId)
                .query()
                .singleRow();
        String access = (String) raw.get("access_token_enc");
        String refresh = (String) raw.get("refresh_token_enc");
        assertThat(access).startsWith("v1:").doesNotContain("sbx_at_");
        assertThat(refresh).startsWith("v1:").doesNotContain("sbx_rt_");
        assertThat(secrets.decrypt(access)).startsWith("sbx_at_");
        assertThatThrownBy(() -> SecretBox.forKey("another key").decrypt(access))
                .isInstanceOf(IllegalStateException.class);
        // nothing in the sandbox server's tables is the token either
        assertThat(jdbc.sql("SELECT count(*) FROM sandbox_oauth_tokens WHERE token_hash = ?")
                        .param(secrets.decrypt(access))
                        .query(Long.class)
                        .single())
                .isZero();

        var c = connectionStore.find(UUID.fromString(userId)).orElseThrow();
        ScheduledPulls.SyncResult r = sync.syncOne(c);
        assertThat(r.error()).isNull();
        assertThat(r.items()).isGreaterThan(5);

        // the pulled history is readable through the data API (the README's five-step walkthrough)
        String start =
                java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(7).toString();
        TestHttp.Response daily =
                as(e).get("/v2/daily?user_id=" + userId + "&start_date=" + start + "&to_webhook=false");
        assertThat(daily.status()).as(daily.body()).isEqualTo(200);
        JsonNode data = daily.json().get("data");
        assertThat(data.size()).isBetween(6, 9);
        assertThat(data.get(0).get("distance_data").get("steps").asInt()).isPositive();
        TestHttp.Response sleep =
                as(e).get("/v2/sleep?user_id=" + userId + "&start_date=" + start + "&to_webhook=false");
        assertThat(sleep.json().get("data").size()).isBetween(6, 9);
        assertThat(events(e).stream().map(Event::type)).contains("daily", "sleep", "athlete");
    }

    @Test
    void denyDeletesTheProvisionalUserAndRedirectsToTheFailureUrl() {
        EnvironmentCredentials e = env(newDeveloper(), "testing");
        TestHttp.Response done = connectSandbox(e, "ref-deny", null, "deny", null);
        assertThat(done.status()).isEqualTo(302);
        Map<String, String> q = query(done.header("Location"));
        assertThat(done.header("Location")).startsWith("https://app.example.com/failed?");
        assertThat(q).containsEntry("resource", "SANDBOX").containsEntry("reference_id", "ref-deny");
        assertThat(q).containsEntry("reason", "auth_cancelled");
        assertProblem(as(e).get("/v2/userInfo?user_id=" + q.get("user_id")), 404);
        List<Event> auth = events(e, "auth");
        assertThat(auth).hasSize(1);
        JsonNode p = auth.get(0).payload();
        assertThat(p.get("status").asString()).isEqualTo("error");
        assertThat(p.get("reason").asString()).isEqualTo("auth_cancelled");
        assertThat(p.get("message").asString()).isEqualTo("User failed to authenticate and has been deleted");
        assertThat(p.get("provider").asString()).isEqualTo("SANDBOX");
        assertThat(p.get("reference_id").asString()).isEqualTo("ref-deny");
        assertThat(p.get("user").get("user_id").asString()).isEqualTo(q.get("user_id"));
    }

    @Test
    void forgedOrForeignStateIsRefused() {
        EnvironmentCredentials e = env(newDeveloper(), "testing");
        TestHttp.Response r = http().get("/v2/auth/callback/sandbox?code=abc&state=not-a-real-state");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("text/html");
        TestHttp.Response start = as(e).post("/v2/auth/authenticateUser?resource=SANDBOX", "{}");
        String state = query(start.json().get("auth_url").asString()).get("state");
        // the state is bound to its provider
        assertThat(http().get("/v2/auth/callback/zztest_oauth2?code=abc&state=" + state)
                        .status())
                .isEqualTo(400);
        assertThat(events(e, "auth")).isEmpty();
    }

    @Test
    void sameSandboxAccountAgainIsAReauth() {
        EnvironmentCredentials e = env(newDeveloper(), "testing");
        String first = query(connectSandbox(e, "a", null, "approve", "acct-42").header("Location"))
                .get("user_id");
        String second = query(connectSandbox(e, "b", null, "approve", "acct-42").header("Location"))
                .get("user_id");
        assertThat(second).isNotEqualTo(first);
        assertProblem(as(e).get("/v2/userInfo?user_id=" + first), 404);
        assertThat(as(e).get("/v2/userInfo?user_id=" + second)
                        .json()
                        .get("is_authenticated")
                        .asBoolean())
                .isTrue();
        List<Event> reauth = events(e, "user_reauth");
        assertThat(reauth).hasSize(1);
        JsonNode p = reauth.get(0).payload();
        assertThat(p.get("status").asString()).isEqualTo("warning");
        assertThat(p.get("old_user").get("user_id").asString()).isEqualTo(first);
        assertThat(p.get("new_user").get("user_id").asString()).isEqualTo(second);
        assertThat(p.get("message").asString()).isEqualTo("User has reauthenticated and old ID has been deleted");
        assertThat(events(e, "auth")).hasSize(2);
        assertThat(as(e).get("/v2/subscriptions").json().get("users").size()).isEqualTo(1);
        assertThat(connectionStore.find(UUID.fromString(first))).isEmpty();
    }

    @Test
    void deauthenticationDeletesTheConnectionAndRevokesTheTokensAtTheProvider() throws Exception {
        EnvironmentCredentials e = env(newDeveloper(), "testing");
        String userId = query(connectSandbox(e, null, null, "approve", null).header("Location"))
                .get("user_id");
        String access = secrets.decrypt(
                connectionStore.find(UUID.fromString(userId)).orElseThrow().accessTokenEnc());
        assertThat(http().withHeader("Authorization", "Bearer " + access)
                        .get("/sandbox/api/v1/me")
                        .status())
                .isEqualTo(200);
        assertThat(as(e).delete("/v2/auth/deauthenticateUser?user_id=" + userId).status())
                .isEqualTo(200);
        assertThat(connectionStore.find(UUID.fromString(userId))).isEmpty();
        assertThat(events(e, "deauth")).hasSize(1);
        int status = 0;
        for (int i = 0; i < 50 && status != 401; i++) {
            status = http().withHeader("Authorization", "Bearer " + access)
                    .get("/sandbox/api/v1/me")
                    .status();
            if (status != 401) Thread.sleep(100);
        }
        assertThat(status).as("token revoked at the sandbox").isEqualTo(401);
    }

    @Test
    void accountHolderRevokingAccessEmitsAccessRevoked() {
        EnvironmentCredentials e = env(newDeveloper(), "testing");
        String userId = query(connectSandbox(e, null, null, "approve", "revoker-" + UUID.randomUUID())
                        .header("Location"))
                .get("user_id");
        var c = connectionStore.find(UUID.fromString(userId)).orElseThrow();
        assertThat(http().get("/sandbox/account").body()).contains("<label for=\"account\">");
        TestHttp.Response revoked = http().send(
                        "POST",
                        "/sandbox/account/revoke",
                        "account=" + c.providerUserId(),
                        "application/x-www-form-urlencoded");
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.body()).contains("Access revoked (2 tokens)");
        ScheduledPulls.SyncResult r = sync.syncOne(c);
        assertThat(r.error()).isEqualTo("ACCESS_REVOKED");
        List<Event> ev = events(e, "access_revoked");
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).payload().get("user").get("user_id").asString()).isEqualTo(userId);
        assertThat(ev.get(0).payload().get("status").asString()).isEqualTo("warning");
        assertThat(events(e, "connection_error")).isEmpty();
        assertThat(connectionStore.find(UUID.fromString(userId)).orElseThrow().status())
                .isEqualTo("revoked");
    }

    @Test
    void scheduledPollsBringTheRunningDailySummary() throws Exception {
        EnvironmentCredentials e = env(newDeveloper(), "testing");
        UUID userId = UUID.fromString(
                query(connectSandbox(e, null, null, "approve", null).header("Location"))
                        .get("user_id"));
        sync.syncOne(connectionStore.find(userId).orElseThrow()); // the history (may race the post-connect kick)
        var afterBackfill = connectionStore.find(userId).orElseThrow();
        assertThat(afterBackfill.backfilledAt()).isNotNull();
        assertThat(afterBackfill.nextSyncAt()).isAfter(java.time.Instant.now().plusSeconds(600));
        long dailies = events(e, "daily").size();
        Thread.sleep(1100); // the running summary of today changes as time passes
        jdbc.sql("UPDATE connections SET next_sync_at = now() - interval '1 second' WHERE user_id = ?")
                .param(userId)
                .update();
        sync.tick();
        for (int i = 0; i < 300 && events(e, "daily").size() <= dailies; i++) Thread.sleep(100);
        assertThat(events(e, "daily").size()).isGreaterThan((int) dailies);
        // the poll's events are committed before the connection's last_sync_at is updated: wait for both
        var afterPoll = connectionStore.find(userId).orElseThrow();
        for (int i = 0; i < 100 && !afterPoll.lastSyncAt().isAfter(afterBackfill.lastSyncAt()); i++) {
            Thread.sleep(100);
            afterPoll = connectionStore.find(userId).orElseThrow();
        }
        assertThat(afterPoll.lastSyncAt()).isAfter(afterBackfill.lastSyncAt());
    }

    @Test
    void startErrors() {
        EnvironmentCredentials t = env(newDeveloper(), "testing");
        assertProblem(as(t).post("/v2/auth/authenticateUser?resource=NOPE", "{}"), 404);
        assertProblem(as(t).post("/v2/auth/authenticateUser", "{}"), 400);
        // needs developer keys first
        var r = as(t).post("/v2/auth/authenticateUser", "{\"provider\":\"ZZTEST_OAUTH2\"}");
        assertProblem(r, 400);
        assertThat(r.json().get("detail").asString()).contains("providerKeys");
        // the sandbox is off in production until enabled
        EnvironmentCredentials p = env(newDeveloper(), "production");
        var off = as(p).post("/v2/auth/authenticateUser?resource=SANDBOX", "{}");
        assertProblem(off, 400);
        assertThat(off.json().get("detail").asString()).contains("POST /v2/dashboard/providers");
        assertThat(as(p).post("/v2/dashboard/providers", "{\"provider\":\"SANDBOX\",\"enabled\":true}")
                        .status())
                .isEqualTo(200);
        assertThat(as(p).post("/v2/auth/authenticateUser?resource=SANDBOX", "{}")
                        .status())
                .isEqualTo(200);
        // bad redirect URL
        assertProblem(
                as(t).post(
                                "/v2/auth/authenticateUser?resource=SANDBOX",
                                "{\"auth_success_redirect_url\":\"javascript:alert(1)\"}"),
                400);
        assertProblem(http().post("/v2/auth/authenticateUser?resource=SANDBOX", "{}"), 401);
    }

    @Test
    void generateAuthTokenIsSingleUse() {
        EnvironmentCredentials e = env(newDeveloper(), "testing");
        TestHttp.Response r = as(e).post("/v2/auth/generateAuthToken", null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("status").asString()).isEqualTo("success");
        assertThat(r.json().get("expires_in").asInt()).isEqualTo(180);
        String token = r.json().get("token").asString();
        assertThat(token).matches("[0-9a-f]{64}");
        assertThat(jdbc.sql("SELECT count(*) FROM sdk_auth_tokens WHERE token_hash = ?")
                        .param(token)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(sdkTokens.redeem(token)).map(x -> x.id()).contains(envId(e));
        assertThat(sdkTokens.redeem(token)).isEmpty();
        assertThat(sdkTokens.redeem("00".repeat(32))).isEmpty();
    }
}
