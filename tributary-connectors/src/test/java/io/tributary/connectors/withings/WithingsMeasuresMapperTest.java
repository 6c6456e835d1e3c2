package io.tributary.connectors.withings;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.connectors.MappedRecord;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class WithingsMeasuresMapperTest {
    @Test
    void aWeighInIsAPartialBodyOfItsLocalDayInSiUnits() throws Exception {
        List<MappedRecord> rs = WithingsFixtures.map(new WithingsMeasuresMapper());
        assertThat(rs).hasSize(2);
        MappedRecord r = rs.get(0);
        assertThat(r.partial()).isTrue();
        assertThat(r.providerKey()).isEqualTo("measuregrp:12");
        assertThat(r.identityKey()).isEqualTo("2020-07-09");
        JsonNode b = WithingsFixtures.json(r);
        // 1594245600 = 2020-07-08T22:00Z = 00:00 in Paris (CEST, +02:00)
        assertThat(b.at("/metadata/start_time").asString()).isEqualTo("2020-07-09T00:00:00.000000+02:00");
        assertThat(b.at("/metadata/end_time").asString()).isEqualTo("2020-07-10T00:00:00.000000+02:00");
        JsonNode m = b.at("/measurements_data/measurements/0");
        assertThat(m.at("/measurement_time").asString()).isEqualTo("2020-07-09T00:00:00.000000+02:00");
        assertThat(m.at("/weight_kg").asDouble()).isEqualTo(65.75);
        assertThat(m.at("/height_cm").asDouble()).isEqualTo(187.0);
        assertThat(m.at("/lean_mass_g").asDouble()).isEqualTo(50250.0);
        assertThat(m.at("/bodyfat_percentage").asDouble()).isEqualTo(23.58);
        assertThat(m.at("/muscle_mass_g").asDouble()).isEqualTo(47800.0);
        assertThat(m.at("/bone_mass_g").asDouble()).isEqualTo(2640.0);
        assertThat(b.at("/hydration_data/hydration_amount_samples/0/hydration_kg")
                        .asDouble())
                .isEqualTo(35.12);
        assertThat(b.at("/heart_data/pulse_wave_velocity_samples/0/pulse_wave_velocity_meters_per_second")
                        .asDouble())
                .isEqualTo(7.12);
        assertThat(b.at("/heart_data/heart_rate_data/detailed/hr_samples/0/bpm").asDouble())
                .isEqualTo(64.0);
        assertThat(b.at("/device_data/name").asString()).isEqualTo("Body Cardio");
        assertThat(b.at("/device_data/manufacturer").asString()).isEqualTo("Withings");
    }

    @Test
    void bloodPressureSpo2AndTemperature() throws Exception {
        JsonNode b = WithingsFixtures.json(
                WithingsFixtures.map(new WithingsMeasuresMapper()).get(1));
        assertThat(b.at("/blood_pressure_data/blood_pressure_samples/0/timestamp")
                        .asString())
                .isEqualTo("2020-07-09T01:00:00.000000+02:00");
        assertThat(b.at("/blood_pressure_data/blood_pressure_samples/0/diastolic_bp")
                        .asDouble())
                .isEqualTo(79.0);
        assertThat(b.at("/blood_pressure_data/blood_pressure_samples/0/systolic_bp")
                        .asDouble())
                .isEqualTo(121.0);
        assertThat(b.at("/oxygen_data/saturation_samples/0/percentage").asDouble())
                .isEqualTo(97.0);
        assertThat(b.at("/temperature_data/body_temperature_samples/0/temperature_celsius")
                        .asDouble())
                .isEqualTo(36.65);
        assertThat(b.at("/measurements_data").isMissingNode()
                        || b.at("/measurements_data").isNull())
                .isTrue();
    }

    @Test
    void anObjectiveIsNoMeasurement() throws Exception {
        var goal = WithingsFixtures.JSON.readTree(
                "{\"grpid\":14,\"date\":1594249200,\"category\":2,\"measures\":[{\"value\":70000,\"type\":1,\"unit\":-3}]}");
        assertThat(new WithingsMeasuresMapper().map(goal)).isEmpty();
    }

    @Test
    void valueTimesTenToTheUnitIsExact() {
        assertThat(WithingsMeasuresMapper.real(74126, -3)).isEqualTo(74.126);
        assertThat(WithingsMeasuresMapper.real(187, -2)).isEqualTo(1.87);
        assertThat(WithingsMeasuresMapper.real(5, 2)).isEqualTo(500.0);
    }
}
