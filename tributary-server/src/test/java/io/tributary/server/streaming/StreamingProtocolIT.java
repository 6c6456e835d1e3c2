package io.tributary.server.streaming;

import static io.tributary.server.streaming.StreamNode.seq;
import static io.tributary.server.streaming.StreamNode.submit;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.server.account.DeveloperCredentials.EnvironmentCredentials;
import io.tributary.server.support.TestHttp;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The Streaming API against a real node with a real websocket client (rt.yaml, rt.asyncapi.yaml): the token
 * endpoints' answers, every opcode, every close code, the identify timeout and heartbeat deadline, replay bounds,
 * token reuse, isolation between environments and users, the bounded send queue and the demo producer. The node
 * runs with short deadlines (identify 1.5 s, heartbeat 1 s / 2 s) and small limits (3 consumers, a 64-frame queue).
 */
class StreamingProtocolIT {
    static StreamNode node;

    @BeforeAll
    static void start() throws Exception {
        node = StreamNode.embedded(
                Files.createTempDirectory("tributary-stream-"),
                "--tributary.streaming.heartbeat-interval=1s",
                "--tributary.streaming.heartbeat-timeout=2s",
                "--tributary.streaming.identify-timeout=1500ms",
                "--tributary.streaming.token-ttl=4s",
                "--tributary.streaming.max-consumers=3",
                "--tributary.streaming.send-queue=64");
    }

    @AfterAll
    static void stop() {
        if (node != null) node.close();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void tokenEndpointsAnswerAsDocumented() {
        EnvironmentCredentials e = node.newEnvironment();
        EnvironmentCredentials other = node.newEnvironment();
        UUID user = node.newUser(e, "SANDBOX");
        UUID foreign = node.newUser(other, "SANDBOX");

        TestHttp.Response ok = node.as(e).post("/auth/developer", null);
        assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
        assertThat(ok.json().get("token").asString()).matches("[0-9A-Za-z]{8}\\.[0-9A-Za-z]{43}");
        TestHttp.Response viaBasic = node.http()
                .withHeader("Authorization", basic(e.devId(), e.apiKey()))
                .post("/auth/user?id=" + user, null);
        assertThat(viaBasic.status()).as(viaBasic.toString()).isEqualTo(200);
        assertThat(viaBasic.json().get("token").asString())
                .isNotEqualTo(ok.json().get("token").asString());

        // 400: missing or malformed credentials, missing id (problem+json)
        assertProblem(node.http().post("/auth/developer", null), 400);
        assertProblem(node.http().withHeader("dev-id", e.devId()).post("/auth/developer", null), 400);
        assertProblem(node.http().withHeader("Authorization", "Bearer x").post("/auth/developer", null), 400);
        assertProblem(node.http().withHeader("Authorization", "Basic !!!").post("/auth/developer", null), 400);
        assertProblem(node.as(e).post("/auth/user", null), 400);

        // 403 with an empty text/plain body: wrong key, key of another environment, a user of another environment
        assertForbidden(node.http()
                .withHeader("dev-id", e.devId())
                .withHeader("x-api-key", e.apiKey() + "x")
                .post("/auth/developer", null));
        assertForbidden(node.http()
                .withHeader("Authorization", basic(e.devId(), other.apiKey()))
                .post("/auth/developer", null));
        assertForbidden(node.as(e).post("/auth/user?id=" + foreign, null));
        assertForbidden(node.as(e).post("/auth/user?id=" + UUID.randomUUID(), null));
        assertForbidden(node.as(e).post("/auth/user?id=not-a-uuid", null));
    }

    private static void assertProblem(TestHttp.Response r, int status) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("status").asInt()).isEqualTo(status);
    }

    private static void assertForbidden(TestHttp.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(403);
        assertThat(r.contentType()).startsWith("text/plain");
        assertThat(r.body()).isEmpty();
    }

    @Test
    void helloHeartbeatIdentifyReady() throws Exception {
        EnvironmentCredentials e = node.newEnvironment();
        try (StreamClient c = new StreamClient(node.port)) {
            JsonNode hello = c.next(5000);
            assertThat(hello.get("op").asInt()).isEqualTo(2);
            assertThat(hello.get("d").get("heartbeat_interval").asInt()).isEqualTo(1000);
            c.send("{\"op\":0}");
            assertThat(c.next(5000).toString()).isEqualTo("{\"op\":1}");
            c.send("{\"op\":3,\"d\":{\"token\":\"" + node.developerToken(e) + "\",\"type\":1}}");
            assertThat(c.next(5000).toString()).isEqualTo("{\"op\":4}");
            c.send("{\"op\":0,\"d\":null}");
            assertThat(c.next(5000).get("op").asInt()).isEqualTo(1);
        }
    }

    @Test
    void submitIsDispatchedToEveryConsumerOfItsEnvironmentOnly() throws Exception {
        EnvironmentCredentials a = node.newEnvironment();
        EnvironmentCredentials b = node.newEnvironment();
        UUID alice = node.newUser(a, "SANDBOX");
        UUID bob = node.newUser(b, "SANDBOX");
        try (StreamClient c1 = node.consumer(a);
                StreamClient c2 = node.consumer(a);
                StreamClient cb = node.consumer(b);
                StreamClient pa = node.producer(a, alice);
                StreamClient pb = node.producer(b, bob)) {
            for (int i = 0; i < 3; i++) pa.send(submit("HEART_RATE", 60 + i));
            pb.send(submit("STEPS", 7));
            for (StreamClient c : List.of(c1, c2)) {
                long last = 0;
                for (int i = 0; i < 3; i++) {
                    JsonNode d = c.nextData(10_000);
                    assertThat(d.get("op").asInt()).isEqualTo(5);
                    assertThat(d.get("uid").asString()).isEqualTo(alice.toString());
                    assertThat(d.get("t").asString()).isEqualTo("HEART_RATE");
                    assertThat(d.get("d").get("val").asDouble()).isEqualTo(60 + i);
                    assertThat(d.get("d").get("ts").asString()).isEqualTo("2026-12-03T12:00:00Z");
                    assertThat(d.has("synthetic")).isFalse();
                    assertThat(seq(d)).isGreaterThan(last);
                    last = seq(d);
                }
            }
            JsonNode onlyB = cb.nextData(10_000);
            assertThat(onlyB.get("uid").asString()).isEqualTo(bob.toString());
            assertThat(onlyB.get("t").asString()).isEqualTo("STEPS");
            // the producer of environment b reached b only; a's consumers saw nothing of it
            Thread.sleep(300);
            for (StreamClient c : List.of(c1, c2, cb)) {
                JsonNode extra;
                while ((extra = c.poll(0)) != null)
                    assertThat(extra.get("op").asInt()).isEqualTo(1);
            }
        }
    }

    @Test
    void aProducerTokenSpeaksForItsOwnUserOnly() throws Exception {
        EnvironmentCredentials a = node.newEnvironment();
        UUID alice = node.newUser(a, "SANDBOX");
        try (StreamClient c = node.consumer(a);
                StreamClient p = node.producer(a, alice)) {
            // a uid in the frame is ignored: the token decides whose data this is
            p.send("{\"op\":6,\"t\":\"STEPS\",\"uid\":\"" + UUID.randomUUID() + "\",\"d\":{\"val\":1}}");
            assertThat(c.nextData(10_000).get("uid").asString()).isEqualTo(alice.toString());
        }
    }

    @Test
    void tokensAreSingleUseShortLivedAndForTheirRole() throws Exception {
        EnvironmentCredentials e = node.newEnvironment();
        UUID user = node.newUser(e, "SANDBOX");
        String token = node.developerToken(e);
        try (StreamClient first = new StreamClient(node.port).identify(token, 1)) {
            try (StreamClient again = new StreamClient(node.port)) {
                again.next(5000);
                again.send("{\"op\":3,\"d\":{\"token\":\"" + token + "\",\"type\":1}}");
                assertThat(again.awaitClose(5000).code()).isEqualTo(4001);
            }
        }
        // a consumer token does not open a producer session, nor a producer token a consumer one
        assertThat(identifyClose(node.developerToken(e), 0)).isEqualTo(4001);
        assertThat(identifyClose(node.userToken(e, user), 1)).isEqualTo(4001);
        assertThat(identifyClose("no-such-token", 1)).isEqualTo(4001);
        assertThat(identifyClose(node.developerToken(e), 7)).isEqualTo(4001);
        // expired (token-ttl=4s here)
        String stale = node.developerToken(e);
        Thread.sleep(4500);
        assertThat(identifyClose(stale, 1)).isEqualTo(4001);
        // reusable tokens, where asked for, open several sessions
        String reusable = node.as(e)
                .post("/auth/developer?reusable=true", null)
                .json()
                .get("token")
                .asString();
        try (StreamClient one = new StreamClient(node.port).identify(reusable, 1);
                StreamClient two = new StreamClient(node.port).identify(reusable, 1)) {
            assertThat(one.closed).isNotDone();
            assertThat(two.closed).isNotDone();
        }
    }

    /** Opens a socket, identifies with this token and type, returns the close code. */
    private static int identifyClose(String token, int type) throws Exception {
        try (StreamClient c = new StreamClient(node.port)) {
            c.next(5000);
            c.sendQuietly("{\"op\":3,\"d\":{\"token\":\"" + token + "\",\"type\":" + type + "}}");
            return c.awaitClose(5000).code();
        }
    }

    /** Opens a socket, optionally identifies, sends a frame, returns the close code. */
    private static StreamClient.Close closeAfter(String token, int type, String frame) throws Exception {
        try (StreamClient c = new StreamClient(node.port)) {
            if (token != null) c.identify(token, type);
            else c.next(5000);
            c.sendQuietly(frame);
            return c.awaitClose(5000);
        }
    }

    @Test
    void everyViolationGetsItsDocumentedCloseCode() throws Exception {
        EnvironmentCredentials e = node.newEnvironment();
        UUID user = node.newUser(e, "SANDBOX");
        // 1003: not JSON, not an object, no op, an op that is not an integer; a binary frame
        assertThat(closeAfter(null, 0, "{not json").code()).isEqualTo(1003);
        assertThat(closeAfter(null, 0, "[1,2]").code()).isEqualTo(1003);
        assertThat(closeAfter(null, 0, "{\"d\":{}}").code()).isEqualTo(1003);
        assertThat(closeAfter(null, 0, "{\"op\":\"0\"}").code()).isEqualTo(1003);
        assertThat(closeAfter(null, 0, "{\"op\":1.5}").code()).isEqualTo(1003);
        // 1003: invalid REPLAY payloads
        assertThat(closeAfter(node.developerToken(e), 1, "{\"op\":7}").code()).isEqualTo(1003);
        assertThat(closeAfter(node.developerToken(e), 1, "{\"op\":7,\"d\":{\"before\":\"9\"}}")
                        .code())
                .isEqualTo(1003);
        assertThat(closeAfter(node.developerToken(e), 1, "{\"op\":7,\"d\":{\"after\":1.5,\"before\":9}}")
                        .code())
                .isEqualTo(1003);
        // 1003: a SUBMIT without its data type or payload
        assertThat(closeAfter(node.userToken(e, user), 0, "{\"op\":6,\"d\":{\"val\":1}}")
                        .code())
                .isEqualTo(1003);
        assertThat(closeAfter(node.userToken(e, user), 0, "{\"op\":6,\"t\":\"STEPS\",\"d\":5}")
                        .code())
                .isEqualTo(1003);
        assertThat(closeAfter(node.userToken(e, user), 0, "{\"op\":6,\"t\":\"STE\\tPS\",\"d\":{}}")
                        .code())
                .isEqualTo(1003);
        // 4003: a second IDENTIFY
        assertThat(closeAfter(
                                node.developerToken(e),
                                1,
                                "{\"op\":3,\"d\":{\"token\":\"" + node.developerToken(e) + "\",\"type\":1}}")
                        .code())
                .isEqualTo(4003);
        // 4004: unknown opcodes, the server's own opcodes, and opcodes of the other role or before IDENTIFY
        assertThat(closeAfter(null, 0, "{\"op\":42}").code()).isEqualTo(4004);
        for (int serverOp : new int[] {1, 2, 4, 5})
            assertThat(closeAfter(null, 0, "{\"op\":" + serverOp + "}").code()).isEqualTo(4004);
        assertThat(closeAfter(null, 0, submit("STEPS", 1)).code()).isEqualTo(4004);
        assertThat(closeAfter(null, 0, "{\"op\":7,\"d\":{\"before\":9}}").code())
                .isEqualTo(4004);
        assertThat(closeAfter(node.developerToken(e), 1, submit("STEPS", 1)).code())
                .isEqualTo(4004);
        assertThat(closeAfter(node.developerToken(e), 1, "{\"op\":8,\"d\":{\"connected\":true}}")
                        .code())
                .isEqualTo(4004);
        assertThat(closeAfter(node.userToken(e, user), 0, "{\"op\":7,\"d\":{\"before\":9}}")
                        .code())
                .isEqualTo(4004);
        // the server survived all of it
        try (StreamClient c = node.consumer(e)) {
            c.stopHeartbeats();
            while (c.poll(100) != null) {}
            c.send("{\"op\":0}");
            assertThat(c.next(5000).get("op").asInt()).isEqualTo(1);
        }
    }

    @Test
    void noIdentifyWithinTheTimeoutIs4000() throws Exception {
        try (StreamClient c = new StreamClient(node.port)) {
            c.next(5000);
            c.heartbeatEvery(300); // heartbeats alone do not identify
            long t0 = System.nanoTime();
            StreamClient.Close close = c.awaitClose(10_000);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertThat(close.code()).isEqualTo(4000);
            assertThat(ms).isBetween(1000L, 6000L);
        }
    }

    @Test
    void aMissedHeartbeatIs4005() throws Exception {
        EnvironmentCredentials e = node.newEnvironment();
        try (StreamClient c = node.consumer(e)) {
            Thread.sleep(2500); // heartbeating meanwhile: still open
            assertThat(c.closed).isNotDone();
            c.stopHeartbeats();
            long t0 = System.nanoTime();
            assertThat(c.awaitClose(10_000).code()).isEqualTo(4005);
            assertThat((System.nanoTime() - t0) / 1_000_000).isBetween(1000L, 6000L);
        }
    }

    @Test
    void theConsumerSessionLimitIs4002() throws Exception {
        EnvironmentCredentials e = node.newEnvironment();
        EnvironmentCredentials other = node.newEnvironment();
        try (StreamClient c1 = node.consumer(e);
                StreamClient c2 = node.consumer(e);
                StreamClient c3 = node.consumer(e);
                StreamClient elsewhere = node.consumer(other)) {
            try (StreamClient c4 = new StreamClient(node.port)) {
                c4.next(5000);
                c4.send("{\"op\":3,\"d\":{\"token\":\"" + node.developerToken(e) + "\",\"type\":1}}");
                assertThat(c4.awaitClose(5000).code()).isEqualTo(4002);
            }
            assertThat(elsewhere.closed).isNotDone();
        }
    }

    @Test
    void statusIsNeverDispatchedButShowsAsConnectionState() throws Exception {
        EnvironmentCredentials e = node.newEnvironment();
        UUID user = node.newUser(e, "SANDBOX");
        try (StreamClient c = node.consumer(e);
                StreamClient p = node.producer(e, user)) {
            p.send("{\"op\":8,\"d\":{\"connected\":true,\"device_id\":\"polar-h10-1\",\"source\":\"android\"}}");
            p.send("{\"op\":8,\"d\":{\"connected\":\"yes\"}}"); // malformed STATUS: dropped, socket stays open
            p.send("{\"op\":8}");
            p.send(submit("HEART_RATE", 71));
            JsonNode first = c.nextData(10_000);
            assertThat(first.get("op").asInt()).isEqualTo(5);
            assertThat(first.get("d").get("val").asDouble()).isEqualTo(71);
            assertThat(p.closed).isNotDone();
            JsonNode state = node.as(e).get("/v2/streaming/connections").json();
            assertThat(state.get("consumers").asInt()).isEqualTo(1);
            assertThat(state.get("producers").size()).isEqualTo(1);
            JsonNode prod = state.get("producers").get(0);
            assertThat(prod.get("user_id").asString()).isEqualTo(user.toString());
            assertThat(prod.get("device_connected").asBoolean()).isTrue();
            assertThat(prod.get("device_id").asString()).isEqualTo("polar-h10-1");
            assertThat(prod.get("source").asString()).isEqualTo("android");
        }
        Thread.sleep(300);
        assertThat(node.as(e)
                        .get("/v2/streaming/connections")
                        .json()
                        .get("producers")
                        .size())
                .isEqualTo(0);
    }

    @Test
    void replayHonoursItsExclusiveBounds() throws Exception {
        EnvironmentCredentials e = node.newEnvironment();
        UUID user = node.newUser(e, "SANDBOX");
        List<Long> seqs = new ArrayList<>();
        try (StreamClient live = node.consumer(e);
                StreamClient p = node.producer(e, user)) {
            for (int i = 0; i < 5; i++) p.send(submit("STEPS", i));
            for (int i = 0; i < 5; i++) seqs.add(seq(live.nextData(10_000)));
        }
        try (StreamClient c = node.consumer(e)) {
            assertThat(replay(c, "{\"after\":" + seqs.get(0) + ",\"before\":" + seqs.get(4) + "}"))
                    .containsExactly(seqs.get(1), seqs.get(2), seqs.get(3));
            assertThat(replay(c, "{\"before\":" + seqs.get(2) + "}")).containsExactly(seqs.get(0), seqs.get(1));
            assertThat(replay(c, "{\"after\":" + seqs.get(3) + ",\"before\":" + (seqs.get(4) + 1) + "}"))
                    .containsExactly(seqs.get(4));
            assertThat(replay(c, "{\"after\":" + seqs.get(0) + "}")).isEmpty(); // no before: nothing
            assertThat(replay(c, "{\"after\":" + seqs.get(2) + ",\"before\":" + seqs.get(1) + "}"))
                    .isEmpty();
            assertThat(replay(c, "{\"after\":" + seqs.get(1) + ",\"before\":" + seqs.get(2) + "}"))
                    .isEmpty();
        }
        // another environment's consumer replays nothing of these
        try (StreamClient c = node.consumer(node.newEnvironment())) {
            assertThat(replay(c, "{\"after\":0,\"before\":" + Long.MAX_VALUE + "}"))
                    .isEmpty();
        }
    }

    /** Sends a REPLAY then a HEARTBEAT; the replayed frames are those before the ACK. */
    static List<Long> replay(StreamClient c, String d) throws InterruptedException {
        c.stopHeartbeats();
        while (c.poll(50) != null) {}
        c.send("{\"op\":7,\"d\":" + d + "}");
        c.send("{\"op\":0}");
        List<Long> out = new ArrayList<>();
        while (true) {
            JsonNode f = c.next(10_000);
            if (f.get("op").asInt() == 1) break;
            assertThat(f.get("op").asInt()).isEqualTo(5);
            out.add(seq(f));
        }
        c.heartbeatEvery(400);
        return out;
    }

    @Test
    void aSlowConsumerIsDroppedWith1011WhileTheOthersKeepUp() throws Exception {
        EnvironmentCredentials e = node.newEnvironment();
        UUID user = node.newUser(e, "SANDBOX");
        String filler = "x".repeat(4000);
        int frames = 3000; // ~12 MB: more than the socket buffers hold, so the slow reader's queue fills up
        try (StreamClient slow = node.consumer(e);
                StreamClient fast = node.consumer(e);
                StreamClient p = node.producer(e, user)) {
            slow.pause();
            // in rounds of 20, so that the reading consumer never has more than 20 frames queued
            for (int i = 0; i < frames; i += 20) {
                for (int j = i; j < i + 20; j++)
                    p.send("{\"op\":6,\"t\":\"ACCELERATION\",\"d\":{\"n\":" + j + ",\"pad\":\"" + filler + "\"}}");
                for (int j = i; j < i + 20; j++)
                    assertThat(fast.nextData(20_000).get("d").get("n").asInt()).isEqualTo(j);
            }
            assertThat(fast.closed).isNotDone();
            long deadline = System.currentTimeMillis() + 10_000;
            while (System.currentTimeMillis() < deadline
                    && node.as(e)
                                    .get("/v2/streaming/connections")
                                    .json()
                                    .get("consumers")
                                    .asInt()
                            != 1) Thread.sleep(100);
            assertThat(node.as(e)
                            .get("/v2/streaming/connections")
                            .json()
                            .get("consumers")
                            .asInt())
                    .isEqualTo(1);
            slow.resume();
            StreamClient.Close close = slow.awaitClose(30_000);
            assertThat(close.code()).as(close.toString()).isEqualTo(1011);
            assertThat(slow.pending()).isLessThan(frames);
        }
    }

    @Test
    void aSandboxUserStreamsASyntheticDemoFeed() throws Exception {
        EnvironmentCredentials e = node.newEnvironment();
        UUID sandbox = node.newSandboxUser(e);
        UUID real = node.newUser(e, "GARMIN");
        try (StreamClient c = node.consumer(e)) {
            TestHttp.Response r = node.as(e).post("/v2/streaming/demo?user_id=" + sandbox + "&seconds=2", null);
            assertThat(r.status()).as(r.toString()).isEqualTo(202);
            assertThat(r.json().get("user_id").asString()).isEqualTo(sandbox.toString());
            java.util.Set<String> types = new java.util.HashSet<>();
            for (int i = 0; i < 3; i++) {
                JsonNode d = c.nextData(10_000);
                assertThat(d.get("uid").asString()).isEqualTo(sandbox.toString());
                assertThat(d.get("synthetic").asBoolean()).isTrue();
                assertThat(d.get("d").get("val").isNumber()).isTrue();
                assertThat(d.get("d").get("ts").asString()).isNotBlank();
                types.add(d.get("t").asString());
            }
            assertThat(types).containsExactlyInAnyOrder("HEART_RATE", "STEPS", "STEPS_CADENCE");
        }
        assertThat(node.as(e).post("/v2/streaming/demo?user_id=" + real, null).status())
                .isEqualTo(400);
        assertThat(node.as(e)
                        .post("/v2/streaming/demo?user_id=" + UUID.randomUUID(), null)
                        .status())
                .isEqualTo(404);
        assertThat(node.as(node.newEnvironment())
                        .post("/v2/streaming/demo?user_id=" + sandbox, null)
                        .status())
                .isEqualTo(404);
        assertThat(node.http()
                        .post("/v2/streaming/demo?user_id=" + sandbox, null)
                        .status())
                .isEqualTo(401);
    }
}
