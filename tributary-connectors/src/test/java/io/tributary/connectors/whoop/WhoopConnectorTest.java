package io.tributary.connectors.whoop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.connectors.BackfillWindow;
import io.tributary.connectors.ConnectorDescriptor;
import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.FakeConnection;
import io.tributary.connectors.FetchRequest;
import io.tributary.connectors.FetchResult;
import io.tributary.connectors.MappedRecord;
import io.tributary.model.DataType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WhoopConnectorTest {
    static final String API = "http://whoop.test/developer";
    static final Instant FROM = Instant.parse("2022-04-01T00:00:00Z");
    static final Instant TO = Instant.parse("2022-05-01T00:00:00Z");
    static final String WINDOW = "end=2022-05-01T00:00:00Z&limit=25";
    static final String SLEEP_ID = "123e4567-e89b-12d3-a456-426614174000";
    private final WhoopConnector connector = new WhoopConnector();

    @Test
    void descriptorDeclaresWhoopAsData() {
        ConnectorDescriptor d = connector.descriptor();
        assertThat(d.urls())
                .containsEntry(ConnectorDescriptor.AUTHORIZE_URL, "https://api.prod.whoop.com/oauth/oauth2/auth")
                .containsEntry(ConnectorDescriptor.TOKEN_URL, "https://api.prod.whoop.com/oauth/oauth2/token")
                .containsEntry(ConnectorDescriptor.API_URL, "https://api.prod.whoop.com/developer")
                .doesNotContainKey(ConnectorDescriptor.REVOKE_URL);
        assertThat(d.envVar(ConnectorDescriptor.TOKEN_URL)).isEqualTo("TRIBUTARY_WHOOP_TOKEN_URL");
        assertThat(d.oauth2().clientAuth()).isEqualTo(ConnectorDescriptor.ClientAuth.BODY);
        assertThat(d.oauth2().pkce()).isFalse();
        assertThat(d.oauth2().defaultScopes())
                .containsExactly(
                        "offline",
                        "read:recovery",
                        "read:cycles",
                        "read:sleep",
                        "read:workout",
                        "read:profile",
                        "read:body_measurement");
        assertThat(d.limits().rateLimits())
                .extracting(r -> r.describe())
                .containsExactly("100/min per app", "10000/d per app");
        assertThat(d.dataTypes())
                .containsExactlyInAnyOrder(
                        DataType.DAILY, DataType.SLEEP, DataType.ACTIVITY, DataType.BODY, DataType.ATHLETE);
        assertThat(connector.tokenRequestParameters(null, "refresh_token")).containsEntry("scope", "offline");
        assertThat(connector.tokenRequestParameters(null, "authorization_code")).isEmpty();
    }

    @Test
    void identifyReadsTheBasicProfile() throws Exception {
        FakeConnection c =
                new FakeConnection(API, "whoop", "10129").answer("GET /v2/user/profile/basic", 200, text("profile"));
        assertThat(connector.identify(c).providerUserId()).isEqualTo("10129");
    }

    @Test
    void fetchPagesWithNextTokenAndTheSameWindow() throws Exception {
        String page2 = text("workout")
                .replace("ecfc6a15-4661-442f-a9a4-f160dd7afae8", "0b1f2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d")
                .replace("\"next_token\": \"MTIzOjEyMzEyMw\"", "\"next_token\": null");
        FakeConnection c = new FakeConnection(API, "whoop", "10129")
                .answer("GET /v2/activity/workout?" + WINDOW + "&nextToken=MTIzOjEyMzEyMw&start=", 200, page2)
                .answer("GET /v2/activity/workout?" + WINDOW + "&start=2022-04-01T00:00:00Z", 200, text("workout"));
        FetchResult r = connector.fetch(FetchRequest.of(c, DataType.ACTIVITY, FROM, TO, Map.of()));
        assertThat(r.records())
                .extracting(MappedRecord::identityKey)
                .containsExactly("ecfc6a15-4661-442f-a9a4-f160dd7afae8", "0b1f2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
        assertThat(c.requests).hasSize(2);
        assertThat(c.requests.get(1))
                .contains("nextToken=MTIzOjEyMzEyMw")
                .contains("start=2022-04-01T00:00:00Z")
                .contains("limit=25");
    }

    @Test
    void aRepeatingNextTokenIsMalformed() {
        FakeConnection c =
                new FakeConnection(API, "whoop", "10129").answer("GET /v2/activity/workout?", 200, text("workout"));
        assertThatThrownBy(() -> connector.fetch(FetchRequest.of(c, DataType.ACTIVITY, FROM, TO, Map.of())))
                .isInstanceOfSatisfying(
                        ConnectorException.class,
                        e -> assertThat(e.kind()).isEqualTo(ConnectorException.Kind.BAD_RESPONSE));
    }

    @Test
    void dailyAndSleepJoinEachRecoveryByCycleAndSleepId() throws Exception {
        FakeConnection c = new FakeConnection(API, "whoop", "10129")
                .answer("GET /v2/cycle?", 200, last(text("cycle")))
                .answer("GET /v2/recovery?", 200, last(text("recovery")))
                .answer("GET /v2/activity/sleep?", 200, last(text("sleep")));
        var daily = WhoopFixtures.json(connector
                .fetch(FetchRequest.of(c, DataType.DAILY, FROM, TO, Map.of()))
                .records()
                .get(0));
        assertThat(daily.at("/scores/recovery").asDouble()).isEqualTo(44.0);
        assertThat(daily.at("/strain_data/strain_level").asDouble()).isEqualTo(5.2951527);
        var sleep = WhoopFixtures.json(connector
                .fetch(FetchRequest.of(c, DataType.SLEEP, FROM, TO, Map.of()))
                .records()
                .get(0));
        assertThat(sleep.at("/readiness_data/readiness").asDouble()).isEqualTo(44.0);
        assertThat(sleep.at("/metadata/summary_id").asString()).isEqualTo(SLEEP_ID);
    }

    @Test
    void aRecoveryWebhookFetchesItsSleepThenTheCyclesRecoveryAndCycle() throws Exception {
        FakeConnection c = new FakeConnection(API, "whoop", "10129")
                .answer("GET /v2/activity/sleep/" + SLEEP_ID, 200, record("sleep"))
                .answer("GET /v2/cycle/93845/recovery", 200, record("recovery"))
                .answer("GET /v2/cycle/93845", 200, record("cycle"));
        Map<String, String> hints =
                Map.of(WhoopPushReceiver.HINT_OBJECT, "recovery", WhoopPushReceiver.HINT_ID, SLEEP_ID);
        List<MappedRecord> sleep = connector
                .fetch(FetchRequest.of(c, DataType.SLEEP, Instant.EPOCH, Instant.EPOCH, hints))
                .records();
        assertThat(sleep).extracting(MappedRecord::identityKey).containsExactly(SLEEP_ID);
        assertThat(WhoopFixtures.json(sleep.get(0))
                        .at("/readiness_data/readiness")
                        .asDouble())
                .isEqualTo(44.0);
        List<MappedRecord> daily = connector
                .fetch(FetchRequest.of(c, DataType.DAILY, Instant.EPOCH, Instant.EPOCH, hints))
                .records();
        assertThat(daily).extracting(MappedRecord::identityKey).containsExactly("2022-04-24");
        assertThat(WhoopFixtures.json(daily.get(0)).at("/scores/recovery").asDouble())
                .isEqualTo(44.0);
        List<MappedRecord> body = connector
                .fetch(FetchRequest.of(c, DataType.BODY, Instant.EPOCH, Instant.EPOCH, hints))
                .records();
        assertThat(body).extracting(MappedRecord::identityKey).containsExactly("2022-04-24");
        assertThat(WhoopFixtures.json(body.get(0)).at("/metadata/start_time").asString())
                .isEqualTo("2022-04-24T00:00:00.000000-05:00");
    }

    @Test
    void bodyJoinsEachRecoveryWithItsCycle() throws Exception {
        FakeConnection c = new FakeConnection(API, "whoop", "10129")
                .answer("GET /v2/cycle?", 200, last(text("cycle")))
                .answer("GET /v2/recovery?", 200, last(text("recovery")));
        var body = WhoopFixtures.json(connector
                .fetch(FetchRequest.of(c, DataType.BODY, FROM, TO, Map.of()))
                .records()
                .get(0));
        assertThat(body.at("/metadata/start_time").asString()).isEqualTo("2022-04-24T00:00:00.000000-05:00");
        assertThat(body.at("/temperature_data/day_avg_skin_temperature_celsius").asDouble())
                .isEqualTo(33.7);
    }

    @Test
    void aWorkoutGoneSinceItsWebhookFetchesNothingAndACycleWithoutRecoveryStillMaps() throws Exception {
        FakeConnection c = new FakeConnection(API, "whoop", "10129")
                .answer("GET /v2/activity/sleep/" + SLEEP_ID, 200, record("sleep"))
                .answer("GET /v2/cycle/93845/recovery", 404, "");
        String workout = "ecfc6a15-4661-442f-a9a4-f160dd7afae8";
        assertThat(connector
                        .fetch(FetchRequest.of(
                                c,
                                DataType.ACTIVITY,
                                Instant.EPOCH,
                                Instant.EPOCH,
                                Map.of(WhoopPushReceiver.HINT_OBJECT, "workout", WhoopPushReceiver.HINT_ID, workout)))
                        .records())
                .isEmpty();
        List<MappedRecord> sleep = connector
                .fetch(FetchRequest.of(
                        c,
                        DataType.SLEEP,
                        Instant.EPOCH,
                        Instant.EPOCH,
                        Map.of(WhoopPushReceiver.HINT_OBJECT, "sleep", WhoopPushReceiver.HINT_ID, SLEEP_ID)))
                .records();
        assertThat(sleep).hasSize(1);
        assertThat(WhoopFixtures.json(sleep.get(0)).has("readiness_data")).isFalse();
    }

    @Test
    void athleteJoinsTheBodyMeasurementAndGoesWithoutIt() throws Exception {
        FakeConnection c = new FakeConnection(API, "whoop", "10129")
                .answer("GET /v2/user/profile/basic", 200, text("profile"))
                .answer("GET /v2/user/measurement/body", 200, text("body_measurement"));
        var a = WhoopFixtures.json(connector
                .fetch(FetchRequest.of(c, DataType.ATHLETE, FROM, TO, Map.of()))
                .records()
                .get(0));
        assertThat(a.path("weight_kg").asDouble()).isEqualTo(90.7185);
        FakeConnection noBody = new FakeConnection(API, "whoop", "10129")
                .answer("GET /v2/user/profile/basic", 200, text("profile"))
                .answer("GET /v2/user/measurement/body", 403, "");
        assertThat(connector
                        .fetch(FetchRequest.of(noBody, DataType.ATHLETE, FROM, TO, Map.of()))
                        .records())
                .hasSize(1);
    }

    @Test
    void providerErrorsBecomeTheKindsTheServerActsOn() {
        FakeConnection limited = new FakeConnection(API, "whoop", "10129").answer("GET /v2/cycle?", 429, "");
        assertThatThrownBy(() -> connector.fetch(FetchRequest.of(limited, DataType.DAILY, FROM, TO, Map.of())))
                .isInstanceOfSatisfying(
                        ConnectorException.class,
                        e -> assertThat(e.kind()).isEqualTo(ConnectorException.Kind.RATE_LIMITED));
        FakeConnection broken =
                new FakeConnection(API, "whoop", "10129").answer("GET /v2/activity/workout?", 200, "{\"records\": [{");
        assertThatThrownBy(() -> connector.fetch(FetchRequest.of(broken, DataType.ACTIVITY, FROM, TO, Map.of())))
                .isInstanceOfSatisfying(
                        ConnectorException.class,
                        e -> assertThat(e.kind()).isEqualTo(ConnectorException.Kind.BAD_RESPONSE));
    }

    @Test
    void deauthRevokesAccessAtWhoop() throws Exception {
        FakeConnection c = new FakeConnection(API, "whoop", "10129").answer("DELETE /v2/user/access", 204, "");
        connector.beforeDeauth(c);
        assertThat(c.requests).containsExactly("DELETE " + API + "/v2/user/access");
    }

    @Test
    void backfillIsPulledInThirtyDayWindowsAndTheProfileOnce() {
        Instant from = TO.minus(Duration.ofDays(90));
        List<BackfillWindow> w = connector.planBackfill(DataType.SLEEP, from, TO);
        assertThat(w).hasSize(3);
        assertThat(w).allMatch(x -> Duration.between(x.start(), x.end()).compareTo(Duration.ofDays(30)) <= 0);
        assertThat(connector.planBackfill(DataType.ATHLETE, from, TO)).hasSize(1);
        assertThat(connector.planBackfill(DataType.NUTRITION, from, TO)).isEmpty();
    }

    static String text(String name) {
        return WhoopFixtures.text(name);
    }

    static String record(String name) {
        return WhoopFixtures.record(name).toString();
    }

    /** A fixture page as the last one (no next_token). */
    static String last(String page) {
        return page.replace("\"next_token\": \"MTIzOjEyMzEyMw\"", "\"next_token\": null");
    }
}
