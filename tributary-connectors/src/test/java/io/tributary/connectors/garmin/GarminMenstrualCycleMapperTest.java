package io.tributary.connectors.garmin;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.connectors.MappedRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class GarminMenstrualCycleMapperTest {
    @Test
    void theCycleStateOfTheDayFieldByField() throws Exception {
        MappedRecord r = GarminFixtures.map(new GarminMenstrualCycleMapper()).get(0);
        assertThat(r.partial()).isFalse();
        assertThat(r.identityKey()).isEqualTo("2020-02-06"); // 2020-01-27 + 11 - 1
        JsonNode m = GarminFixtures.json(r);
        assertThat(m.path("metadata").path("start_time").asString()).isEqualTo("2020-02-06T00:00:00.000000");
        assertThat(m.path("metadata").path("end_time").asString()).isEqualTo("2020-02-07T00:00:00.000000");
        JsonNode d = m.path("menstruation_data");
        assertThat(d.path("period_start_date").asString()).isEqualTo("2020-01-27");
        assertThat(d.path("day_in_cycle").asInt()).isEqualTo(11);
        assertThat(d.path("period_length_days").asInt()).isEqualTo(5);
        assertThat(d.path("current_phase").asInt()).isEqualTo(2); // FOLLICULAR
        assertThat(d.path("length_of_current_phase_days").asInt()).isEqualTo(9);
        assertThat(d.path("days_until_next_phase").asInt()).isEqualTo(3);
        assertThat(d.path("predicted_cycle_length_days").asInt()).isEqualTo(29);
        assertThat(d.path("cycle_length_days").asInt()).isEqualTo(29);
        assertThat(d.path("is_predicted_cycle").asBoolean()).isFalse();
        assertThat(d.path("last_updated_time").asString()).isEqualTo("2020-02-06T09:06:40.000000+00:00");
    }

    @Test
    void phasesMapToTerrasIntervals() {
        assertThat(GarminMenstrualCycleMapper.phase("MENSTRUAL").value()).isEqualTo(1);
        assertThat(GarminMenstrualCycleMapper.phase("OVULATION").value()).isEqualTo(4);
        assertThat(GarminMenstrualCycleMapper.phase("LUTEAL").value()).isEqualTo(5);
        assertThat(GarminMenstrualCycleMapper.phase("SOMETHING").value()).isEqualTo(0);
        assertThat(GarminMenstrualCycleMapper.phase(null)).isNull();
    }
}
