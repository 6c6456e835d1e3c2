package io.tributary.server.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.server.delivery.s3.S3ProxyServer;
import io.tributary.server.delivery.writer.TcpProxy;
import io.tributary.server.support.Problems;
import io.tributary.server.support.TestHttp;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import tools.jackson.databind.JsonNode;

/**
 * The destination types through the real API and delivery engine: created with a ping, masked secrets,
 * events delivered, target down → retries → target back → every event present exactly once, one failing
 * destination never blocking another, and s3_payload links served by Tributary.
 */
class DestinationTypesIT extends DeliveryTestSupport {
    static EmbeddedPostgres pg;
    static TcpProxy pgProxy;
    static S3ProxyServer s3;
    static TcpProxy s3Proxy;
    static SQSRestServer sqsServer;
    static SqsClient sqs;
    static int sqsPort;

    @BeforeAll
    static void startTargets() throws Exception {
        pg = EmbeddedPostgres.builder().start();
        pgProxy = new TcpProxy(pg.getPort());
        s3 = new S3ProxyServer();
        s3Proxy = new TcpProxy(s3.endpoint().getPort());
        sqsServer = SQSRestServerBuilder.withPort(0).withInterface("127.0.0.1").start();
        sqsPort = sqsServer.waitUntilStarted().localAddress().getPort();
        sqs = SqsClient.builder()
                .region(Region.US_EAST_1)
                .endpointOverride(URI.create("http://127.0.0.1:" + sqsPort))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x")))
                .build();
    }

    static final String RETRY = ",\"retry_schedule\":[1,1,1,1,1,1,1,1,1,1]";

    /** Creates a destination from a JSON body and returns its id (asserting 201). */
    String create(Env e, String body) {
        TestHttp.Response r = e.api().post("/v2/dashboard/destinations", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    @AfterAll
    static void stopTargets() throws Exception {
        pgProxy.close();
        pg.close();
        s3Proxy.close();
        s3.close();
        sqs.close();
        sqsServer.stopAndWait();
    }

    static String schema() {
        return "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    String postgres(Env e, String schema) {
        String body = "{\"type\":\"postgres\",\"host\":\"127.0.0.1\",\"port\":" + pgProxy.port()
                + ",\"database\":\"postgres\",\"user\":\"postgres\",\"password\":\"pw-secret\",\"schema\":\"" + schema
                + "\",\"retry_schedule\":[1,1,1,1,1,1,1,1,1,1]}";
        TestHttp.Response r = e.api().post("/v2/dashboard/destinations", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().get("password").asString()).isEqualTo("********");
        return r.json().get("id").asString();
    }

    String s3(Env e, String bucket) {
        String body = "{\"type\":\"s3\",\"bucket\":\"" + bucket + "\",\"region\":\"us-east-1\",\"access_key_id\":\""
                + S3ProxyServer.ACCESS_KEY + "\",\"secret_access_key\":\"" + S3ProxyServer.SECRET_KEY
                + "\",\"endpoint\":\"http://127.0.0.1:" + s3Proxy.port()
                + "\",\"retry_schedule\":[1,1,1,1,1,1,1,1,1,1]}";
        TestHttp.Response r = e.api().post("/v2/dashboard/destinations", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().get("secret_access_key").asString()).isEqualTo("********");
        return r.json().get("id").asString();
    }

    long rows(String schema) throws Exception {
        try (Connection c = pg.getPostgresDatabase().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT count(*), count(DISTINCT payload_id) FROM \"" + schema + "\".terra_data_payloads")) {
            rs.next();
            assertThat(rs.getLong(1)).as("no duplicate payload rows").isEqualTo(rs.getLong(2));
            return rs.getLong(1);
        }
    }

    long objects(String bucket) {
        try (S3Client c = s3.client()) {
            return c.listObjectsV2(r -> r.bucket(bucket).prefix("sleep/")).keyCount();
        }
    }

    static void await(int seconds, BooleanSupplier cond) {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        while (!cond.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline)
                throw new AssertionError("condition not met in " + seconds + " s");
            sleep(200);
        }
    }

    static BooleanSupplier quietly(java.util.concurrent.Callable<Boolean> c) {
        return () -> {
            try {
                return c.call();
            } catch (Exception ex) {
                return false;
            }
        };
    }

    @Test
    void badConfigurationAndUnreachableTargetsAreRefusedBeforeSaving() {
        Env e = newEnv();
        Problems.assertProblem(
                e.api().post("/v2/dashboard/destinations", "{\"type\":\"postgres\",\"host\":\"127.0.0.1\"}"), 400);
        TestHttp.Response r = e.api()
                .post(
                        "/v2/dashboard/destinations",
                        "{\"type\":\"s3\",\"bucket\":\"nope\",\"access_key_id\":\"a\",\"secret_access_key\":\"b\",\"endpoint\":\"http://127.0.0.1:1\"}");
        Problems.assertProblem(r, 400);
        assertThat(r.json().get("detail").asString()).contains("ping");
        TestHttp.Response k = e.api().post("/v2/dashboard/destinations", "{\"type\":\"kafka\",\"topic\":\"x\"}");
        Problems.assertProblem(k, 400);
        assertThat(k.json().get("detail").asString()).contains("bootstrap_servers");
    }

    @Test
    void sqlAndS3SurviveTheirTargetGoingDownAndEachEventLandsExactlyOnce() throws Exception {
        Env e = newEnv();
        String schema = schema();
        String bucket = "b-" + UUID.randomUUID().toString().substring(0, 8);
        s3.createBucket(bucket);
        postgres(e, schema);
        s3(e, bucket);
        UUID user = UUID.randomUUID();
        emit(e, user, "sleep", 0);
        await(20, quietly(() -> rows(schema) == 1 && objects(bucket) == 1));

        pgProxy.down();
        s3Proxy.down();
        for (int i = 1; i <= 6; i++) emit(e, user, "sleep", i);
        sleep(3000);
        assertThat(rows(schema)).isEqualTo(1);
        assertThat(objects(bucket)).isEqualTo(1);
        pgProxy.up();
        s3Proxy.up();
        await(60, quietly(() -> rows(schema) == 7 && objects(bucket) == 7));
        sleep(1500);
        assertThat(rows(schema)).isEqualTo(7);
        assertThat(objects(bucket)).isEqualTo(7);
    }

    @Test
    void oneFailingDestinationNeverBlocksAnother() throws Exception {
        Env e = newEnv();
        String schema = schema();
        String bucket = "b-" + UUID.randomUUID().toString().substring(0, 8);
        s3.createBucket(bucket);
        postgres(e, schema);
        s3(e, bucket);
        pgProxy.down();
        try {
            UUID user = UUID.randomUUID();
            for (int i = 0; i < 5; i++) emit(e, user, "sleep", i);
            await(20, () -> objects(bucket) == 5);
        } finally {
            pgProxy.up();
        }
        await(60, quietly(() -> rows(schema) == 5));
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.transaction.PlatformTransactionManager txManager;

    /**
     * Many users' events committed at once reach a batch sender (S3) in batches: every delivery has its own
     * attempt, one event the store refuses fails alone while its batch-mates are delivered, and each user's
     * events still go out one after the other in order.
     */
    @Test
    void batchedDeliveriesKeepPerUserOrderAndFailOnlyTheRejectedEvent() throws Exception {
        Env e = newEnv();
        String bucket = "b-" + UUID.randomUUID().toString().substring(0, 8);
        s3.createBucket(bucket);
        String dst = s3(e, bucket);
        List<UUID> people = new ArrayList<>();
        // more streams than the destination's concurrency (32), so that its workers take several heads each
        for (int u = 0; u < 100; u++) people.add(UUID.randomUUID());
        UUID odd = people.get(7);
        String[] bad = new String[1];
        new org.springframework.transaction.support.TransactionTemplate(txManager).executeWithoutResult(st -> {
            for (int n = 0; n < 2; n++) for (UUID u : people) emit(e, u, "sleep", n);
            // its own stream (type body): a start_time longer than any object key may be
            bad[0] = emit(
                    e,
                    odd,
                    "body",
                    UUID.randomUUID().toString(),
                    "{\"metadata\":{\"start_time\":\"" + "9".repeat(1500) + "\"}}");
        });
        await(60, () -> objects(bucket) == 200);
        await(
                20,
                () -> jdbc.sql("SELECT count(*) FROM attempts a JOIN deliveries d ON d.id = a.delivery_id"
                                        + " WHERE d.event_id = ?")
                                .param(bad[0])
                                .query(Long.class)
                                .single()
                        > 0);

        // the rejected event failed on its own
        assertThat(jdbc.sql("SELECT count(*) FROM attempts a JOIN deliveries d ON d.id = a.delivery_id"
                                + " WHERE d.event_id = ? AND a.error IS NOT NULL")
                        .param(bad[0])
                        .query(Long.class)
                        .single())
                .isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM attempts a JOIN deliveries d ON d.id = a.delivery_id"
                                + " WHERE d.destination_id = ? AND d.event_id <> ? AND a.error IS NOT NULL")
                        .param(dst)
                        .param(bad[0])
                        .query(Long.class)
                        .single())
                .as("no other event failed")
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM deliveries WHERE destination_id = ? AND status = 'delivered'")
                        .param(dst)
                        .query(Long.class)
                        .single())
                .isEqualTo(200);
        // batches did form: attempts record the batch they were written in
        Integer largest = jdbc.sql("SELECT max(substring(a.response FROM 'batch of ([0-9]+)')::int) FROM attempts a"
                        + " JOIN deliveries d ON d.id = a.delivery_id WHERE d.destination_id = ?")
                .param(dst)
                .query(Integer.class)
                .single();
        assertThat(largest).as("largest batch").isGreaterThan(1);
        // per user and type, no delivery was sent before its predecessor (a bulk batch writes a user's events
        // together, in order, so they share one attempt time)
        assertThat(jdbc.sql("SELECT count(*) FROM (SELECT a.attempted_at, lag(a.attempted_at) OVER"
                                + " (PARTITION BY d.stream ORDER BY d.event_seq) AS prev FROM deliveries d"
                                + " JOIN attempts a ON a.delivery_id = d.id WHERE d.destination_id = ?"
                                + " AND a.error IS NULL) x WHERE prev > attempted_at")
                        .param(dst)
                        .query(Long.class)
                        .single())
                .as("deliveries sent before their predecessor")
                .isZero();
        assertThat(jdbc.sql("SELECT count(DISTINCT stream) FROM deliveries WHERE destination_id = ?"
                                + " AND stream IS NOT NULL")
                        .param(dst)
                        .query(Long.class)
                        .single())
                .isEqualTo(101);
    }

    @Test
    void largeSqsEventsBecomeSignedLinksServedByTributary() throws Exception {
        Env e = newEnv();
        String q = sqs.createQueue(
                        r -> r.queueName("q-" + UUID.randomUUID().toString().substring(0, 8)))
                .queueUrl();
        TestHttp.Response r = e.api()
                .post(
                        "/v2/dashboard/destinations",
                        "{\"type\":\"sqs\",\"queue_url\":\"" + q
                                + "\",\"access_key_id\":\"x\",\"secret_access_key\":\"x\"}");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        UUID user = UUID.randomUUID();
        String big = "z".repeat(300_000);
        String eventId = emit(e, user, "activity", UUID.randomUUID().toString(), "{\"note\":\"" + big + "\"}");
        List<Message> got = new ArrayList<>();
        await(20, () -> {
            got.addAll(sqs.receiveMessage(m -> m.queueUrl(q)
                            .waitTimeSeconds(1)
                            .maxNumberOfMessages(10)
                            .messageAttributeNames("All"))
                    .messages());
            return got.stream().anyMatch(m -> m.body().contains("s3_payload"));
        });
        Message m = got.stream()
                .filter(x -> x.body().contains("s3_payload"))
                .findFirst()
                .orElseThrow();
        JsonNode w = tools.jackson.databind.json.JsonMapper.builder().build().readTree(m.body());
        assertThat(w.get("expires_in").asInt()).isEqualTo(600);
        String url = w.get("url").asString();
        assertThat(url).contains("/v2/payloads/" + eventId + "?expires=");
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> ok =
                http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains(big);
        String tampered = url.substring(0, url.length() - 4) + (url.endsWith("0000") ? "1111" : "0000");
        HttpResponse<String> bad =
                http.send(HttpRequest.newBuilder(URI.create(tampered)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(bad.statusCode()).isEqualTo(403);
        assertThat(bad.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
        String expired = url.replaceAll("expires=\\d+", "expires=1000");
        assertThat(http.send(HttpRequest.newBuilder(URI.create(expired)).build(), HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void sqsSurvivesTheQueueGoingDownAndEveryEventArrivesWithItsTraceId() throws Exception {
        Env e = newEnv();
        String name = "q-" + UUID.randomUUID().toString().substring(0, 8);
        sqs.createQueue(r -> r.queueName(name));
        try (TcpProxy proxy = new TcpProxy(sqsPort)) {
            String q = "http://127.0.0.1:" + proxy.port() + "/000000000000/" + name;
            create(
                    e,
                    "{\"type\":\"sqs\",\"queue_url\":\"" + q + "\",\"access_key_id\":\"x\",\"secret_access_key\":\"x\","
                            + "\"healthcheck_enabled\":false" + RETRY + "}");
            proxy.down();
            UUID user = UUID.randomUUID();
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 5; i++) ids.add(emit(e, user, "sleep", i));
            sleep(2500);
            proxy.up();
            String direct = "http://127.0.0.1:" + sqsPort + "/000000000000/" + name;
            List<Message> got = new ArrayList<>();
            await(60, () -> {
                got.addAll(sqs.receiveMessage(m -> m.queueUrl(direct)
                                .waitTimeSeconds(1)
                                .maxNumberOfMessages(10)
                                .messageAttributeNames("All"))
                        .messages());
                return got.stream()
                                .map(m -> m.messageAttributes()
                                        .get("terra-event-id")
                                        .stringValue())
                                .distinct()
                                .count()
                        == 5;
            });
            // at least once: a repeat carries the same trace id as the first copy of its event
            Map<String, String> traceByEvent = new java.util.HashMap<>();
            for (Message m : got) {
                String ev = m.messageAttributes().get("terra-event-id").stringValue();
                String trace = m.messageAttributes().get("terra-trace-id").stringValue();
                assertThat(traceByEvent.putIfAbsent(ev, trace)).isIn(null, trace);
            }
            assertThat(traceByEvent.keySet()).containsExactlyInAnyOrderElementsOf(ids);
        }
    }

    @Test
    void mysqlSurvivesTheServerGoingDownAndEachEventLandsExactlyOnce() throws Exception {
        String url = "jdbc:mariadb://127.0.0.1:3306/test?connectTimeout=3000";
        try (Connection c = java.sql.DriverManager.getConnection(url, "root", "")) {
            org.junit.jupiter.api.Assumptions.assumeTrue(c.isValid(3));
        } catch (java.sql.SQLException ex) {
            org.junit.jupiter.api.Assumptions.assumeTrue(
                    false, "no MariaDB/MySQL at 127.0.0.1:3306: MySQL reliability test skipped");
        }
        Env e = newEnv();
        String schema = schema();
        try (TcpProxy proxy = new TcpProxy(3306)) {
            create(
                    e,
                    "{\"type\":\"mysql\",\"host\":\"127.0.0.1\",\"port\":" + proxy.port()
                            + ",\"database\":\"test\",\"user\":\"root\",\"password\":\"\",\"schema\":\"" + schema + "\""
                            + RETRY + "}");
            UUID user = UUID.randomUUID();
            emit(e, user, "sleep", 0);
            java.util.concurrent.Callable<Long> count = () -> {
                try (Connection c = java.sql.DriverManager.getConnection(url, "root", "");
                        Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("SELECT count(*), count(DISTINCT payload_id) FROM `" + schema
                                + "`.terra_data_payloads")) {
                    rs.next();
                    assertThat(rs.getLong(1)).isEqualTo(rs.getLong(2));
                    return rs.getLong(1);
                }
            };
            await(20, quietly(() -> count.call() == 1));
            proxy.down();
            for (int i = 1; i <= 4; i++) emit(e, user, "sleep", i);
            sleep(2500);
            assertThat(count.call()).isEqualTo(1);
            proxy.up();
            await(60, quietly(() -> count.call() == 5));
            sleep(1500);
            assertThat(count.call()).isEqualTo(5);
        } finally {
            try (Connection c = java.sql.DriverManager.getConnection(url, "root", "");
                    Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS `" + schema + "`");
            }
        }
    }

    @Test
    void supabaseSurvivesStorageGoingDownAndEachEventLandsExactlyOnce() throws Exception {
        com.github.tomakehurst.wiremock.WireMockServer storage = new com.github.tomakehurst.wiremock.WireMockServer(
                com.github.tomakehurst.wiremock.core.WireMockConfiguration.options()
                        .dynamicPort()
                        .bindAddress("127.0.0.1"));
        storage.start();
        try (TcpProxy proxy = new TcpProxy(storage.port())) {
            storage.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get("/storage/v1/bucket/terra-payloads")
                    .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson("{\"id\":\"terra-payloads\"}")));
            storage.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
                            com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching(
                                    "/storage/v1/object/terra-payloads/.*"))
                    .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson("{\"Key\":\"x\"}")));
            Env e = newEnv();
            String schema = schema();
            create(
                    e,
                    "{\"type\":\"supabase\",\"url\":\"http://127.0.0.1:" + proxy.port()
                            + "\",\"service_role_key\":\"k\","
                            + "\"database_url\":\"postgresql://postgres:@127.0.0.1:" + pgProxy.port()
                            + "/postgres\",\"schema\":\"" + schema + "\""
                            + RETRY + "}");
            proxy.down();
            UUID user = UUID.randomUUID();
            for (int i = 0; i < 4; i++) emit(e, user, "sleep", i);
            sleep(2500);
            assertThat(rows(schema)).isZero();
            proxy.up();
            await(60, quietly(() -> rows(schema) == 4));
            sleep(1500);
            assertThat(rows(schema)).isEqualTo(4);
            long uploads = storage
                    .findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                            com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching("/storage/v1/object/.*")))
                    .stream()
                    .map(r -> r.getUrl())
                    .distinct()
                    .count();
            assertThat(uploads).isEqualTo(4);
        } finally {
            storage.stop();
        }
    }

    @Test
    void kafkaRetriesUntilTheTopicExistsThenEveryEventArrivesWithItsTraceId() throws Exception {
        org.apache.kafka.common.test.KafkaClusterTestKit cluster =
                io.tributary.server.delivery.kafka.KafkaTestBroker.start(
                        null, Map.of("auto.create.topics.enable", false));
        String kafkaDestination;
        try {
            Env e = newEnv();
            String topic = "terra-" + UUID.randomUUID().toString().substring(0, 8);
            String body = "{\"type\":\"kafka\",\"bootstrap_servers\":\"" + cluster.bootstrapServers()
                    + "\",\"topic\":\"" + topic + "\",\"healthcheck_enabled\":false" + RETRY + "}";
            // the topic does not exist and the broker will not create it: the ping refuses the destination …
            TestHttp.Response refused = e.api().post("/v2/dashboard/destinations", body);
            Problems.assertProblem(refused, 400);
            // … unless told to save it anyway; deliveries then fail and retry until the topic appears
            kafkaDestination = create(e, body.replace("{\"type\"", "{\"verify\":false,\"type\""));
            UUID user = UUID.randomUUID();
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 3; i++) ids.add(emit(e, user, "sleep", i));
            sleep(3000);
            try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(
                    Map.of("bootstrap.servers", cluster.bootstrapServers()))) {
                admin.createTopics(List.of(new org.apache.kafka.clients.admin.NewTopic(topic, 1, (short) 1)))
                        .all()
                        .get();
            }
            Map<String, String> traceByEvent = new java.util.HashMap<>();
            try (org.apache.kafka.clients.consumer.KafkaConsumer<String, String> consumer =
                    new org.apache.kafka.clients.consumer.KafkaConsumer<>(
                            Map.of(
                                    "bootstrap.servers",
                                    cluster.bootstrapServers(),
                                    "group.id",
                                    "g-" + topic,
                                    "auto.offset.reset",
                                    "earliest"),
                            new org.apache.kafka.common.serialization.StringDeserializer(),
                            new org.apache.kafka.common.serialization.StringDeserializer())) {
                consumer.subscribe(List.of(topic));
                long deadline = System.currentTimeMillis() + 90_000;
                while (traceByEvent.size() < 3 && System.currentTimeMillis() < deadline)
                    for (var r : consumer.poll(java.time.Duration.ofMillis(500))) {
                        assertThat(r.key()).isEqualTo(user.toString());
                        String ev = new String(
                                r.headers().lastHeader("terra-event-id").value());
                        String trace = new String(
                                r.headers().lastHeader("terra-trace-id").value());
                        assertThat(traceByEvent.putIfAbsent(ev, trace)).isIn(null, trace);
                    }
            }
            assertThat(traceByEvent.keySet()).containsExactlyInAnyOrderElementsOf(ids);
            // deleting the destination closes its producer (otherwise it keeps reconnecting to the closed broker)
            assertThat(e.api()
                            .delete("/v2/dashboard/destinations/" + kafkaDestination)
                            .status())
                    .isEqualTo(200);
        } finally {
            cluster.close();
        }
    }

    @Test
    void gcsSurvivesTheServiceGoingDownAndEachEventLandsExactlyOnce() throws Exception {
        try (io.tributary.server.delivery.gcs.GcsHttpStandIn gcs =
                        new io.tributary.server.delivery.gcs.GcsHttpStandIn();
                TcpProxy proxy = new TcpProxy(gcs.port())) {
            String bucket = "g-" + UUID.randomUUID().toString().substring(0, 8);
            gcs.createBucket(bucket);
            // token endpoint and API both behind the proxy: "down" cuts the whole service
            String key = gcs.serviceAccount("terra@tributary-test.iam.gserviceaccount.com", proxy.port());
            Env e = newEnv();
            TestHttp.Response r = e.api()
                    .post(
                            "/v2/dashboard/destinations",
                            "{\"type\":\"gcs\",\"bucket\":\"" + bucket + "\",\"service_account_json\":" + key
                                    + ",\"endpoint\":\"http://127.0.0.1:" + proxy.port()
                                    + "\",\"healthcheck_enabled\":false" + RETRY + "}");
            assertThat(r.status()).as(r.toString()).isEqualTo(201);
            assertThat(r.json().get("service_account_json").asString()).isEqualTo("********");
            java.util.function.LongSupplier objects = () -> java.util.stream.StreamSupport.stream(
                            gcs.storage()
                                    .list(bucket, com.google.cloud.storage.Storage.BlobListOption.prefix("sleep/"))
                                    .iterateAll()
                                    .spliterator(),
                            false)
                    .count();
            UUID user = UUID.randomUUID();
            emit(e, user, "sleep", 0);
            await(20, () -> objects.getAsLong() == 1);

            proxy.down();
            for (int i = 1; i <= 5; i++) emit(e, user, "sleep", i);
            sleep(3000);
            assertThat(objects.getAsLong()).isEqualTo(1);
            proxy.up();
            await(60, () -> objects.getAsLong() == 6);
            sleep(1500);
            // one object per event: the key ends in the trace id, so a retried upload overwrites, never adds
            assertThat(objects.getAsLong()).isEqualTo(6);
            assertThat(gcs.uploads()).isGreaterThanOrEqualTo(7); // the ping + six events
        }
    }
}
