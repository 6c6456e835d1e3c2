package io.tributary.connectors.garmin;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.connectors.MappedRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class GarminHrvMapperTest {
    @Test
    void theNightsHrvBelongsToTheDailyOfItsCalendarDate() throws Exception {
        MappedRecord r = GarminFixtures.map(new GarminHrvMapper()).get(0);
        assertThat(r.identityKey()).isEqualTo("2020-02-06"); // the night began on the 5th
        JsonNode hr = GarminFixtures.json(r).path("heart_rate_data");
        assertThat(hr.path("summary").path("avg_hrv_rmssd").asDouble()).isEqualTo(52);
        JsonNode s = hr.path("detailed").path("hrv_samples_rmssd");
        assertThat(s).hasSize(3);
        assertThat(s.get(0).path("timestamp").asString()).isEqualTo("2020-02-05T22:37:00.000000+01:00");
        assertThat(s.get(0).path("hrv_rmssd").asDouble()).isEqualTo(44);
    }
}
