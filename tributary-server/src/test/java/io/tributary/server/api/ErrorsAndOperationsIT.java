package io.tributary.server.api;

import static io.tributary.server.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.server.support.IntegrationTest;
import io.tributary.server.support.TestHttp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ErrorsAndOperationsIT extends IntegrationTest {

    @Test
    void everyErrorPathIsProblemJson() {
        var t = env(newDeveloper(), "testing");
        assertProblem(as(t).get("/v2/no-such-endpoint"), 404);
        assertProblem(http().get("/nothing-here"), 404);
        assertProblem(as(t).send("PUT", "/v2/subscriptions", "{}", "application/json"), 405);
        assertProblem(as(t).send("POST", "/v2/bulkUserInfo", "[]", "text/plain"), 415);
        assertProblem(as(t).post("/v2/bulkUserInfo", "{{{"), 400);
        assertProblem(as(t).post("/v2/bulkUserInfo", ""), 400);
        assertProblem(as(t).get("/v2/subscriptions?page=1.5"), 400);
    }

    @Test
    void adminApiNeedsTheBearerToken() {
        assertProblem(http().post("/admin/v1/developers", "{\"name\":\"x\"}"), 401);
        assertProblem(
                http().withHeader("Authorization", "Bearer wrong").post("/admin/v1/developers", "{\"name\":\"x\"}"),
                401);
        TestHttp admin = http().withHeader("Authorization", "Bearer " + ADMIN_TOKEN);
        assertProblem(admin.post("/admin/v1/developers", "{}"), 400);
        assertProblem(admin.post("/admin/v1/developers", "{\"name\":"), 400);

        var r = admin.post("/admin/v1/developers", "{\"name\":\"Acme Health\"}");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        var j = r.json();
        assertThat(j.get("developer_id").asString()).hasSize(36);
        assertThat(j.get("environments").size()).isEqualTo(3);
        List<String> names = new ArrayList<>();
        j.get("environments").forEach(e -> {
            names.add(e.get("name").asString());
            assertThat(e.get("dev_id").asString()).startsWith("acme-health-");
            assertThat(e.get("api_key").asString()).startsWith("tk_");
            assertThat(e.get("signing_secret").asString()).hasSize(64);
        });
        assertThat(names).containsExactly("testing", "staging", "production");
        // The new credentials work.
        var testing = j.get("environments").get(0);
        assertThat(http().withHeader("dev-id", testing.get("dev_id").asString())
                        .withHeader("x-api-key", testing.get("api_key").asString())
                        .get("/v2/subscriptions")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void healthAndPrometheus() {
        // details for the admin token only (HealthDetailsIT)
        var h = http().withHeader("Authorization", "Bearer " + ADMIN_TOKEN).get("/actuator/health");
        assertThat(h.status()).isEqualTo(200);
        assertThat(h.json().get("status").asString()).isEqualTo("UP");
        assertThat(h.json().get("components").has("db")).isTrue();
        var p = http().get("/actuator/prometheus");
        assertThat(p.status()).isEqualTo(200);
        assertThat(p.body()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
        // both pools: the main one and the short synchronous reads' own
        assertThat(p.body()).contains("pool=\"tributary\"").contains("pool=\"tributary-reads\"");
    }

    @Test
    void noRateLimitOnBursts() throws Exception {
        var t = env(newDeveloper(), "testing");
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<Integer>> fs = new ArrayList<>();
        for (int i = 0; i < 400; i++)
            fs.add(pool.submit(() -> as(t).get("/v2/subscriptions").status()));
        for (Future<Integer> f : fs) assertThat(f.get()).isEqualTo(200);
        pool.shutdown();
    }
}
