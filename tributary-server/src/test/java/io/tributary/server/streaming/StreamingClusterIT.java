package io.tributary.server.streaming;

import static io.tributary.server.streaming.StreamNode.seq;
import static io.tributary.server.streaming.StreamNode.submit;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.server.account.DeveloperCredentials.EnvironmentCredentials;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Scale-out and persistence on the PostgreSQL bus: two server processes (Spring contexts on their own ports) on one
 * PostgreSQL share streams both ways, a token minted by one node opens a socket on the other, and after both stop
 * a restarted node replays the frames submitted before.
 */
class StreamingClusterIT {

    @Test
    void aProducerOnOneNodeReachesConsumersOnBothAndFramesSurviveARestart() throws Exception {
        Path dirA = Files.createTempDirectory("tributary-stream-a-");
        Path dirB = Files.createTempDirectory("tributary-stream-b-");
        EnvironmentCredentials e;
        UUID alice;
        List<Long> seqs = new ArrayList<>();
        try (StreamNode a = StreamNode.embedded(dirA);
                StreamNode b = StreamNode.sharing(dirB, dirA)) {
            e = a.newEnvironment();
            alice = a.newUser(e, "SANDBOX");
            EnvironmentCredentials other = b.newEnvironment();
            try (StreamClient onA = a.consumer(e);
                    StreamClient onB = b.consumer(e);
                    // minted on A, redeemed on B
                    StreamClient minted = new StreamClient(b.port).identify(a.developerToken(e), 1);
                    StreamClient otherOnB = b.consumer(other);
                    StreamClient producerOnA = a.producer(e, alice);
                    StreamClient producerOnB = new StreamClient(b.port).identify(a.userToken(e, alice), 0)) {
                for (int i = 0; i < 5; i++) producerOnA.send(submit("HEART_RATE", 100 + i));
                for (int i = 0; i < 5; i++) producerOnB.send(submit("HEART_RATE", 200 + i));
                List<List<Double>> seen = new ArrayList<>();
                for (StreamClient c : List.of(onA, onB, minted)) {
                    List<Double> vals = new ArrayList<>();
                    List<Long> order = new ArrayList<>();
                    for (int i = 0; i < 10; i++) {
                        JsonNode d = c.nextData(20_000);
                        assertThat(d.get("uid").asString()).isEqualTo(alice.toString());
                        vals.add(d.get("d").get("val").asDouble());
                        order.add(seq(d));
                    }
                    assertThat(order).isSorted().doesNotHaveDuplicates();
                    seen.add(vals);
                    if (seqs.isEmpty()) seqs.addAll(order);
                    else assertThat(order).isEqualTo(seqs); // every node dispatches the same seqs
                }
                for (List<Double> vals : seen)
                    assertThat(vals)
                            .containsExactlyInAnyOrder(
                                    100.0, 101.0, 102.0, 103.0, 104.0, 200.0, 201.0, 202.0, 203.0, 204.0);
                // a frame too big for a NOTIFY payload travels by seq and is read back from the table
                String big = "y".repeat(20_000);
                producerOnB.send("{\"op\":6,\"t\":\"GYROSCOPE\",\"d\":{\"pad\":\"" + big + "\",\"é\":\"ü\"}}");
                for (StreamClient c : List.of(onA, onB, minted)) {
                    JsonNode d = c.nextData(20_000);
                    assertThat(d.get("t").asString()).isEqualTo("GYROSCOPE");
                    assertThat(d.get("d").get("pad").asString()).isEqualTo(big);
                    assertThat(d.get("d").get("é").asString()).isEqualTo("ü");
                    assertThat(seq(d)).isGreaterThan(seqs.get(9));
                }
                Thread.sleep(500);
                JsonNode leak;
                while ((leak = otherOnB.poll(0)) != null)
                    assertThat(leak.get("op").asInt()).isEqualTo(1);
            }
        }
        // both nodes stopped; a new node on the same database replays what was submitted before
        try (StreamNode a = StreamNode.embedded(dirA);
                StreamClient c = a.consumer(e)) {
            List<Long> replayed = StreamingProtocolIT.replay(c, "{\"after\":0,\"before\":" + (seqs.get(9) + 1) + "}");
            assertThat(replayed).isEqualTo(seqs);
            // and live streaming goes on with higher seqs
            try (StreamClient p = a.producer(e, alice)) {
                p.send(submit("STEPS", 1));
                assertThat(seq(c.nextData(20_000))).isGreaterThan(seqs.get(9));
            }
        }
    }
}
