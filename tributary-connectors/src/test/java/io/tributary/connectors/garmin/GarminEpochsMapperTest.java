package io.tributary.connectors.garmin;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.connectors.MappedRecord;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class GarminEpochsMapperTest {
    private final GarminEpochsMapper mapper = new GarminEpochsMapper();

    @Test
    void theRecordsOfOneSliceAddUpToOneSampleOfEachKind() throws Exception {
        List<MappedRecord> rs = GarminFixtures.map(mapper);
        assertThat(rs).hasSize(2); // two slices (08:00 with walking + sedentary, 08:15 running)
        MappedRecord r = rs.get(0);
        assertThat(r.partial()).isTrue();
        assertThat(r.identityKey()).isEqualTo("2020-02-06");
        assertThat(r.providerKey()).isEqualTo("epochs:x153a9f3-5e3c3a00-5,x153a9f3-5e3c3a00-0");
        JsonNode d = GarminFixtures.json(r);
        String ts = "2020-02-06T08:00:00.000000+01:00";
        JsonNode steps = d.path("distance_data").path("detailed").path("step_samples");
        assertThat(steps).hasSize(1);
        assertThat(steps.get(0).path("timestamp").asString()).isEqualTo(ts);
        assertThat(steps.get(0).path("steps").asDouble()).isEqualTo(812);
        assertThat(steps.get(0).path("timer_duration_seconds").asDouble()).isEqualTo(900);
        JsonNode dist = d.path("distance_data")
                .path("detailed")
                .path("distance_samples")
                .get(0);
        assertThat(dist.path("distance_meters").asDouble()).isEqualTo(603.2);
        JsonNode cal = d.path("calories_data").path("calorie_samples").get(0);
        assertThat(cal.path("calories").asDouble()).isEqualTo(24);
        JsonNode met = d.path("MET_data").path("MET_samples").get(0);
        assertThat(met.path("level").asDouble()).isCloseTo((3.52 * 600 + 1.1 * 300) / 900, within());
        JsonNode level =
                d.path("active_durations_data").path("activity_levels_samples").get(0);
        assertThat(level.path("activity_level").asInt()).isEqualTo(4); // ACTIVE beats SEDENTARY: Medium
        assertThat(level.path("level").asInt()).isEqualTo(4);
        JsonNode second = GarminFixtures.json(rs.get(1));
        assertThat(second.path("distance_data")
                        .path("detailed")
                        .path("step_samples")
                        .get(0)
                        .path("timestamp")
                        .asString())
                .isEqualTo("2020-02-06T08:15:00.000000+01:00");
        assertThat(second.path("active_durations_data")
                        .path("activity_levels_samples")
                        .get(0)
                        .path("activity_level")
                        .asInt())
                .isEqualTo(5); // HIGHLY_ACTIVE
        assertThat(second.path("metadata").path("start_time").asString()).isEqualTo("2020-02-06T00:00:00.000000+01:00");
    }

    @Test
    void sleepSlicesAreRest() {
        assertThat(GarminEpochsMapper.level("SEDENTARY", "SLEEP").value()).isEqualTo(1);
        assertThat(GarminEpochsMapper.level(null, "WALKING").value()).isEqualTo(0);
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }
}
