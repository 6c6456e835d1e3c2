package io.tributary.connectors.whoop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.connectors.AppCredentials;
import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.HookRequest;
import io.tributary.connectors.PushAction;
import io.tributary.connectors.PushBatch;
import io.tributary.connectors.Verification;
import io.tributary.model.DataType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WhoopPushReceiverTest {
    static final AppCredentials OTHER = new AppCredentials("env-a", "client-a", "secret-a");
    static final AppCredentials APP = new AppCredentials("env-b", "client-b", "secret-b");
    static final String TS = "1748241241000";
    private final WhoopPushReceiver receiver = new WhoopPushReceiver();

    static HookRequest signed(String body, String secret) {
        return HookRequest.post(
                Map.of(
                        "X-WHOOP-Signature",
                        WhoopPushReceiver.signature(secret, TS, body.getBytes(StandardCharsets.UTF_8)),
                        "X-WHOOP-Signature-Timestamp",
                        TS),
                body);
    }

    @Test
    void theSignatureIsBase64HmacSha256OfTimestampAndBodyWithTheClientSecret() throws Exception {
        // computed independently: printf '%s' "1748241241000{}" | openssl dgst -sha256 -hmac secret -binary | base64
        assertThat(WhoopPushReceiver.signature("secret", TS, "{}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("5iylQH4watvXZiGz4/zo2OeJbfeRSBCzeIVb/hAAG5E=");
        String body = WhoopFixtures.text("webhook_recovery_updated");
        Verification v = receiver.verify(signed(body, "secret-b"), List.of(OTHER, APP));
        assertThat(v.app()).isEqualTo(APP);
    }

    @Test
    void aWrongSignatureOrTimestampOrAMissingHeaderIsRefused() {
        String body = WhoopFixtures.text("webhook_recovery_updated");
        assertThat(receiver.verify(signed(body, "not-the-secret"), List.of(APP)).app())
                .isNull();
        HookRequest r = signed(body, "secret-b");
        HookRequest otherTs = new HookRequest(
                "POST",
                Map.of(),
                Map.of("x-whoop-signature", r.header("x-whoop-signature"), "x-whoop-signature-timestamp", "1"),
                r.body());
        assertThat(receiver.verify(otherTs, List.of(APP)).app()).isNull();
        assertThat(receiver.verify(HookRequest.post(Map.of(), body), List.of(APP))
                        .app())
                .isNull();
        HookRequest tampered = signed(body, "secret-b");
        byte[] changed = body.replace("10129", "10130").getBytes(StandardCharsets.UTF_8);
        assertThat(receiver.verify(new HookRequest("POST", Map.of(), tampered.headers(), changed), List.of(APP))
                        .app())
                .isNull();
    }

    @Test
    void aRecoveryUpdateFetchesTheSleepTheDailyAndTheBody() throws Exception {
        PushBatch b = receive(WhoopFixtures.text("webhook_recovery_updated"));
        assertThat(b.items()).extracting(PushBatch.Item::providerUserId).containsOnly("10129");
        assertThat(b.items())
                .extracting(i -> ((PushAction.Fetch) i.action()).type())
                .containsExactly(DataType.SLEEP, DataType.DAILY, DataType.BODY);
        assertThat(((PushAction.Fetch) b.items().get(0).action()).hints())
                .containsEntry(WhoopPushReceiver.HINT_OBJECT, "recovery")
                .containsEntry(WhoopPushReceiver.HINT_ID, "123e4567-e89b-12d3-a456-426614174000");
    }

    @Test
    void workoutAndSleepUpdatesFetchThatRecord() throws Exception {
        PushBatch w = receive(event("workout.updated", "\"ecfc6a15-4661-442f-a9a4-f160dd7afae8\""));
        assertThat(((PushAction.Fetch) w.items().get(0).action()).type()).isEqualTo(DataType.ACTIVITY);
        PushBatch s = receive(event("sleep.updated", "\"ecfc6a15-4661-442f-a9a4-f160dd7afae8\""));
        assertThat(s.items()).hasSize(1);
        assertThat(((PushAction.Fetch) s.items().get(0).action()).type()).isEqualTo(DataType.SLEEP);
    }

    @Test
    void deletionsV1IdsAndUnknownTypesAreReportedNotActedOn() throws Exception {
        assertThat(receive(event("workout.deleted", "\"ecfc6a15-4661-442f-a9a4-f160dd7afae8\"")))
                .satisfies(b -> {
                    assertThat(b.items()).isEmpty();
                    assertThat(b.problems()).singleElement().asString().contains("deleted at WHOOP");
                });
        assertThat(receive(event("workout.updated", "10235")).problems())
                .singleElement()
                .asString()
                .contains("v1 webhook model");
        assertThat(receive(event("body.updated", "\"x\"")).items()).isEmpty();
        assertThat(receive("{\"id\":\"x\",\"type\":\"sleep.updated\"}").problems())
                .containsExactly("event without user_id");
        assertThatThrownBy(() -> receive("not json"))
                .isInstanceOfSatisfying(
                        ConnectorException.class,
                        e -> assertThat(e.kind()).isEqualTo(ConnectorException.Kind.BAD_RESPONSE));
    }

    private PushBatch receive(String body) throws ConnectorException {
        return receiver.receive(HookRequest.post(Map.of(), body), Verification.of(APP));
    }

    private static String event(String type, String id) {
        return "{\"user_id\":10129,\"id\":" + id + ",\"type\":\"" + type + "\",\"trace_id\":\"t-1\"}";
    }
}
