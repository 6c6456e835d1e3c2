package io.tributary.connectors.oura;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.connectors.MappedRecord;
import io.tributary.model.enums.HeartRateContext;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OuraHeartRateMapperTest {
    @Test
    void samplesGroupIntoOnePartialBodyPerDay() throws Exception {
        List<MappedRecord> rs = OuraFixtures.map(new OuraHeartRateMapper());
        assertThat(rs).hasSize(2);
        assertThat(rs).allMatch(MappedRecord::partial);
        assertThat(rs.get(0).identityKey()).isEqualTo("2021-01-01");
        assertThat(rs.get(1).identityKey()).isEqualTo("2021-01-02");
        JsonNode b = OuraFixtures.json(rs.get(0));
        assertThat(b.at("/metadata/start_time").asString()).isEqualTo("2021-01-01T00:00:00.000000+00:00");
        JsonNode s = b.at("/heart_data/heart_rate_data/detailed/hr_samples");
        assertThat(s).hasSize(2);
        assertThat(s.get(0).path("timestamp").asString()).isEqualTo("2021-01-01T00:00:00.000000+00:00");
        assertThat(s.get(0).path("bpm").asDouble()).isEqualTo(60.0);
        assertThat(s.get(0).path("context").asInt()).isEqualTo(HeartRateContext.NOT_ACTIVE.value());
        assertThat(s.get(1).path("context").asInt()).isEqualTo(HeartRateContext.NOT_SET.value());
        assertThat(OuraFixtures.json(rs.get(1))
                        .at("/heart_data/heart_rate_data/detailed/hr_samples/0/context")
                        .asInt())
                .isEqualTo(HeartRateContext.ACTIVE.value());
    }
}
