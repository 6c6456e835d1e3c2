package io.tributary.connectors.garmin;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.connectors.MappedRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class GarminBodyCompsMapperTest {
    @Test
    void aWeighInIsAMeasurementOfItsLocalDay() throws Exception {
        MappedRecord r = GarminFixtures.map(new GarminBodyCompsMapper()).get(0);
        assertThat(r.partial()).isTrue();
        assertThat(r.identityKey()).isEqualTo("2020-02-06");
        assertThat(r.providerKey()).isEqualTo("bodyComps:x153a9f3-5e3bf8e4");
        JsonNode b = GarminFixtures.json(r);
        assertThat(b.path("metadata").path("start_time").asString()).isEqualTo("2020-02-06T00:00:00.000000+01:00");
        assertThat(b.path("metadata").path("end_time").asString()).isEqualTo("2020-02-07T00:00:00.000000+01:00");
        JsonNode m = b.path("measurements_data").path("measurements").get(0);
        assertThat(m.path("measurement_time").asString()).isEqualTo("2020-02-06T02:16:20.000000+01:00");
        assertThat(m.path("weight_kg").asDouble()).isEqualTo(72.65);
        assertThat(m.path("BMI").asDouble()).isEqualTo(22.9);
        assertThat(m.path("bodyfat_percentage").asDouble()).isEqualTo(19.4);
        assertThat(m.path("water_percentage").asDouble()).isEqualTo(57.8);
        assertThat(m.path("bone_mass_g").asDouble()).isEqualTo(3120);
        assertThat(m.path("muscle_mass_g").asDouble()).isEqualTo(31240);
    }
}
