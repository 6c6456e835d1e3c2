package io.tributary.server.delivery;

import static io.tributary.server.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.server.support.TestHttp;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DestinationsApiIT extends DeliveryTestSupport {

    @Test
    void createListPatchDelete() throws Exception {
        Env e = newEnv();
        TestHttp.Response created = e.api()
                .post("/v2/dashboard/destinations", "{\"type\":\"webhook\",\"url\":\"https://example.com/hook\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode c = created.json();
        String id = c.get("id").asString();
        assertThat(id).startsWith("dst_");
        assertThat(c.get("type").asString()).isEqualTo("webhook");
        assertThat(c.get("url").asString()).isEqualTo("https://example.com/hook");
        assertThat(c.get("active").asBoolean()).isTrue();
        assertThat(c.get("healthcheck_enabled").asBoolean()).isTrue();
        assertThat(c.get("retry_schedule")).hasSize(10);

        JsonNode list = e.api().get("/v2/dashboard/destinations").json().get("destinations");
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("id").asString()).isEqualTo(id);

        // PATCH by path, by ?id= and by body id
        JsonNode p1 = e.api()
                .patch("/v2/dashboard/destinations/" + id, "{\"url\":\"https://example.org/a\"}")
                .json();
        assertThat(p1.get("url").asString()).isEqualTo("https://example.org/a");
        JsonNode p2 = e.api()
                .patch("/v2/dashboard/destinations?id=" + id, "{\"healthcheck_enabled\":false}")
                .json();
        assertThat(p2.get("healthcheck_enabled").asBoolean()).isFalse();
        assertThat(p2.get("url").asString()).isEqualTo("https://example.org/a");
        JsonNode p3 = e.api()
                .patch("/v2/dashboard/destinations", "{\"id\":\"" + id + "\",\"active\":false}")
                .json();
        assertThat(p3.get("active").asBoolean()).isFalse();
        assertThat(e.api()
                        .get("/v2/dashboard/destinations?id=" + id)
                        .json()
                        .get("destination")
                        .get("active")
                        .asBoolean())
                .isFalse();

        // another environment sees nothing and cannot touch it
        Env other = newEnv();
        assertThat(other.api().get("/v2/dashboard/destinations").json().get("destinations"))
                .isEmpty();
        assertProblem(other.api().patch("/v2/dashboard/destinations/" + id, "{\"active\":true}"), 404);
        assertProblem(other.api().delete("/v2/dashboard/destinations/" + id), 404);

        assertThat(e.api().delete("/v2/dashboard/destinations/" + id).status()).isEqualTo(200);
        assertThat(e.api().get("/v2/dashboard/destinations").json().get("destinations"))
                .isEmpty();
        assertProblem(e.api().get("/v2/dashboard/destinations/" + id), 404);
    }

    @Test
    void deleteByQueryId() {
        Env e = newEnv();
        String id = webhook(e, "https://example.com/x", null);
        assertThat(e.api().delete("/v2/dashboard/destinations?id=" + id).status())
                .isEqualTo(200);
        assertThat(e.api().get("/v2/dashboard/destinations").json().get("destinations"))
                .isEmpty();
    }

    @Test
    void terraInternalFormIsAccepted() {
        Env e = newEnv();
        TestHttp.Response r = e.api()
                .post(
                        "/v2/dashboard/destinations",
                        "{\"destination\":\"webhook\",\"scheme\":\"https\",\"host\":\"example.com\",\"path\":\"terra/hook\"}");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().get("url").asString()).isEqualTo("https://example.com/terra/hook");
    }

    @Test
    void badInputIsA400() {
        Env e = newEnv();
        assertProblem(e.api().post("/v2/dashboard/destinations", "{\"url\":\"https://example.com\"}"), 400);
        assertProblem(e.api().post("/v2/dashboard/destinations", "{\"type\":\"carrier-pigeon\"}"), 400);
        assertProblem(e.api().post("/v2/dashboard/destinations", "{\"type\":\"webhook\"}"), 400);
        assertProblem(e.api().post("/v2/dashboard/destinations", "{\"type\":\"webhook\",\"url\":\"ftp://x/y\"}"), 400);
        assertProblem(
                e.api()
                        .post(
                                "/v2/dashboard/destinations",
                                "{\"type\":\"webhook\",\"url\":\"https://x.y\",\"timeout_seconds\":0}"),
                400);
        assertProblem(
                e.api()
                        .post(
                                "/v2/dashboard/destinations",
                                "{\"type\":\"webhook\",\"url\":\"https://x.y\",\"retry_schedule\":\"often\"}"),
                400);
        assertProblem(e.api().post("/v2/dashboard/destinations", "[1]"), 400);
        assertProblem(e.api().patch("/v2/dashboard/destinations", "{\"active\":true}"), 400);
        String id = webhook(e, "https://example.com/x", null);
        assertProblem(e.api().patch("/v2/dashboard/destinations/" + id, "{\"type\":\"s3\"}"), 400);
        assertProblem(http().get("/v2/dashboard/destinations"), 401);
    }

    @Test
    void pingSendsASignedHealthcheckAndReportsTheOutcome() throws Exception {
        Env e = newEnv();
        try (Receiver rx = new Receiver()) {
            String id = webhook(e, rx.url(), null);
            JsonNode r = e.api()
                    .post("/v2/dashboard/destinations/ping", "{\"id\":\"" + id + "\"}")
                    .json();
            assertThat(r.get("status").asString()).as(r.toString()).isEqualTo("success");
            assertThat(r.get("status_code").asInt()).isEqualTo(200);
            assertThat(r.get("duration_ms").isNumber()).isTrue();
            Receiver.Request got = rx.requests().get(0);
            JsonNode body = got.json();
            assertThat(body.get("type").asString()).isEqualTo("healthcheck");
            assertThat(body.get("status").asString()).isEqualTo("success");
            assertThat(body.has("creation_timestamp")).isTrue();
            assertThat(body.get("trend_percentage").isInt()).isTrue();
            assertThat(body.get("sent_webhooks_last_hour").isInt()).isTrue();
            assertThat(SignatureVerifier.verify(
                            got.header("terra-signature"),
                            got.body(),
                            e.creds().signingSecret(),
                            java.time.Instant.now().getEpochSecond()))
                    .isTrue();

            rx.status(500);
            JsonNode bad = e.api()
                    .post("/v2/dashboard/destinations/ping?id=" + id, null)
                    .json();
            assertThat(bad.get("status").asString()).isEqualTo("error");
            assertThat(bad.get("status_code").asInt()).isEqualTo(500);

            // an unsaved config can be pinged before saving; a dead port reports the error
            JsonNode unsaved = e.api()
                    .post(
                            "/v2/dashboard/destinations/ping",
                            "{\"type\":\"webhook\",\"url\":\"http://127.0.0.1:1/none\"}")
                    .json();
            assertThat(unsaved.get("status").asString()).isEqualTo("error");
            assertThat(unsaved.get("error").asString()).contains("connection");
            assertProblem(e.api().post("/v2/dashboard/destinations/ping", "{\"id\":\"dst_nope\"}"), 404);
        }
    }

    @Test
    void periodicHealthcheckGoesToEachDestinationUnlessTurnedOff() throws Exception {
        Env e = newEnv();
        try (Receiver on = new Receiver();
                Receiver off = new Receiver()) {
            webhook(e, on.url(), "\"healthcheck_interval_seconds\":10");
            webhook(e, off.url(), "\"healthcheck_interval_seconds\":10,\"healthcheck_enabled\":false");
            emit(e, UUID.randomUUID(), "activity", 1);
            on.await(5, rs -> !rs.isEmpty());
            Receiver.Request hc = on
                    .await(
                            25,
                            rs -> rs.stream()
                                    .anyMatch(
                                            r -> r.json().get("type").asString().equals("healthcheck")))
                    .stream()
                    .filter(r -> r.json().get("type").asString().equals("healthcheck"))
                    .findFirst()
                    .orElseThrow();
            assertThat(hc.json().get("sent_webhooks_last_hour").asInt()).isEqualTo(1);
            assertThat(hc.header("X-Terra-Trace-Id")).startsWith("dlv_");
            assertThat(off.requests())
                    .allMatch(r -> !r.json().get("type").asString().equals("healthcheck"));
        }
    }
}
