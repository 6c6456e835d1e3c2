package io.tributary.server.delivery.supabase;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.tributary.server.delivery.writer.TargetEvent;
import io.tributary.server.delivery.writer.TargetException;
import io.tributary.server.delivery.writer.TestEvents;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Supabase destination: Storage REST against a WireMock stand-in that answers like Supabase Storage, the
 * tables against an embedded PostgreSQL reached through a Supabase-style connection string.
 */
class SupabaseTargetIT {
    /** The injected clock the target writes its times with. */
    static final java.time.Clock CLOCK =
            java.time.Clock.fixed(java.time.Instant.parse("2026-11-30T12:00:00Z"), java.time.ZoneOffset.UTC);

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String KEY = "service-role-key-123";
    static EmbeddedPostgres pg;
    static WireMockServer storage;

    @BeforeAll
    static void start() throws Exception {
        pg = EmbeddedPostgres.builder().start();
        storage = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        storage.start();
        // the bucket does not exist yet: Supabase answers 400 {"statusCode":"404","error":"Bucket not found"}
        storage.stubFor(
                get(urlEqualTo("/storage/v1/bucket/terra-payloads"))
                        .withHeader("Authorization", equalTo("Bearer " + KEY))
                        .willReturn(
                                aResponse()
                                        .withStatus(400)
                                        .withBody(
                                                "{\"statusCode\":\"404\",\"error\":\"Bucket not found\",\"message\":\"Bucket not found\"}")));
        storage.stubFor(post(urlEqualTo("/storage/v1/bucket"))
                .withHeader("apikey", equalTo(KEY))
                .willReturn(aResponse().withStatus(200).withBody("{\"name\":\"terra-payloads\"}")));
        storage.stubFor(post(urlPathMatching("/storage/v1/object/terra-payloads/.*"))
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .withHeader("x-upsert", equalTo("true"))
                .willReturn(aResponse().withStatus(200).withBody("{\"Key\":\"terra-payloads/x\"}")));
    }

    @AfterAll
    static void stop() throws Exception {
        storage.stop();
        pg.close();
    }

    static ObjectNode config(String key) {
        ObjectNode c = JSON.createObjectNode();
        c.put("url", "http://127.0.0.1:" + storage.port() + "/");
        c.put("service_role_key", key);
        c.put("database_url", "postgresql://postgres:@127.0.0.1:" + pg.getPort() + "/postgres?sslmode=disable");
        return c;
    }

    @Test
    void uploadsPayloadFilesAndWritesTablesWithTimestamptz() throws Exception {
        SupabaseConfig cfg = new SupabaseSender(CLOCK).parse(config(KEY));
        String user = UUID.randomUUID().toString();
        TargetEvent auth = TestEvents.auth(user, Instant.now());
        TargetEvent act = TestEvents.activity(user, "2026-11-24T08:00:00.000000+00:00", Instant.now(), 0);
        try (SupabaseTarget t = new SupabaseTarget("s1", cfg, CLOCK)) {
            t.ping();
            t.write(auth);
            t.write(act);
            t.write(TestEvents.again(act));
        }
        storage.verify(postRequestedFor(urlEqualTo("/storage/v1/bucket")));
        List<LoggedRequest> uploads = storage.findAll(postRequestedFor(urlPathMatching("/storage/v1/object/.*")));
        assertThat(uploads).hasSize(3);
        assertThat(uploads.get(1).getUrl())
                .isEqualTo("/storage/v1/object/terra-payloads/activity/2022-03-16/" + user
                        + "/2026-11-24T08%3A00%3A00.000000%2B00%3A00-" + act.traceId() + ".json");
        assertThat(uploads.get(1).getBody()).isEqualTo(act.payload());
        try (Connection c = pg.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            ResultSet rs = s.executeQuery("SELECT count(*) FROM terra_data_payloads WHERE user_id = '" + user + "'");
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
            rs = s.executeQuery(
                    "SELECT data_type FROM information_schema.columns WHERE table_name = 'terra_users' AND column_name = 'created_at'");
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("timestamp with time zone");
            rs = s.executeQuery("SELECT state FROM terra_users WHERE user_id = '" + user + "'");
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("authenticated");
        }
    }

    /**
     * A batch: files uploaded concurrently, then one transaction of rows for the events whose file is stored; an
     * upload Storage refuses fails that event alone and leaves no row for it.
     */
    @Test
    void aBatchWritesRowsOnlyForStoredFilesAndFailsTheRefusedUploadAlone() throws Exception {
        String refused = "refused-" + UUID.randomUUID();
        storage.stubFor(
                post(urlPathMatching("/storage/v1/object/terra-payloads/activity/2022-03-16/" + refused + "/.*"))
                        .atPriority(1)
                        .willReturn(aResponse().withStatus(500).withBody("{\"error\":\"internal\"}")));
        SupabaseConfig cfg = new SupabaseSender(CLOCK).parse(config(KEY));
        List<TargetEvent> batch = new java.util.ArrayList<>();
        List<String> users = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String u = i == 4 ? refused : UUID.randomUUID().toString();
            users.add(u);
            batch.add(TestEvents.activity(u, "2026-11-%02dT08:00:00.000000+00:00".formatted(1 + i), Instant.now(), 0));
        }
        List<RuntimeException> failures;
        try (SupabaseTarget t = new SupabaseTarget("s3", cfg, CLOCK)) {
            t.ping();
            failures = t.writeBatch(batch);
        } finally {
            storage.resetRequests(); // the other tests count the uploads they make themselves
        }
        assertThat(failures).hasSize(12);
        for (int i = 0; i < 12; i++) {
            if (i == 4)
                assertThat(failures.get(i))
                        .as("the refused upload")
                        .isInstanceOf(TargetException.class)
                        .hasMessageContaining("500");
            else assertThat(failures.get(i)).as("event %d", i).isNull();
        }
        try (Connection c = pg.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            for (int i = 0; i < 12; i++) {
                ResultSet rs = s.executeQuery(
                        "SELECT count(*) FROM terra_data_payloads WHERE user_id = '" + users.get(i) + "'");
                rs.next();
                assertThat(rs.getInt(1)).as("rows of event %d", i).isEqualTo(i == 4 ? 0 : 1);
            }
        }
    }

    @Test
    void aRejectedKeyFailsThePing() {
        SupabaseConfig cfg = new SupabaseSender(CLOCK).parse(config("wrong-key"));
        try (SupabaseTarget t = new SupabaseTarget("s2", cfg, CLOCK)) {
            assertThatThrownBy(t::ping).isInstanceOf(TargetException.class).hasMessageContaining("Supabase Storage");
        }
    }
}
