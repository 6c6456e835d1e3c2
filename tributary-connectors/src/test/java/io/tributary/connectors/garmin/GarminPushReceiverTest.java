package io.tributary.connectors.garmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.connectors.AppCredentials;
import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.HookRequest;
import io.tributary.connectors.PushAction;
import io.tributary.connectors.PushBatch;
import io.tributary.connectors.Verification;
import io.tributary.model.DataType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GarminPushReceiverTest {
    private static final String USER = "4aacafe82427c251df9c9592d0c06768";
    private final GarminPushReceiver receiver = new GarminPushReceiver();
    private final AppCredentials testing = new AppCredentials("env-testing", "garmin-client-1", "s1");
    private final AppCredentials production = new AppCredentials("env-production", "garmin-client-2", "s2");

    private HookRequest push(String fixture, String clientId) {
        return HookRequest.post(
                clientId == null ? Map.of() : Map.of("Garmin-Client-Id", clientId), GarminFixtures.text(fixture));
    }

    @Test
    void theClientIdHeaderNamesTheAppAndAnythingElseIsRefused() {
        assertThat(receiver.verify(push("dailies", "garmin-client-2"), List.of(testing, production))
                        .app())
                .isEqualTo(production);
        assertThat(receiver.verify(push("dailies", "someone-else"), List.of(testing, production))
                        .verified())
                .isFalse();
        Verification none = receiver.verify(push("dailies", null), List.of(testing));
        assertThat(none.verified()).isFalse();
        assertThat(none.reason()).contains("garmin-client-id");
    }

    @Test
    void aPushIsIngestedForTheUserItNames() throws Exception {
        PushBatch b = receiver.receive(push("dailies", "garmin-client-1"), Verification.of(testing));
        assertThat(b.problems()).isEmpty();
        assertThat(b.items()).hasSize(1);
        assertThat(b.items().get(0).providerUserId()).isEqualTo(USER);
        var ingest = (PushAction.Ingest) b.items().get(0).action();
        assertThat(ingest.records()).hasSize(1);
        assertThat(ingest.records().get(0).model().dataType()).isEqualTo(DataType.DAILY);
        assertThat(b.response().status()).isEqualTo(200);
    }

    @Test
    void everyMappedSummaryTypeIsReceived() throws Exception {
        for (GarminSummaryType t : GarminSummaryType.values()) {
            PushBatch b = receiver.receive(push(t.pushKey, "garmin-client-1"), Verification.of(testing));
            assertThat(b.problems()).as(t.pushKey).isEmpty();
            assertThat(b.items()).as(t.pushKey).isNotEmpty();
            assertThat(((PushAction.Ingest) b.items().get(0).action())
                            .records()
                            .get(0)
                            .model()
                            .dataType())
                    .isEqualTo(t.dataType());
        }
    }

    @Test
    void aPingBecomesAFetchOfItsCallback() throws Exception {
        PushBatch b = receiver.receive(push("ping", "garmin-client-1"), Verification.of(testing));
        var fetch = (PushAction.Fetch) b.items().get(0).action();
        assertThat(b.items().get(0).providerUserId()).isEqualTo(USER);
        assertThat(fetch.type()).isEqualTo(DataType.DAILY);
        assertThat(fetch.start()).isEqualTo(Instant.ofEpochSecond(1580990000));
        assertThat(fetch.end()).isEqualTo(Instant.ofEpochSecond(1580990900));
        assertThat(fetch.hints())
                .containsEntry("stream", "dailies")
                .containsEntry(
                        "callbackURL",
                        "https://apis.garmin.com/wellness-api/rest/dailies?uploadStartTimeInSeconds=1580990000"
                                + "&uploadEndTimeInSeconds=1580990900&token=XXXXXXXXXXXX");
    }

    @Test
    void deregistrationIsDeauthAndPermissionChangesCarryTheNewList() throws Exception {
        PushBatch d = receiver.receive(push("deregistrations", "garmin-client-1"), Verification.of(testing));
        assertThat(d.items().get(0).action()).isInstanceOf(PushAction.Deauthorized.class);
        PushBatch p = receiver.receive(push("userPermissionsChange", "garmin-client-1"), Verification.of(testing));
        assertThat(((PushAction.PermissionsChanged) p.items().get(0).action()).scopes())
                .containsExactly("ACTIVITY_EXPORT", "HEALTH_EXPORT");
    }

    @Test
    void malformedPartsAreSkippedAndNamedTheRestIsKept() throws Exception {
        String body = "{\"dailies\":[{\"userId\":\"u1\",\"summaryId\":\"ok\",\"startTimeInSeconds\":1580943600},"
                + "{\"userId\":\"u1\",\"summaryId\":\"bad\"},{\"summaryId\":\"nouser\",\"startTimeInSeconds\":1}],"
                + "\"moveIQActivities\":[{\"userId\":\"u1\"}],\"sleeps\":{}}";
        PushBatch b = receiver.receive(HookRequest.post(Map.of(), body), Verification.of(testing));
        assertThat(b.items()).hasSize(1);
        assertThat(((PushAction.Ingest) b.items().get(0).action()).records()).hasSize(1);
        assertThat(b.problems())
                .anyMatch(s -> s.contains("startTimeInSeconds"))
                .anyMatch(s -> s.contains("no userId"))
                .anyMatch(s -> s.contains("moveIQActivities"))
                .anyMatch(s -> s.contains("sleeps: not an array"));
    }

    @Test
    void aBodyThatIsNotAJsonObjectIsRefusedAsAWhole() {
        assertThatThrownBy(() -> receiver.receive(HookRequest.post(Map.of(), "[1,2]"), Verification.of(testing)))
                .isInstanceOfSatisfying(
                        ConnectorException.class,
                        e -> assertThat(e.kind()).isEqualTo(ConnectorException.Kind.BAD_RESPONSE));
        assertThatThrownBy(() -> receiver.receive(HookRequest.post(Map.of(), "{not json"), Verification.of(testing)))
                .isInstanceOf(ConnectorException.class);
    }
}
