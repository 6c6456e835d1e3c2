package io.tributary.connectors.oura;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.connectors.AppCredentials;
import io.tributary.connectors.HookRequest;
import io.tributary.connectors.PushAction;
import io.tributary.connectors.PushBatch;
import io.tributary.connectors.Verification;
import io.tributary.model.DataType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OuraPushReceiverTest {
    static final AppCredentials OTHER = new AppCredentials("other", "other-id", "other-secret");
    static final AppCredentials APP = new AppCredentials("env", "oura-client-1", "s3cret");
    static final String BODY = "{\"event_type\":\"create\",\"data_type\":\"sleep\","
            + "\"object_id\":\"cdbd9d6f-9b3a-4dd5-8b7a-0cf5c6c7f0a1\",\"event_time\":\"2022-07-14T07:30:12-04:00\","
            + "\"user_id\":\"8f9a5221\"}";
    static final String TS = "1700000000";
    private final OuraPushReceiver receiver = new OuraPushReceiver();

    private static HookRequest signed(String signature, String body) {
        return HookRequest.post(Map.of("X-Oura-Signature", signature, "X-Oura-Timestamp", TS), body);
    }

    @Test
    void verifiesTheHmacOverTimestampAndBodyWithTheAppsSecret() throws Exception {
        // the expected signature computed independently here (javax.crypto, the documented recipe)
        var mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec("s3cret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String sig = java.util.HexFormat.of().formatHex(mac.doFinal((TS + BODY).getBytes(StandardCharsets.UTF_8)));
        Verification v = receiver.verify(signed(sig, BODY), List.of(OTHER, APP));
        assertThat(v.verified()).isTrue();
        assertThat(v.app()).isEqualTo(APP);
        // Oura sends upper-case hex: compared case-insensitively
        assertThat(receiver.verify(signed(sig.toUpperCase(Locale.ROOT), BODY), List.of(APP))
                        .verified())
                .isTrue();
    }

    @Test
    void refusesWrongMissingOrTamperedSignatures() {
        String sig = OuraPushReceiver.signature("s3cret", TS, BODY.getBytes(StandardCharsets.UTF_8));
        assertThat(receiver.verify(signed(sig, BODY.replace("create", "update")), List.of(APP))
                        .verified())
                .isFalse();
        assertThat(receiver.verify(signed(sig, BODY), List.of(OTHER)).verified())
                .isFalse();
        assertThat(receiver.verify(HookRequest.post(Map.of("x-oura-signature", sig), BODY), List.of(APP))
                        .verified())
                .isFalse();
        assertThat(receiver.verify(HookRequest.post(Map.of(), BODY), List.of(APP))
                        .verified())
                .isFalse();
        String otherTs = OuraPushReceiver.signature("s3cret", "1700000001", BODY.getBytes(StandardCharsets.UTF_8));
        assertThat(receiver.verify(signed(otherTs, BODY), List.of(APP)).verified())
                .isFalse();
    }

    @Test
    void anEventBecomesAFetchOfThatDocument() throws Exception {
        PushBatch b = receiver.receive(signed("x", BODY), Verification.of(APP));
        assertThat(b.problems()).isEmpty();
        assertThat(b.items()).hasSize(1);
        assertThat(b.items().get(0).providerUserId()).isEqualTo("8f9a5221");
        PushAction.Fetch f = (PushAction.Fetch) b.items().get(0).action();
        assertThat(f.type()).isEqualTo(DataType.SLEEP);
        assertThat(f.hints())
                .containsEntry(OuraPushReceiver.HINT_ENDPOINT, "sleep")
                .containsEntry(OuraPushReceiver.HINT_OBJECT_ID, "cdbd9d6f-9b3a-4dd5-8b7a-0cf5c6c7f0a1")
                .containsEntry(OuraPushReceiver.HINT_OFFSET, "-04:00");
        // the real window: the member's local day before the event's day until the end of the event's day
        assertThat(f.start()).isEqualTo(java.time.Instant.parse("2022-07-13T04:00:00Z"));
        assertThat(f.end()).isEqualTo(java.time.Instant.parse("2022-07-15T04:00:00Z"));
        PushBatch daily =
                receiver.receive(signed("x", BODY.replace("\"sleep\"", "\"daily_readiness\"")), Verification.of(APP));
        assertThat(((PushAction.Fetch) daily.items().get(0).action()).type()).isEqualTo(DataType.DAILY);
    }

    @Test
    void anEventWithoutEventTimeIsReportedNotFetched() throws Exception {
        PushBatch b = receiver.receive(
                signed("x", BODY.replace("\"event_time\":\"2022-07-14T07:30:12-04:00\",", "")), Verification.of(APP));
        assertThat(b.items()).isEmpty();
        assertThat(b.problems()).singleElement().asString().contains("event_time");
        PushBatch bad = receiver.receive(
                signed("x", BODY.replace("2022-07-14T07:30:12-04:00", "yesterday")), Verification.of(APP));
        assertThat(bad.items()).isEmpty();
    }

    @Test
    void unknownTypesAndDeletesAreReportedNotFetched() throws Exception {
        PushBatch tag = receiver.receive(signed("x", BODY.replace("\"sleep\"", "\"tag\"")), Verification.of(APP));
        assertThat(tag.items()).isEmpty();
        assertThat(tag.problems()).hasSize(1);
        PushBatch del = receiver.receive(signed("x", BODY.replace("create", "delete")), Verification.of(APP));
        assertThat(del.items()).isEmpty();
        assertThat(del.problems()).hasSize(1);
    }

    @Test
    void challengeIsAnsweredOnlyWithOurVerificationToken() {
        String token = OuraPushReceiver.verificationToken(APP);
        var ok = receiver.challenge(
                new HookRequest("GET", Map.of("verification_token", token, "challenge", "abc123"), Map.of(), null),
                List.of(OTHER, APP));
        assertThat(ok).isPresent();
        assertThat(ok.get().status()).isEqualTo(200);
        assertThat(new String(ok.get().body(), StandardCharsets.UTF_8)).isEqualTo("{\"challenge\":\"abc123\"}");
        assertThat(receiver.challenge(
                        new HookRequest(
                                "GET", Map.of("verification_token", "nope", "challenge", "abc123"), Map.of(), null),
                        List.of(APP)))
                .isEmpty();
        assertThat(receiver.challenge(new HookRequest("GET", Map.of("challenge", "x"), Map.of(), null), List.of(APP)))
                .isEmpty();
    }
}
