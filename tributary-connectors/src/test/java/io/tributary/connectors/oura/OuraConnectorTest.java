package io.tributary.connectors.oura;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.connectors.ConnectorDescriptor;
import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.FakeConnection;
import io.tributary.connectors.FetchRequest;
import io.tributary.connectors.FetchResult;
import io.tributary.model.DataType;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OuraConnectorTest {
    static final String API = "http://oura.test";
    private final OuraConnector connector = new OuraConnector();

    @Test
    void descriptorDeclaresOuraAsData() {
        ConnectorDescriptor d = connector.descriptor();
        assertThat(d.urls())
                .containsEntry(ConnectorDescriptor.AUTHORIZE_URL, "https://cloud.ouraring.com/oauth/authorize")
                .containsEntry(ConnectorDescriptor.TOKEN_URL, "https://api.ouraring.com/oauth/token")
                .containsEntry(ConnectorDescriptor.API_URL, "https://api.ouraring.com");
        assertThat(d.envVar(ConnectorDescriptor.API_URL)).isEqualTo("TRIBUTARY_OURA_API_URL");
        assertThat(d.oauth2().defaultScopes()).contains("daily", "heartrate", "workout", "personal");
        assertThat(d.limits().rateLimits())
                .extracting(r -> r.describe())
                .containsExactly("5000/d per app", "300/min per app");
        assertThat(d.dataTypes())
                .containsExactlyInAnyOrder(
                        DataType.DAILY, DataType.SLEEP, DataType.ACTIVITY, DataType.BODY, DataType.ATHLETE);
    }

    @Test
    void identifyReadsPersonalInfo() throws Exception {
        FakeConnection c = new FakeConnection(API, "oura")
                .answer("GET /v2/usercollection/personal_info", 200, OuraFixtures.text("personal_info"));
        assertThat(connector.identify(c).providerUserId()).isEqualTo("8f9a5221-639e-4a85-81cb-4065ef23f979");
    }

    @Test
    void fetchFollowsNextTokenThroughEveryPage() throws Exception {
        String page1 = OuraFixtures.text("workout").replace("\"next_token\": null", "\"next_token\": \"tok2\"");
        String page2 = OuraFixtures.text("workout").replace("b4c3f5a0-1f0e-4c3b-9a7e-8d2c1e0f9a55", "second-workout");
        FakeConnection c = new FakeConnection(API, "oura")
                .answer("GET /v2/usercollection/workout?end_date=2021-01-31&next_token=tok2", 200, page2)
                .answer("GET /v2/usercollection/workout?end_date=2021-01-31&start_date=2021-01-01", 200, page1);
        FetchResult r = connector.fetch(FetchRequest.of(
                c,
                DataType.ACTIVITY,
                Instant.parse("2021-01-01T00:00:00Z"),
                Instant.parse("2021-01-31T00:00:00Z"),
                Map.of()));
        assertThat(r.supported()).isTrue();
        assertThat(r.records())
                .extracting(x -> x.identityKey())
                .containsExactly("b4c3f5a0-1f0e-4c3b-9a7e-8d2c1e0f9a55", "second-workout");
        assertThat(c.requests).hasSize(2);
        assertThat(c.requests.get(1)).contains("next_token=tok2").contains("start_date=2021-01-01");
    }

    @Test
    void dailyReadsThreeCollectionsAndHeartRateUsesDatetimes() throws Exception {
        FakeConnection c = new FakeConnection(API, "oura")
                .answer("GET /v2/usercollection/daily_activity?", 200, OuraFixtures.text("daily_activity"))
                .answer("GET /v2/usercollection/daily_readiness?", 200, OuraFixtures.text("daily_readiness"))
                .answer("GET /v2/usercollection/daily_sleep?", 200, OuraFixtures.text("daily_sleep"))
                .answer("GET /v2/usercollection/heartrate?", 200, OuraFixtures.text("heartrate"));
        Instant from = Instant.parse("2021-01-01T00:00:00Z");
        Instant to = Instant.parse("2021-01-02T00:00:00Z");
        assertThat(connector
                        .fetch(FetchRequest.of(c, DataType.DAILY, from, to, Map.of()))
                        .records())
                .hasSize(3)
                .allMatch(x -> x.partial());
        assertThat(connector
                        .fetch(FetchRequest.of(c, DataType.BODY, from, to, Map.of()))
                        .records())
                .hasSize(2);
        assertThat(c.requests.get(3))
                .isEqualTo("GET " + API + "/v2/usercollection/heartrate?end_datetime=2021-01-02T00:00:00Z"
                        + "&start_datetime=2021-01-01T00:00:00Z");
    }

    @Test
    void aWebhookFetchWhoseDocumentRouteAnswers404ReadsTheEventsWindowAndKeepsOnlyThatDocument() throws Exception {
        var f = OuraPushReceiver.fetchOf(
                OuraEndpoint.SLEEP,
                "cdbd9d6f-9b3a-4dd5-8b7a-0cf5c6c7f0a1",
                java.time.OffsetDateTime.parse("2022-07-14T07:30:12-04:00"));
        var page = OuraFixtures.fixture("sleep").deepCopy();
        var other = page.path("data").get(0).deepCopy();
        ((tools.jackson.databind.node.ObjectNode) other).put("id", "another-period");
        ((tools.jackson.databind.node.ArrayNode) page.path("data")).add(other);
        FakeConnection c = new FakeConnection(API, "oura")
                .answer("GET /v2/usercollection/sleep/", 404, "")
                .answer("GET /v2/usercollection/sleep?", 200, page.toString());
        FetchResult r = connector.fetch(FetchRequest.of(c, f.type(), f.start(), f.end(), f.hints()));
        assertThat(r.records())
                .extracting(x -> x.identityKey())
                .containsExactly("cdbd9d6f-9b3a-4dd5-8b7a-0cf5c6c7f0a1");
        // the member's local days (-04:00) of the event: the day before through the event's day
        assertThat(c.requests.get(1)).contains("start_date=2022-07-13").contains("end_date=2022-07-15");
        // gone at Oura since the event: nothing
        FakeConnection gone = new FakeConnection(API, "oura")
                .answer("GET /v2/usercollection/sleep/", 404, "")
                .answer("GET /v2/usercollection/sleep?", 200, "{\"data\":[],\"next_token\":null}");
        assertThat(connector
                        .fetch(FetchRequest.of(gone, f.type(), f.start(), f.end(), f.hints()))
                        .records())
                .isEmpty();
    }

    @Test
    void aWebhookFetchReadsTheOneDocument() throws Exception {
        String doc = OuraFixtures.fixture("sleep").path("data").get(0).toString();
        FakeConnection c = new FakeConnection(API, "oura")
                .answer("GET /v2/usercollection/sleep/cdbd9d6f-9b3a-4dd5-8b7a-0cf5c6c7f0a1", 200, doc);
        FetchResult r = connector.fetch(FetchRequest.of(
                c,
                DataType.SLEEP,
                Instant.EPOCH,
                Instant.EPOCH.plusSeconds(1),
                Map.of(
                        OuraPushReceiver.HINT_ENDPOINT, "sleep",
                        OuraPushReceiver.HINT_OBJECT_ID, "cdbd9d6f-9b3a-4dd5-8b7a-0cf5c6c7f0a1")));
        assertThat(r.records())
                .extracting(x -> x.identityKey())
                .containsExactly("cdbd9d6f-9b3a-4dd5-8b7a-0cf5c6c7f0a1");
    }

    @Test
    void providerErrorsBecomeConnectorErrors() {
        FakeConnection c = new FakeConnection(API, "oura").answer("GET /v2/usercollection/workout", 401, "{}");
        assertThatThrownBy(() -> connector.fetch(FetchRequest.of(
                        c, DataType.ACTIVITY, Instant.EPOCH, Instant.EPOCH.plusSeconds(86400), Map.of())))
                .isInstanceOfSatisfying(
                        ConnectorException.class,
                        e -> assertThat(e.kind()).isEqualTo(ConnectorException.Kind.AUTH_FAILED));
        FakeConnection bad =
                new FakeConnection(API, "oura").answer("GET /v2/usercollection/workout", 200, "{\"data\": 5}");
        assertThatThrownBy(() -> connector.fetch(FetchRequest.of(
                        bad, DataType.ACTIVITY, Instant.EPOCH, Instant.EPOCH.plusSeconds(86400), Map.of())))
                .isInstanceOfSatisfying(
                        ConnectorException.class,
                        e -> assertThat(e.kind()).isEqualTo(ConnectorException.Kind.BAD_RESPONSE));
    }
}
