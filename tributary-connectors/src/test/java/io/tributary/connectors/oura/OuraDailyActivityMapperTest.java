package io.tributary.connectors.oura;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.connectors.MappedRecord;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OuraDailyActivityMapperTest {
    private final OuraDailyActivityMapper mapper = new OuraDailyActivityMapper();

    @Test
    void mapsTheDayFieldByField() throws Exception {
        List<MappedRecord> rs = OuraFixtures.map(mapper);
        assertThat(rs).hasSize(1);
        MappedRecord r = rs.get(0);
        assertThat(r.partial()).isTrue();
        assertThat(r.providerKey()).isEqualTo("daily_activity:8f9a5221-639e-4a85-81cb-4065ef23f979");
        assertThat(r.identityKey()).isEqualTo("2021-11-26");
        JsonNode d = OuraFixtures.json(r);
        // the day at the ring's offset (-08:00 from timestamp), never UTC
        assertThat(d.at("/metadata/start_time").asString()).isEqualTo("2021-11-26T00:00:00.000000-08:00");
        assertThat(d.at("/metadata/end_time").asString()).isEqualTo("2021-11-27T00:00:00.000000-08:00");
        assertThat(d.at("/metadata/timestamp_localization").asInt()).isEqualTo(1);
        assertThat(d.at("/distance_data/steps").asInt()).isEqualTo(18430);
        assertThat(d.at("/distance_data/distance_meters").asDouble()).isEqualTo(20122.0);
        assertThat(d.at("/calories_data/net_activity_calories").asDouble()).isEqualTo(1222.0);
        assertThat(d.at("/calories_data/total_burned_calories").asDouble()).isEqualTo(3446.0);
        assertThat(d.at("/active_durations_data/low_intensity_seconds").asDouble())
                .isEqualTo(10020.0);
        assertThat(d.at("/active_durations_data/moderate_intensity_seconds").asDouble())
                .isEqualTo(6060.0);
        assertThat(d.at("/active_durations_data/vigorous_intensity_seconds").asDouble())
                .isEqualTo(3000.0);
        assertThat(d.at("/active_durations_data/activity_seconds").asDouble()).isEqualTo(19080.0);
        assertThat(d.at("/active_durations_data/inactivity_seconds").asDouble()).isEqualTo(21000.0);
        assertThat(d.at("/active_durations_data/rest_seconds").asDouble()).isEqualTo(18840.0);
        assertThat(d.at("/scores/activity").asDouble()).isEqualTo(82.0);
        assertThat(d.at("/MET_data/MET_samples")).hasSize(10);
        assertThat(d.at("/MET_data/MET_samples/1/timestamp").asString()).isEqualTo("2021-11-26T04:01:00.000000-08:00");
        assertThat(d.at("/MET_data/MET_samples/1/level").asDouble()).isEqualTo(0.2);
        assertThat(d.at("/MET_data/avg_level").asDouble()).isCloseTo(0.11, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(d.at("/MET_data/num_high_intensity_minutes").asDouble()).isEqualTo(50.0);
    }
}
