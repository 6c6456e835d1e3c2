package io.tributary.server.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.server.support.IntegrationTest;
import io.tributary.server.support.TestHttp;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * The {@code http.server.requests} timers as Spring's own instrumentation recorded them (the expected tag sets were
 * taken from it before {@link HttpServerRequestsFilter} replaced it): one timer per method, route pattern, status,
 * outcome, exception and error, each request counted once; and the long-task timer of requests in flight.
 */
class HttpServerRequestsMetricsIT extends IntegrationTest {
    static final String TIMER = "http_server_requests_seconds_count";

    @Autowired
    List<FilterRegistrationBean<?>> filters;

    @Test
    void theLeanFilterReplacesSpringsObservationFilter() {
        assertThat(filters.stream()
                        .map(FilterRegistrationBean::getFilter)
                        .filter(f -> f instanceof ServerHttpObservationFilter)
                        .toList())
                .singleElement()
                .isInstanceOf(HttpServerRequestsFilter.class);
    }

    @Test
    void requestsAreTimedOnceByRoutePatternStatusAndOutcome() {
        TestHttp api = as(env(newDeveloper(), "testing"));
        String read = "/v2/daily?to_webhook=false&user_id=" + UUID.randomUUID() + "&start_date=";
        Map<String, Double> before = counts(TIMER);
        for (int i = 0; i < 3; i++)
            assertThat(api.get(read + "2022-10-28").status()).isEqualTo(404);
        assertThat(api.get(read + "yesterday").status()).isEqualTo(400);
        assertThat(http().get(read + "2022-10-28").status()).isEqualTo(401);
        assertThat(api.get("/v2/nothing-here").status()).isEqualTo(404);
        assertThat(api.get("/api/v2/subscriptions").status()).isEqualTo(200);
        Map<String, Double> after = counts(TIMER);

        Map<String, Double> delta = new HashMap<>();
        after.forEach((labels, n) -> {
            double d = n - before.getOrDefault(labels, 0.0);
            if (d > 0 && !labels.contains("/actuator/")) delta.put(labels, d);
        });
        String tags = "{error=\"none\",exception=\"none\",method=\"GET\",outcome=\"%s\",status=\"%s\",uri=\"%s\"}";
        assertThat(delta)
                .containsOnly(
                        Map.entry(tags.formatted("CLIENT_ERROR", "404", "/v2/daily"), 3.0),
                        Map.entry(tags.formatted("CLIENT_ERROR", "400", "/v2/daily"), 1.0),
                        Map.entry(tags.formatted("CLIENT_ERROR", "401", "/v2/daily"), 1.0),
                        Map.entry(tags.formatted("CLIENT_ERROR", "404", "/**"), 1.0),
                        Map.entry(tags.formatted("SUCCESS", "200", "/v2/subscriptions"), 1.0));

        // the scrape itself is in flight while it is written
        assertThat(counts("http_server_requests_active_seconds_count"))
                .containsEntry(
                        "{exception=\"none\",method=\"GET\",outcome=\"SUCCESS\",status=\"200\",uri=\"UNKNOWN\"}", 1.0);
    }

    /** Sample lines of one metric of the Prometheus scrape: labels → value. */
    Map<String, Double> counts(String metric) {
        Map<String, Double> out = new HashMap<>();
        Arrays.stream(http().get("/actuator/prometheus").body().split("\n"))
                .filter(l -> l.startsWith(metric + "{"))
                .forEach(l -> out.put(
                        l.substring(metric.length(), l.lastIndexOf(' ')),
                        Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))));
        return out;
    }
}
