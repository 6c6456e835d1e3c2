package io.tributary.server.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.server.delivery.writer.TestCerts;
import io.tributary.server.support.Problems;
import io.tributary.server.support.TestHttp;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SQL destination's {@code ssl} options against an embedded PostgreSQL started with {@code ssl=on} and a
 * self-signed certificate. Its {@code pg_hba.conf} lets the user {@code terra} in only over TLS and only with its
 * SCRAM password, so a successful write proves TLS was negotiated (checked in {@code pg_stat_ssl} too). Wrong
 * password, TLS required but off, TLS asked of a server without it, and an untrusted certificate with {@code
 * ssl_verify} are each refused by the ping with a 400 that says which.
 */
class SqlTlsIT extends DeliveryTestSupport {
    static EmbeddedPostgres tlsPg;
    static EmbeddedPostgres plainPg;
    static TestCerts certs;
    static final String PASSWORD = "terra-pw-1";

    @BeforeAll
    static void start() throws Exception {
        certs = TestCerts.create(Files.createTempDirectory("pg-tls"));
        Path data = Files.createTempDirectory("pg-tls-data");
        tlsPg = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(true)
                .setServerConfig("ssl", "on")
                .setServerConfig("ssl_cert_file", certs.certPem().toString())
                .setServerConfig("ssl_key_file", certs.keyPem().toString())
                .start();
        try (Connection c = tlsPg.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("SET password_encryption = 'scram-sha-256'");
            s.execute("CREATE ROLE terra LOGIN PASSWORD '" + PASSWORD + "'");
            s.execute("GRANT CREATE ON DATABASE postgres TO terra");
            Files.writeString(data.resolve("pg_hba.conf"), """
                    local all all trust
                    host all postgres 127.0.0.1/32 trust
                    host all postgres ::1/128 trust
                    hostssl all terra 127.0.0.1/32 scram-sha-256
                    hostssl all terra ::1/128 scram-sha-256
                    """);
            try (ResultSet rs = s.executeQuery("SELECT pg_reload_conf()")) {
                rs.next();
            }
        }
        plainPg = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (tlsPg != null) tlsPg.close();
        if (plainPg != null) plainPg.close();
    }

    static String body(int port, String password, String extra) {
        return "{\"type\":\"postgres\",\"host\":\"127.0.0.1\",\"port\":" + port
                + ",\"database\":\"postgres\",\"user\":\"terra\",\"password\":\"" + password + "\",\"schema\":\"t_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 10) + "\"" + extra + "}";
    }

    static String detail(TestHttp.Response r) {
        return Problems.assertProblem(r, 400).get("detail").asString();
    }

    @Test
    void sslTrueNegotiatesTlsAndWrites() throws Exception {
        Env e = newEnv();
        String b = body(tlsPg.getPort(), PASSWORD, ",\"ssl\":true,\"healthcheck_enabled\":false");
        String schema = JsonMapper.builder().build().readTree(b).get("schema").asString();
        TestHttp.Response r = e.api().post("/v2/dashboard/destinations", b);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        UUID user = UUID.randomUUID();
        emit(e, user, "sleep", 1);
        long deadline = System.currentTimeMillis() + 30_000;
        long rows = 0;
        while (rows == 0 && System.currentTimeMillis() < deadline) {
            sleep(300);
            try (Connection c = tlsPg.getPostgresDatabase().getConnection();
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT count(*) FROM \"" + schema + "\".terra_data_payloads")) {
                rs.next();
                rows = rs.getLong(1);
            } catch (java.sql.SQLException notYet) {
                // tables not created yet
            }
        }
        assertThat(rows).isEqualTo(1);
        // the pool keeps its connection open for a while: it is encrypted
        try (Connection c = tlsPg.getPostgresDatabase().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FILTER (WHERE s.ssl), count(*) FROM pg_stat_ssl s"
                        + " JOIN pg_stat_activity a USING (pid) WHERE a.usename = 'terra'")) {
            rs.next();
            assertThat(rs.getLong(2)).as("open connections of the destination").isPositive();
            assertThat(rs.getLong(1)).isEqualTo(rs.getLong(2));
        }
    }

    @Test
    void aWrongPasswordIsRefusedAndNamed() {
        assertThat(detail(newEnv().api()
                        .post("/v2/dashboard/destinations", body(tlsPg.getPort(), "nope", ",\"ssl\":true"))))
                .contains("the server rejected the user or password")
                .contains("password authentication failed for user \"terra\"")
                .doesNotContain("nope\"");
    }

    @Test
    void sslFalseAgainstAServerThatRequiresTlsIsRefusedAndNamed() {
        assertThat(detail(newEnv().api().post("/v2/dashboard/destinations", body(tlsPg.getPort(), PASSWORD, ""))))
                .contains("the server requires TLS: set `ssl` to true");
    }

    @Test
    void sslTrueAgainstAServerWithoutTlsIsRefusedAndNamed() {
        assertThat(detail(newEnv().api()
                        .post(
                                "/v2/dashboard/destinations",
                                body(plainPg.getPort(), PASSWORD, ",\"ssl\":true")
                                        .replace("\"user\":\"terra\"", "\"user\":\"postgres\""))))
                .contains("`ssl` is true but the server does not offer TLS");
    }

    @Test
    void sslVerifyRejectsAnUntrustedCertificateAndAcceptsItsOwnRootCert() throws Exception {
        Env e = newEnv();
        assertThat(detail(e.api()
                        .post(
                                "/v2/dashboard/destinations",
                                body(tlsPg.getPort(), PASSWORD, ",\"ssl\":true,\"ssl_verify\":true"))))
                .contains("server certificate check failed");
        String pem = JsonMapper.builder().build().writeValueAsString(certs.certificate());
        TestHttp.Response ok = e.api()
                .post(
                        "/v2/dashboard/destinations",
                        body(
                                tlsPg.getPort(),
                                PASSWORD,
                                ",\"ssl\":true,\"ssl_verify\":true,\"healthcheck_enabled\":false,\"ssl_root_cert\":"
                                        + pem));
        assertThat(ok.status()).as(ok.toString()).isEqualTo(201);
        assertThat(ok.json().get("ssl_root_cert").asString()).startsWith("-----BEGIN CERTIFICATE-----");
    }
}
