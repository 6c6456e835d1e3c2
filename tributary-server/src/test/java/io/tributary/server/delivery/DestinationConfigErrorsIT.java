package io.tributary.server.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.tributary.server.delivery.gcs.GcsHttpStandIn;
import io.tributary.server.delivery.s3.S3ProxyServer;
import io.tributary.server.delivery.writer.TargetSender;
import io.tributary.server.support.Problems;
import io.tributary.server.support.TestHttp;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.UUID;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Permanent configuration errors, per destination type, against the real in-process servers: the ping before
 * saving answers {@code 400 application/problem+json} whose {@code detail} says what is wrong (wrong secret,
 * unknown key, missing bucket/queue/database, access denied), and a destination saved anyway ({@code
 * "verify": false}) records attempts whose error starts with {@link TargetSender#CONFIGURATION_ERROR}. (Kafka's
 * credentials, ACLs and missing topic: {@code KafkaSecurityIT}; SQL TLS and passwords: {@code SqlTlsIT}.)
 */
class DestinationConfigErrorsIT extends DeliveryTestSupport {
    static S3ProxyServer s3;
    static SQSRestServer sqsServer;
    static int sqsPort;
    static GcsHttpStandIn gcs;
    static EmbeddedPostgres pg;

    @BeforeAll
    static void start() throws Exception {
        s3 = new S3ProxyServer();
        s3.createBucket("terra-errors");
        sqsServer = SQSRestServerBuilder.withPort(0).withInterface("127.0.0.1").start();
        sqsPort = sqsServer.waitUntilStarted().localAddress().getPort();
        gcs = new GcsHttpStandIn();
        gcs.createBucket("terra-errors");
        gcs.createBucket("terra-locked");
        gcs.restrictWriters("terra-locked", "someone-else@tributary-test.iam.gserviceaccount.com");
        pg = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws Exception {
        s3.close();
        sqsServer.stopAndWait();
        gcs.close();
        pg.close();
    }

    static String refused(Env e, String body) {
        TestHttp.Response r = e.api().post("/v2/dashboard/destinations", body);
        JsonNode p = Problems.assertProblem(r, 400);
        assertThat(p.get("detail").asString()).contains("did not pass the ping");
        return p.get("detail").asString();
    }

    static String s3(String bucket, String accessKey, String secret) {
        return "{\"type\":\"s3\",\"bucket\":\"" + bucket + "\",\"access_key_id\":\"" + accessKey
                + "\",\"secret_access_key\":\"" + secret + "\",\"endpoint\":\"" + s3.endpoint() + "\"}";
    }

    @Test
    void s3WrongSecretUnknownKeyAndMissingBucketAreNamed() {
        Env e = newEnv();
        assertThat(refused(e, s3("terra-errors", S3ProxyServer.ACCESS_KEY, "wrong-secret-0123456789")))
                .contains("the secret access key is wrong")
                .doesNotContain("wrong-secret-0123456789");
        assertThat(refused(e, s3("terra-errors", "AKIAUNKNOWN", S3ProxyServer.SECRET_KEY)))
                .containsAnyOf("the access key id is not known", "access denied");
        assertThat(refused(e, s3("no-such-bucket", S3ProxyServer.ACCESS_KEY, S3ProxyServer.SECRET_KEY)))
                .contains("bucket no-such-bucket does not exist");
    }

    @Test
    void sqsMissingQueueIsNamed() {
        Env e = newEnv();
        assertThat(refused(
                        e,
                        "{\"type\":\"sqs\",\"queue_url\":\"http://127.0.0.1:" + sqsPort
                                + "/000000000000/no-such-queue\",\"access_key_id\":\"x\",\"secret_access_key\":\"x\"}"))
                .contains("the queue does not exist");
    }

    static String gcs(String bucket, String keyFile) {
        return "{\"type\":\"gcs\",\"bucket\":\"" + bucket + "\",\"service_account_json\":" + keyFile
                + ",\"endpoint\":\"" + gcs.endpoint() + "\"}";
    }

    @Test
    void gcsRejectedKeyMissingBucketAndAccessDeniedAreNamed() throws Exception {
        Env e = newEnv();
        String good = gcs.serviceAccount("terra@tributary-test.iam.gserviceaccount.com", gcs.port());
        String unknown =
                GcsHttpStandIn.unknownServiceAccount("terra@tributary-test.iam.gserviceaccount.com", gcs.port());
        assertThat(refused(e, gcs("terra-errors", unknown)))
                .contains("the service account key was rejected")
                .doesNotContain("PRIVATE KEY");
        assertThat(refused(e, gcs("no-such-bucket", good))).contains("bucket no-such-bucket does not exist");
        assertThat(refused(e, gcs("terra-locked", good)))
                .contains("access denied")
                .contains("roles/storage.objectAdmin");
        TestHttp.Response ok = e.api().post("/v2/dashboard/destinations", gcs("terra-errors", good));
        assertThat(ok.status()).as(ok.toString()).isEqualTo(201);
    }

    @Test
    void supabaseRejectedServiceRoleKeyIsNamed() {
        WireMockServer storage =
                new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        storage.start();
        try {
            storage.stubFor(
                    WireMock.get(WireMock.urlPathMatching("/storage/v1/bucket/.*"))
                            .willReturn(
                                    WireMock.aResponse()
                                            .withStatus(400)
                                            .withHeader("Content-Type", "application/json")
                                            .withBody(
                                                    "{\"statusCode\":\"403\",\"error\":\"Unauthorized\",\"message\":\"invalid signature\"}")));
            Env e = newEnv();
            assertThat(refused(
                            e,
                            "{\"type\":\"supabase\",\"url\":\"http://127.0.0.1:" + storage.port()
                                    + "\",\"service_role_key\":\"wrong-key\",\"database_url\":\"postgresql://postgres:@127.0.0.1:"
                                    + pg.getPort() + "/postgres\"}"))
                    .contains("the service_role_key was rejected");
        } finally {
            storage.stop();
        }
    }

    @Test
    void postgresMissingDatabaseIsNamed() {
        Env e = newEnv();
        assertThat(refused(
                        e,
                        "{\"type\":\"postgres\",\"host\":\"127.0.0.1\",\"port\":" + pg.getPort()
                                + ",\"database\":\"no_such_db\",\"user\":\"postgres\"}"))
                .contains("the database does not exist");
    }

    @Test
    void aDestinationSavedAnywayRecordsAttemptsThatSayWhatIsWrong() throws Exception {
        Env e = newEnv();
        TestHttp.Response r = e.api()
                .post(
                        "/v2/dashboard/destinations",
                        s3("terra-errors", S3ProxyServer.ACCESS_KEY, "wrong-secret-0123456789")
                                .replace(
                                        "{\"type\"",
                                        "{\"verify\":false,\"healthcheck_enabled\":false,\"retry_schedule\":[60],\"type\""));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        UUID user = UUID.randomUUID();
        emit(e, user, "sleep", 1);
        JsonNode attempt = null;
        long deadline = System.currentTimeMillis() + 30_000;
        while (attempt == null && System.currentTimeMillis() < deadline) {
            sleep(200);
            JsonNode items =
                    e.api().get("/v2/dashboard/webhooks?user_id=" + user).json().get("webhooks");
            if (items != null
                    && !items.isEmpty()
                    && !items.get(0).get("attempts").isEmpty())
                attempt = items.get(0).get("attempts").get(0);
        }
        assertThat(attempt).as("an attempt was recorded").isNotNull();
        assertThat(attempt.get("error").asString())
                .startsWith(TargetSender.CONFIGURATION_ERROR)
                .contains("the secret access key is wrong");
    }
}
