package io.tributary.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.connectors.example.ExampleConnector;
import io.tributary.model.DataType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectorsConfiguredTest {
    @Test
    void overridesChangeTheDescriptorAndNothingElse() {
        Connectors plain = new Connectors(List.of(new ExampleConnector()));
        Connectors configured = plain.configured(
                d -> d.withUrls(Map.of("API_URL", "http://127.0.0.1:1")).withHistoryDays(7));
        Connector c = configured.find("example").orElseThrow();
        assertThat(c.descriptor().apiUrl()).isEqualTo("http://127.0.0.1:1");
        assertThat(c.descriptor().history().backfillDepth(DataType.DAILY)).isEqualTo(Duration.ofDays(7));
        assertThat(c.mappers()).hasSize(1);
        assertThat(plain.find("EXAMPLE").orElseThrow().descriptor().apiUrl()).isEqualTo("https://example.test/api");
        // configuring again starts from the connector's own descriptor, not the configured one
        Connector again = configured.configured(d -> d).find("EXAMPLE").orElseThrow();
        assertThat(again.descriptor().apiUrl()).isEqualTo("https://example.test/api");
        assertThat(configured.configured(d -> d).find("EXAMPLE").orElseThrow()).isInstanceOf(ExampleConnector.class);
    }
}
