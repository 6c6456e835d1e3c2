package io.tributary.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.model.event.ActivityEvent;
import io.tributary.model.event.AthleteEvent;
import io.tributary.model.event.AuthErrorEvent;
import io.tributary.model.event.DataEvent;
import io.tributary.model.event.DataSentToWebhook;
import io.tributary.model.event.DataTypeEvents;
import io.tributary.model.event.EventType;
import io.tributary.model.event.HealthcheckEvent;
import io.tributary.model.event.S3PayloadEvent;
import io.tributary.model.event.SleepEvent;
import io.tributary.model.event.UserReauthEvent;
import io.tributary.model.event.WebhookEvent;
import io.tributary.model.testsupport.Json;
import io.tributary.model.testsupport.Populator;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataTypeAndEventsTest {
    static final TerraUser USER = TerraUser.builder()
            .userId("u1")
            .provider("GARMIN")
            .scopes("ACTIVITY_EXPORT,HEALTH_EXPORT")
            .build();

    @Test
    void dataTypesKnowWireNameModelAndEvent() throws Exception {
        assertThat(DataType.values())
                .extracting(DataType::wireName)
                .containsExactly(
                        "activity",
                        "sleep",
                        "body",
                        "daily",
                        "nutrition",
                        "menstruation",
                        "athlete",
                        "planned_workout");
        for (DataType t : DataType.values()) {
            assertThat(DataType.fromWireName(t.wireName())).isSameAs(t);
            assertThat(Json.MAPPER.writeValueAsString(t)).isEqualTo("\"" + t.wireName() + "\"");
            TerraDataModel m =
                    Populator.populate(t.modelClass().asSubclass(Record.class)) instanceof TerraDataModel d ? d : null;
            assertThat(m).isNotNull();
            assertThat(m.dataType()).isSameAs(t);
            WebhookEvent e =
                    Populator.populate(DataTypeEvents.eventClass(t).asSubclass(Record.class)) instanceof WebhookEvent w
                            ? w
                            : null;
            assertThat(e.type()).isEqualTo(t.wireName());
            assertThat(EventType.fromValue(t.wireName())).isNotNull();
        }
        assertThat(DataType.fromWireName("hormone")).isNull();
        assertThat(DataType.of("sleep")).contains(DataType.SLEEP);
    }

    @Test
    void dataEventFactoryAndDefaults() {
        Activity a = Populator.populate(Activity.class);
        ActivityEvent e = ActivityEvent.of(USER, List.of(a));
        assertThat(e.type()).isEqualTo("activity").isEqualTo(ActivityEvent.TYPE);
        assertThat(e.version()).isEqualTo(DataEvent.VERSION).isEqualTo("2022-03-16");
        String json = Json.MAPPER.writeValueAsString(e);
        assertThat(json).startsWith("{\"type\":\"activity\",\"data\":[");
        assertThat(Json.MAPPER.readValue(json, ActivityEvent.class)).isEqualTo(e);

        // synchronous response shape: no version
        SleepEvent sync = SleepEvent.builder().user(USER).data(List.of()).build();
        assertThat(Json.MAPPER.writeValueAsString(sync))
                .isEqualTo("{\"type\":\"sleep\",\"data\":[],\"user\":{\"user_id\":\"u1\",\"provider\":\"GARMIN\","
                        + "\"last_webhook_update\":null,\"scopes\":\"ACTIVITY_EXPORT,HEALTH_EXPORT\",\"reference_id\":null,"
                        + "\"active\":null,\"created_at\":null}}");

        AthleteEvent athlete = AthleteEvent.builder()
                .athlete(Athlete.builder().firstName("Ada").build())
                .user(USER)
                .version(DataEvent.VERSION)
                .build();
        assertThat(Json.MAPPER.writeValueAsString(athlete)).startsWith("{\"type\":\"athlete\",\"athlete\":{");
    }

    @Test
    void otherEventsDefaultTheirConstants() {
        assertThat(S3PayloadEvent.builder().url("https://x").expiresIn(600).build())
                .satisfies(e -> assertThat(e.type()).isEqualTo("s3_payload"))
                .satisfies(e -> assertThat(e.status()).isEqualTo("success"));
        UserReauthEvent r = UserReauthEvent.builder()
                .newUser(USER)
                .message("User has reauthenticated and old ID has been deleted")
                .build();
        assertThat(r.status()).isEqualTo("warning");
        HealthcheckEvent h = HealthcheckEvent.builder()
                .status("success")
                .creationTimestamp(Timestamps.format(java.time.Instant.parse("2024-01-01T00:00:00Z")))
                .trendPercentage(0)
                .sentWebhooksLastHour(12)
                .build();
        assertThat(Json.MAPPER.writeValueAsString(h))
                .isEqualTo(
                        "{\"type\":\"healthcheck\",\"status\":\"success\",\"creation_timestamp\":"
                                + "\"2024-01-01T00:00:00.000000+00:00\",\"trend_percentage\":0,\"sent_webhooks_last_hour\":12}");
    }

    @Test
    void authFailureHasTheClassicAndTheCurrentShape() {
        AuthErrorEvent classic = AuthErrorEvent.classic(USER, "GARMIN", "auth_cancelled", "ref", "ws1");
        assertThat(Json.MAPPER.writeValueAsString(classic))
                .isEqualTo(
                        "{\"type\":\"auth\",\"status\":\"error\",\"user\":{\"user_id\":\"u1\",\"provider\":\"GARMIN\","
                                + "\"last_webhook_update\":null,\"scopes\":\"ACTIVITY_EXPORT,HEALTH_EXPORT\",\"reference_id\":null,"
                                + "\"active\":null,\"created_at\":null},\"provider\":\"GARMIN\","
                                + "\"message\":\"User failed to authenticate and has been deleted\",\"reason\":\"auth_cancelled\","
                                + "\"reference_id\":\"ref\",\"widget_session_id\":\"ws1\"}");
        AuthErrorEvent current =
                AuthErrorEvent.builder().reason("access_denied").flowId("f1").build();
        assertThat(current.type()).isEqualTo("auth_cancelled");
        assertThat(current.status()).isEqualTo("error");
    }

    @Test
    void dataSentToWebhookAcknowledgement() {
        DataSentToWebhook ack = DataSentToWebhook.builder()
                .status("success")
                .type("activity")
                .reference("r-1")
                .traceId("r-1")
                .user(USER)
                .build();
        assertThat(Json.MAPPER.writeValueAsString(ack))
                .isEqualTo(
                        "{\"status\":\"success\",\"type\":\"activity\",\"reference\":\"r-1\",\"trace_id\":\"r-1\","
                                + "\"user\":{\"user_id\":\"u1\",\"provider\":\"GARMIN\",\"last_webhook_update\":null,\"scopes\":\"ACTIVITY_EXPORT,HEALTH_EXPORT\",\"reference_id\":null,\"active\":null,\"created_at\":null}}");
    }
}
