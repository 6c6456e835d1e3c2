package io.tributary.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.connectors.example.ExampleConnector;
import io.tributary.model.DataType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The small pieces of the SPI: URL overrides, backfill windows, response classification, Retry-After. */
class SpiTest {
    @Test
    void everyUrlHasAKeyAnEnvironmentVariableAndCanBeOverridden() {
        ConnectorDescriptor d = ExampleConnector.descriptor("https://example.test");
        assertThat(d.urls())
                .containsEntry("AUTHORIZE_URL", "https://example.test/authorize")
                .containsEntry("TOKEN_URL", "https://example.test/token")
                .containsEntry("API_URL", "https://example.test/api");
        assertThat(d.envVar("API_URL")).isEqualTo("TRIBUTARY_EXAMPLE_API_URL");
        ConnectorDescriptor o =
                d.withUrls(Map.of("TOKEN_URL", "http://127.0.0.1:9999/t ", "API_URL", "http://127.0.0.1:9999"));
        assertThat(o.oauth2().tokenUrl()).isEqualTo("http://127.0.0.1:9999/t");
        assertThat(o.oauth2().authorizeUrl()).isEqualTo("https://example.test/authorize");
        assertThat(o.apiUrl()).isEqualTo("http://127.0.0.1:9999");
        assertThat(d.withHistoryDays(400).history().backfillDepth(DataType.DAILY))
                .isEqualTo(Duration.ofDays(365));
        assertThat(d.withHistoryDays(7).history().backfillDepth(DataType.DAILY)).isEqualTo(Duration.ofDays(7));
        assertThat(d.history().backfillDepth(DataType.SLEEP)).isEqualTo(Duration.ZERO);
    }

    @Test
    void backfillIsCutIntoWindowsOfTheProvidersSizeNewestFirst() {
        Instant to = Instant.parse("2024-12-31T00:00:00Z");
        var windows = new ExampleConnector().planBackfill(DataType.DAILY, to.minus(Duration.ofDays(75)), to);
        assertThat(windows).hasSize(3);
        assertThat(windows.get(0).end()).isEqualTo(to);
        assertThat(windows.get(0).start()).isEqualTo(to.minus(Duration.ofDays(30)));
        assertThat(windows.get(2).start()).isEqualTo(to.minus(Duration.ofDays(75)));
        assertThat(windows.get(2).days()).isEqualTo(15);
        assertThat(windows).allMatch(w -> w.delivery() == HistoryDelivery.PULL);
        assertThat(new ExampleConnector().planBackfill(DataType.SLEEP, to.minusSeconds(60), to))
                .isEmpty();
    }

    @Test
    void providerStatusesBecomeTheKindsTheServerActsOn() throws Exception {
        assertThat(kind(401)).isEqualTo(ConnectorException.Kind.AUTH_FAILED);
        assertThat(kind(503)).isEqualTo(ConnectorException.Kind.TRANSIENT);
        assertThat(kind(400)).isEqualTo(ConnectorException.Kind.BAD_RESPONSE);
        var limited = new ProviderHttp.Response(429, Map.of("retry-after", "120"), new byte[0]);
        assertThatThrownBy(() -> ProviderResponses.require(limited, "dailies"))
                .isInstanceOfSatisfying(ConnectorException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ConnectorException.Kind.RATE_LIMITED);
                    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(120));
                });
        var ok = new ProviderHttp.Response(200, Map.of(), "{\"a\":1}".getBytes(StandardCharsets.UTF_8));
        assertThat(ProviderResponses.json(ok, "x").path("a").asInt()).isEqualTo(1);
        var notJson = new ProviderHttp.Response(200, Map.of(), "<html>".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> ProviderResponses.json(notJson, "x"))
                .isInstanceOfSatisfying(
                        ConnectorException.class,
                        e -> assertThat(e.kind()).isEqualTo(ConnectorException.Kind.BAD_RESPONSE));
    }

    @Test
    void retryAfterIsSecondsOrAnHttpDate() {
        Instant now = Instant.parse("2024-03-10T10:00:00Z");
        assertThat(ProviderResponses.retryAfter("30", now)).isEqualTo(Duration.ofSeconds(30));
        assertThat(ProviderResponses.retryAfter("Sun, 10 Mar 2024 10:02:00 GMT", now))
                .isEqualTo(Duration.ofMinutes(2));
        assertThat(ProviderResponses.retryAfter(null, now)).isEqualTo(ProviderResponses.DEFAULT_RETRY_AFTER);
        assertThat(ProviderResponses.retryAfter("soon", now)).isEqualTo(ProviderResponses.DEFAULT_RETRY_AFTER);
        assertThat(ProviderResponses.retryAfter("Sun, 10 Mar 2024 10:02:00 GMT", null))
                .isEqualTo(ProviderResponses.DEFAULT_RETRY_AFTER);
    }

    @Test
    void anHttpDateRetryAfterIsCountedFromTheResponsesDateHeader() {
        var limited = new ProviderHttp.Response(
                429,
                Map.of("retry-after", "Sun, 10 Mar 2024 10:05:00 GMT", "date", "Sun, 10 Mar 2024 10:00:00 GMT"),
                new byte[0]);
        assertThatThrownBy(() -> ProviderResponses.require(limited, "dailies"))
                .isInstanceOfSatisfying(
                        ConnectorException.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofMinutes(5)));
        var undated =
                new ProviderHttp.Response(503, Map.of("retry-after", "Sun, 10 Mar 2024 10:05:00 GMT"), new byte[0]);
        assertThatThrownBy(() -> ProviderResponses.require(undated, "dailies"))
                .isInstanceOfSatisfying(
                        ConnectorException.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(ProviderResponses.DEFAULT_RETRY_AFTER));
    }

    @Test
    void oldShapesStillWork() {
        var r = new FetchRequest("u", null, DataType.DAILY, Instant.EPOCH, Instant.EPOCH, null, null);
        assertThat(r.connection()).isNull();
        assertThat(r.hints()).isEmpty();
        assertThatThrownBy(r::requireConnection).isInstanceOf(ConnectorException.class);
        var fr = FetchResult.of(java.util.List.of());
        assertThat(fr.records()).isEmpty();
        assertThat(fr.supported()).isTrue();
    }

    private static ConnectorException.Kind kind(int status) {
        try {
            ProviderResponses.require(new ProviderHttp.Response(status, Map.of(), new byte[0]), "x");
            return null;
        } catch (ConnectorException e) {
            return e.kind();
        }
    }
}
