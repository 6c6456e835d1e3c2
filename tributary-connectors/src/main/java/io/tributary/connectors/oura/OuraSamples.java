package io.tributary.connectors.oura;

import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.ProviderJson;
import io.tributary.model.Timestamps;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Oura's SampleModel {@code {interval (s), items[] (null where no reading), timestamp}}: item {@code i} is at
 * {@code timestamp + i * interval}.
 */
final class OuraSamples {
    record Point(String timestamp, double value) {}

    private OuraSamples() {}

    static List<Point> of(JsonNode sample) throws ConnectorException {
        List<Point> out = new ArrayList<>();
        OffsetDateTime start = OuraTime.parse(ProviderJson.text(sample, "timestamp"));
        Double interval = ProviderJson.number(sample, "interval");
        if (start == null || interval == null || !sample.path("items").isArray()) return out;
        int i = 0;
        for (JsonNode v : sample.path("items")) {
            if (v.isNumber())
                out.add(new Point(
                        Timestamps.format(start.plusNanos((long) (i * interval * 1_000_000_000L))), v.asDouble()));
            i++;
        }
        return out;
    }
}
