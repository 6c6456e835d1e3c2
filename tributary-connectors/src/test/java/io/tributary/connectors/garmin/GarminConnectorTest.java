package io.tributary.connectors.garmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.connectors.BackfillWindow;
import io.tributary.connectors.ConnectorDescriptor;
import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.Connectors;
import io.tributary.connectors.FakeConnection;
import io.tributary.connectors.FetchRequest;
import io.tributary.connectors.HistoryDelivery;
import io.tributary.connectors.Identity;
import io.tributary.model.DataType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GarminConnectorTest {
    private static final String API = "http://127.0.0.1:8999";
    private final GarminConnector garmin = new GarminConnector();

    @Test
    void isRegisteredWithGarminsRealHostsAndPkce() {
        ConnectorDescriptor d = Connectors.load().find("garmin").orElseThrow().descriptor();
        assertThat(d.urls())
                .containsEntry("AUTHORIZE_URL", "https://connect.garmin.com/oauth2Confirm")
                .containsEntry("TOKEN_URL", "https://diauth.garmin.com/di-oauth2-service/oauth/token")
                .containsEntry("API_URL", "https://apis.garmin.com");
        assertThat(d.oauth2().pkce()).isTrue();
        assertThat(d.oauth2().clientAuth()).isEqualTo(ConnectorDescriptor.ClientAuth.BODY);
        assertThat(d.oauth2().defaultScopes()).isEmpty();
        assertThat(d.requiresDeveloperCredentials()).isTrue();
        assertThat(d.history().delivery()).isEqualTo(HistoryDelivery.PUSH);
        assertThat(d.history().available().get(DataType.ACTIVITY)).isEqualTo(Duration.ofDays(1825));
        assertThat(d.history().available().get(DataType.DAILY)).isEqualTo(Duration.ofDays(730));
    }

    @Test
    void identifyAsksGarminForTheUserIdAndPermissions() throws Exception {
        FakeConnection c = new FakeConnection(API, "garmin")
                .answer("GET /wellness-api/rest/user/id", 200, "{\"userId\":\"4aacafe8\"}")
                .answer("GET /wellness-api/rest/user/permissions", 200, "{\"permissions\":[\"HEALTH_EXPORT\"]}");
        Identity id = garmin.identify(c);
        assertThat(id.providerUserId()).isEqualTo("4aacafe8");
        assertThat(id.scopes()).containsExactly("HEALTH_EXPORT");
        FakeConnection noPermissions =
                new FakeConnection(API, "garmin").answer("GET /wellness-api/rest/user/id", 200, "{\"userId\":\"x\"}");
        assertThat(garmin.identify(noPermissions).scopes()).isNull();
        FakeConnection refused = new FakeConnection(API, "garmin").answer("GET /wellness-api/rest/user/id", 401, "");
        assertThatThrownBy(() -> garmin.identify(refused))
                .isInstanceOfSatisfying(
                        ConnectorException.class,
                        e -> assertThat(e.kind()).isEqualTo(ConnectorException.Kind.AUTH_FAILED));
    }

    @Test
    void deauthDeregistersTheUserAndAGoneRegistrationIsFine() throws Exception {
        FakeConnection c =
                new FakeConnection(API, "garmin").answer("DELETE /wellness-api/rest/user/registration", 204, "");
        garmin.beforeDeauth(c);
        assertThat(c.requests).containsExactly("DELETE " + API + "/wellness-api/rest/user/registration");
        garmin.beforeDeauth(new FakeConnection(API, "garmin")); // 404
        FakeConnection down =
                new FakeConnection(API, "garmin").answer("DELETE /wellness-api/rest/user/registration", 503, "");
        assertThatThrownBy(() -> garmin.beforeDeauth(down))
                .isInstanceOfSatisfying(
                        ConnectorException.class,
                        e -> assertThat(e.kind()).isEqualTo(ConnectorException.Kind.TRANSIENT));
    }

    @Test
    void aDailyBackfillAsksEachDailySummaryTypeInWindowsOf90DaysCappedAtTwoYears() {
        Instant to = Instant.parse("2020-02-07T00:00:00Z");
        List<BackfillWindow> w = garmin.planBackfill(DataType.DAILY, to.minus(Duration.ofDays(1000)), to);
        assertThat(w.stream().map(BackfillWindow::stream).distinct())
                .containsExactly("dailies", "epochs", "stressDetails", "pulseOx", "respiration", "hrv");
        List<BackfillWindow> dailies =
                w.stream().filter(x -> x.stream().equals("dailies")).toList();
        assertThat(dailies).hasSize(9); // 730 days in 90-day windows
        assertThat(dailies.get(0).end()).isEqualTo(to);
        assertThat(dailies.get(dailies.size() - 1).start()).isEqualTo(to.minus(Duration.ofDays(730)));
        assertThat(dailies).allMatch(x -> x.days() <= 90 && x.delivery() == HistoryDelivery.PUSH);
        List<BackfillWindow> activities = garmin.planBackfill(DataType.ACTIVITY, to.minus(Duration.ofDays(1000)), to);
        assertThat(activities.stream()
                        .filter(x -> x.stream().equals("activities"))
                        .toList())
                .hasSize(12);
        assertThat(garmin.planBackfill(DataType.NUTRITION, to.minusSeconds(60), to))
                .isEmpty();
    }

    @Test
    void aBackfillWindowIsRequestedAndADuplicateIsNotAnError() throws Exception {
        FakeConnection c = new FakeConnection(API, "garmin").answer("GET /wellness-api/rest/backfill/epochs", 202, "");
        BackfillWindow w = new BackfillWindow(
                DataType.DAILY,
                "epochs",
                Instant.ofEpochSecond(1573171200),
                Instant.ofEpochSecond(1580947200),
                HistoryDelivery.PUSH);
        garmin.requestBackfill(c, w);
        assertThat(c.requests)
                .containsExactly("GET " + API + "/wellness-api/rest/backfill/epochs?summaryEndTimeInSeconds=1580947200"
                        + "&summaryStartTimeInSeconds=1573171200");
        garmin.requestBackfill(
                new FakeConnection(API, "garmin").answer("GET /wellness-api/rest/backfill/", 409, ""), w);
        FakeConnection limited = new FakeConnection(API, "garmin").answer("GET /wellness-api/rest/backfill/", 429, "");
        assertThatThrownBy(() -> garmin.requestBackfill(limited, w))
                .isInstanceOfSatisfying(
                        ConnectorException.class,
                        e -> assertThat(e.kind()).isEqualTo(ConnectorException.Kind.RATE_LIMITED));
    }

    @Test
    void aPingIsFetchedFromItsCallbackOnTheApiHostOnly() throws Exception {
        String body = GarminFixtures.fixture("dailies").path("dailies").toString(); // a pull answers a bare array
        FakeConnection c = new FakeConnection(API, "garmin").answer("GET /wellness-api/rest/dailies", 200, body);
        String callback =
                API + "/wellness-api/rest/dailies?uploadStartTimeInSeconds=1&uploadEndTimeInSeconds=2&token=t";
        var r = garmin.fetch(FetchRequest.of(
                c,
                DataType.DAILY,
                Instant.EPOCH,
                Instant.EPOCH.plusSeconds(1),
                Map.of("stream", "dailies", "callbackURL", callback)));
        assertThat(r.supported()).isTrue();
        assertThat(r.records()).hasSize(1);
        assertThat(r.records().get(0).partial()).isTrue();
        assertThat(c.requests).containsExactly("GET " + callback);
        var elsewhere = FetchRequest.of(
                c,
                DataType.DAILY,
                Instant.EPOCH,
                Instant.EPOCH.plusSeconds(1),
                Map.of("stream", "dailies", "callbackURL", "https://evil.test/wellness-api/rest/dailies"));
        assertThatThrownBy(() -> garmin.fetch(elsewhere)).isInstanceOf(ConnectorException.class);
        assertThat(c.requests).hasSize(1); // the foreign host was never called
        assertThat(garmin.fetch(FetchRequest.of(
                                c, DataType.DAILY, Instant.EPOCH, Instant.EPOCH.plusSeconds(1), Map.of()))
                        .supported())
                .isFalse();
    }
}
