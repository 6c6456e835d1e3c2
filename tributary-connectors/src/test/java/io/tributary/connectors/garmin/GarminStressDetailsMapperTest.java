package io.tributary.connectors.garmin;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.connectors.MappedRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class GarminStressDetailsMapperTest {
    private final GarminStressDetailsMapper mapper = new GarminStressDetailsMapper();

    @Test
    void stressAndBodyBatterySamplesWithoutTheNegativeCodes() throws Exception {
        MappedRecord r = GarminFixtures.map(mapper).get(0);
        assertThat(r.identityKey()).isEqualTo("2020-02-06");
        JsonNode st = GarminFixtures.json(r).path("stress_data");
        JsonNode s = st.path("samples");
        assertThat(s).hasSize(3); // -1 (off wrist) dropped
        assertThat(s.get(0).path("timestamp").asString()).isEqualTo("2020-02-06T00:00:00.000000+01:00");
        assertThat(s.get(0).path("level").asDouble()).isEqualTo(22);
        assertThat(s.get(2).path("timestamp").asString()).isEqualTo("2020-02-06T00:09:00.000000+01:00");
        assertThat(s.get(2).path("level").asDouble()).isEqualTo(47);
        JsonNode bb = st.path("body_battery_samples");
        assertThat(bb).hasSize(3);
        assertThat(bb.get(2).path("timestamp").asString()).isEqualTo("2020-02-06T00:06:00.000000+01:00");
        assertThat(bb.get(2).path("level").asDouble()).isEqualTo(37);
    }

    @Test
    void mapsGivenAsStringsAreReadToo() throws Exception {
        JsonNode e = GarminFixtures.JSON.readTree("{\"summaryId\":\"s\",\"startTimeInSeconds\":1580943600,"
                + "\"startTimeOffsetInSeconds\":3600,\"timeOffsetStressLevelValues\":\"{0: 18, 180: 51}\"}");
        JsonNode s =
                GarminFixtures.json(mapper.map(e).get(0)).path("stress_data").path("samples");
        assertThat(s).hasSize(2);
        assertThat(s.get(1).path("level").asDouble()).isEqualTo(51);
    }
}
