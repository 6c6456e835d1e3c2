package io.tributary.server.account;

import static io.tributary.server.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.server.support.IntegrationTest;
import io.tributary.server.support.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class AuthenticationIT extends IntegrationTest {
    @Autowired
    JdbcClient jdbc;

    @Test
    void validKeyReachesAnAuthenticatedRoute() {
        var testing = env(newDeveloper(), "testing");
        TestHttp.Response r = as(testing).get("/v2/subscriptions");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("users").isArray()).isTrue();
    }

    @Test
    void theCurrentSpecsApiV2BaseWorksToo() {
        var testing = env(newDeveloper(), "testing");
        var r = as(testing).get("/api/v2/subscriptions?page=0&per_page=5");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("data").get("results").isArray()).isTrue();
        assertProblem(http().get("/api/v2/subscriptions"), 401);
    }

    @Test
    void headerNamesAreCaseInsensitive() {
        var testing = env(newDeveloper(), "testing");
        var r = http().withHeader("Dev-Id", testing.devId())
                .withHeader("X-API-Key", testing.apiKey())
                .get("/v2/subscriptions");
        assertThat(r.status()).isEqualTo(200);
    }

    @Test
    void missingHeadersAre401ProblemJson() {
        var testing = env(newDeveloper(), "testing");
        var j = assertProblem(http().get("/v2/subscriptions?page=0"), 401);
        assertThat(j.get("title").asString()).isEqualTo("unauthorized");
        assertThat(j.get("instance").asString()).isEqualTo("/v2/subscriptions?page=0");
        assertThat(j.get("detail").asString()).contains("dev-id").contains("x-api-key");
        assertProblem(http().withHeader("dev-id", testing.devId()).get("/v2/subscriptions"), 401);
        assertProblem(http().withHeader("x-api-key", testing.apiKey()).get("/v2/subscriptions"), 401);
    }

    @Test
    void wrongKeyIs401() {
        var testing = env(newDeveloper(), "testing");
        assertProblem(
                http().withHeader("dev-id", testing.devId())
                        .withHeader("x-api-key", testing.apiKey() + "x")
                        .get("/v2/subscriptions"),
                401);
        assertProblem(
                http().withHeader("dev-id", "no-such-dev")
                        .withHeader("x-api-key", testing.apiKey())
                        .get("/v2/subscriptions"),
                401);
        assertProblem(
                http().withHeader("dev-id", testing.devId())
                        .withHeader("x-api-key", "short")
                        .get("/v2/subscriptions"),
                401);
    }

    @Test
    void keyOfAnotherEnvironmentOrDeveloperIs401WithTheSameAnswer() {
        var dev = newDeveloper();
        var other = newDeveloper();
        var testing = env(dev, "testing");
        var staging = env(dev, "staging");
        var r1 = http().withHeader("dev-id", testing.devId())
                .withHeader("x-api-key", staging.apiKey())
                .get("/v2/subscriptions");
        var r2 = http().withHeader("dev-id", testing.devId())
                .withHeader("x-api-key", env(other, "testing").apiKey())
                .get("/v2/subscriptions");
        var r3 = http().withHeader("dev-id", testing.devId())
                .withHeader("x-api-key", testing.apiKey() + "0")
                .get("/v2/subscriptions");
        assertProblem(r1, 401);
        assertProblem(r2, 401);
        assertThat(r1.json().get("detail"))
                .isEqualTo(r2.json().get("detail"))
                .isEqualTo(r3.json().get("detail"));
    }

    @Test
    void revokedKeyIs401AndNewKeyWorks() {
        var testing = env(newDeveloper(), "testing");
        var created = as(testing).post("/v2/dashboard/apiKeys", "{\"label\":\"ci\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String newKey = created.json().get("api_key").asString();
        String newKeyId = created.json().get("id").asString();
        var withNew = http().withHeader("dev-id", testing.devId()).withHeader("x-api-key", newKey);
        assertThat(withNew.get("/v2/subscriptions").status()).isEqualTo(200);

        // Listing shows prefixes only, never a full key.
        var list = as(testing).get("/v2/dashboard/apiKeys");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body())
                .doesNotContain(newKey)
                .doesNotContain(testing.apiKey())
                .contains(newKey.substring(0, 11));
        assertThat(list.json().get("keys").size()).isEqualTo(2);

        // Revoke the original key using the new one.
        String originalId = null;
        for (var k : list.json().get("keys"))
            if (!k.get("id").asString().equals(newKeyId))
                originalId = k.get("id").asString();
        assertThat(withNew.delete("/v2/dashboard/apiKeys/" + originalId).status())
                .isEqualTo(200);
        assertProblem(as(testing).get("/v2/subscriptions"), 401);
        assertThat(withNew.get("/v2/subscriptions").status()).isEqualTo(200);
        // The last active key cannot be revoked (that would lock the environment out).
        assertProblem(withNew.delete("/v2/dashboard/apiKeys/" + newKeyId), 409);
        // Unknown key id.
        assertProblem(withNew.delete("/v2/dashboard/apiKeys/key_nope"), 404);
    }

    @Test
    void aRecentlyVerifiedKeyRevokedThroughThisNodeIsRefusedAtOnce() {
        var testing = env(newDeveloper(), "testing");
        var other = as(testing).post("/v2/dashboard/apiKeys", "{}").json();
        var withOther = http().withHeader("dev-id", testing.devId())
                .withHeader("x-api-key", other.get("api_key").asString());
        // Both keys are now verified and remembered (TRIBUTARY_API_KEY_CACHE_TTL).
        assertThat(as(testing).get("/v2/subscriptions").status()).isEqualTo(200);
        assertThat(withOther.get("/v2/subscriptions").status()).isEqualTo(200);
        assertThat(as(testing)
                        .delete("/v2/dashboard/apiKeys/" + other.get("id").asString())
                        .status())
                .isEqualTo(200);
        assertProblem(withOther.get("/v2/subscriptions"), 401);
        assertProblem(withOther.get("/v2/daily?user_id=" + java.util.UUID.randomUUID() + "&to_webhook=false"), 401);
        assertThat(as(testing).get("/v2/subscriptions").status()).isEqualTo(200);
    }

    @Test
    void lastUsedIsRecordedAtMostOnceAMinute() {
        var testing = env(newDeveloper(), "testing");
        String keyId = as(testing)
                .get("/v2/dashboard/apiKeys")
                .json()
                .get("keys")
                .get(0)
                .get("id")
                .asString();
        var lastUsed = jdbc.sql("SELECT last_used_at IS NOT NULL AND last_used_at > now() - interval '1 minute'"
                        + " FROM api_keys WHERE id = ?")
                .param(keyId);
        assertThat(lastUsed.query(Boolean.class).single()).isTrue();
        // Within the minute, further requests (cached or not) do not write again.
        jdbc.sql("UPDATE api_keys SET last_used_at = now() - interval '1 hour' WHERE id = ?")
                .param(keyId)
                .update();
        for (int i = 0; i < 3; i++)
            assertThat(as(testing).get("/v2/subscriptions").status()).isEqualTo(200);
        assertThat(lastUsed.query(Boolean.class).single()).isFalse();
        var listed = as(testing).get("/v2/dashboard/apiKeys").json().get("keys").get(0);
        assertThat(listed.get("last_used_at").isNull()).isFalse();
    }

    @Test
    void aKeyThatIsShortOnceTrimmedIs401() {
        var testing = env(newDeveloper(), "testing");
        assertProblem(
                http().withHeader("dev-id", testing.devId())
                        .withHeader("x-api-key", "tk_ab          ")
                        .get("/v2/subscriptions"),
                401);
    }

    @Test
    void aKeyCannotRevokeAnotherEnvironmentsKey() {
        var dev = newDeveloper();
        var testing = env(dev, "testing");
        var staging = env(dev, "staging");
        String stagingKeyId = as(staging)
                .get("/v2/dashboard/apiKeys")
                .json()
                .get("keys")
                .get(0)
                .get("id")
                .asString();
        as(staging).post("/v2/dashboard/apiKeys", "{}");
        assertProblem(as(testing).delete("/v2/dashboard/apiKeys/" + stagingKeyId), 404);
        assertThat(as(staging).get("/v2/subscriptions").status()).isEqualTo(200);
    }

    @Test
    void keysAreStoredHashedNeverInPlainText() {
        var testing = env(newDeveloper(), "testing");
        var rows = jdbc.sql("SELECT k.prefix, k.key_hash FROM api_keys k JOIN environments e ON e.id = k.environment_id"
                        + " WHERE e.dev_id = ?")
                .param(testing.devId())
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getBytes(2)})
                .list();
        assertThat(rows).hasSize(1);
        assertThat((String) rows.get(0)[0]).isEqualTo(testing.apiKey().substring(0, 11));
        assertThat((byte[]) rows.get(0)[1]).hasSize(32);
        String dump = jdbc.sql("SELECT string_agg(t::text, '|') FROM api_keys t")
                .query(String.class)
                .single();
        assertThat(dump).doesNotContain(testing.apiKey());
        String envDump = jdbc.sql("SELECT string_agg(t::text, '|') FROM environments t")
                .query(String.class)
                .single();
        assertThat(envDump).doesNotContain(testing.signingSecret());
    }

    @Test
    void signingSecretRotationKeepsThePreviousDuringOverlap() {
        var testing = env(newDeveloper(), "testing");
        var envId = accounts.environmentByDevId(testing.devId()).orElseThrow().id();
        assertThat(accounts.signingSecrets(envId)).containsExactly(testing.signingSecret());
        var r = as(testing).post("/v2/dashboard/signingSecret/rotate", null);
        assertThat(r.status()).isEqualTo(200);
        String fresh = r.json().get("signing_secret").asString();
        assertThat(fresh).hasSize(64).isNotEqualTo(testing.signingSecret());
        assertThat(accounts.signingSecrets(envId)).containsExactly(fresh, testing.signingSecret());
    }
}
