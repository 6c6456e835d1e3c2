package io.tributary.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tributary.server.account.DeveloperCredentials.EnvironmentCredentials;
import io.tributary.server.support.TestHttp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Health Connect (and HealthKit) vitals that Terra's Daily and Body models have a place for. */
class SdkHealthTypesIT extends SdkIntegrationTest {

    @Test
    void healthConnectVitalsAreMapped() {
        EnvironmentCredentials env = env(newDeveloper(), "testing");
        TestHttp api = as(env);
        String[] c = connect(api, "HEALTH_CONNECT");
        String at = "\"time\":\"2026-07-01T06:00:00Z\",\"zoneOffset\":\"+02:00\"";
        String at2 = "\"time\":\"2026-07-01T18:00:00Z\",\"zoneOffset\":\"+02:00\"";
        String body = "{\"records\":["
                + hc("HeartRateVariabilityRmssdRecord", "r1", at + ",\"heartRateVariabilityMillis\":40") + ","
                + hc("HeartRateVariabilityRmssd", "r2", at2 + ",\"heartRateVariabilityMillis\":50") + ","
                + hc("OxygenSaturation", "o1", at + ",\"percentage\":{\"value\":96,\"unit\":\"%\"}") + ","
                + hc("OxygenSaturation", "o2", at2 + ",\"percentage\":0.98") + ","
                + hc("Vo2Max", "v1", at + ",\"vo2MillilitersPerMinuteKilogram\":47.5,\"measurementMethod\":0") + ","
                + hc(
                        "ElevationGained",
                        "e1",
                        "\"startTime\":\"2026-07-01T07:00:00Z\",\"endTime\":\"2026-07-01T08:00:00Z\","
                                + "\"startZoneOffset\":\"+02:00\",\"elevation\":{\"inMeters\":120}")
                + ","
                + hc("BloodGlucose", "g1", at + ",\"level\":{\"inMillimolesPerLiter\":5.5},\"specimenSource\":1") + ","
                + hc(
                        "BloodPressure",
                        "bp1",
                        at + ",\"systolic\":{\"inMillimetersOfMercury\":121},"
                                + "\"diastolic\":{\"inMillimetersOfMercury\":79}")
                + ","
                + hc("BodyTemperature", "t1", at + ",\"temperature\":{\"inFahrenheit\":98.6}") + ","
                + hc("LeanBodyMass", "l1", at + ",\"mass\":{\"inKilograms\":55}") + ","
                + hc("BoneMass", "b1", at + ",\"mass\":{\"inGrams\":3000}") + ","
                + hc("RespiratoryRate", "x1", at + ",\"rate\":14") + "]}";
        TestHttp.Response r =
                http().withHeader("Authorization", "Bearer " + c[1]).post("/v2/sdk/records", body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        // RespiratoryRate is accepted too; it belongs to a sleep session (none here; see SdkWorkoutSleepSamplesIT)
        assertThat(r.json().get("accepted").asInt()).isEqualTo(12);
        assertThat(r.json().get("ignored").asInt()).isZero();

        JsonNode d = one(api, "daily", c[0], "2026-07-01", "2026-07-02");
        JsonNode hr = d.get("heart_rate_data");
        assertThat(hr.get("summary").get("avg_hrv_rmssd").asDouble()).isEqualTo(45.0);
        assertThat(hr.get("detailed").get("hrv_samples_rmssd").size()).isEqualTo(2);
        assertThat(hr.get("detailed")
                        .get("hrv_samples_rmssd")
                        .get(0)
                        .get("hrv_rmssd")
                        .asDouble())
                .isEqualTo(40.0);
        JsonNode ox = d.get("oxygen_data");
        assertThat(ox.get("avg_saturation_percentage").asDouble()).isEqualTo(97.0);
        assertThat(ox.get("saturation_samples").size()).isEqualTo(2);
        assertThat(ox.get("vo2max_ml_per_min_per_kg").asDouble()).isEqualTo(47.5);
        assertThat(ox.get("vo2_samples").size()).isEqualTo(1);
        assertThat(d.get("distance_data")
                        .get("elevation")
                        .get("gain_actual_meters")
                        .asDouble())
                .isEqualTo(120.0);

        JsonNode b = one(api, "body", c[0], "2026-07-01", "2026-07-02");
        assertThat(b.get("glucose_data")
                        .get("blood_glucose_samples")
                        .get(0)
                        .get("blood_glucose_mg_per_dL")
                        .asDouble())
                .isCloseTo(99.09, within(0.01));
        JsonNode bp = b.get("blood_pressure_data").get("blood_pressure_samples").get(0);
        assertThat(bp.get("systolic_bp").asDouble()).isEqualTo(121.0);
        assertThat(bp.get("diastolic_bp").asDouble()).isEqualTo(79.0);
        assertThat(b.get("temperature_data")
                        .get("body_temperature_samples")
                        .get(0)
                        .get("temperature_celsius")
                        .asDouble())
                .isEqualTo(37.0);
        JsonNode m = b.get("measurements_data").get("measurements").get(0);
        assertThat(m.get("lean_mass_g").asDouble()).isEqualTo(55000.0);
        assertThat(m.get("bone_mass_g").asDouble()).isEqualTo(3000.0);
    }

    @Test
    void healthKitVitalsAreMapped() {
        EnvironmentCredentials env = env(newDeveloper(), "testing");
        TestHttp api = as(env);
        String[] c = connect(api, "APPLE");
        String t = "\"startDate\":\"2026-07-02T08:00:00+02:00\",\"endDate\":\"2026-07-02T08:00:00+02:00\"";
        String body = "{\"records\":["
                + "{\"uuid\":\"a\",\"type\":\"HKQuantityTypeIdentifierOxygenSaturation\",\"value\":0.95,\"unit\":\"%\","
                + t + "},"
                + "{\"uuid\":\"b\",\"type\":\"HKQuantityTypeIdentifierBloodGlucose\",\"value\":100,\"unit\":\"mg/dL\","
                + t + "},"
                + "{\"uuid\":\"c\",\"type\":\"HKQuantityTypeIdentifierBodyTemperature\",\"value\":36.6,\"unit\":\"degC\","
                + t + "}]}";
        TestHttp.Response r =
                http().withHeader("Authorization", "Bearer " + c[1]).post("/v2/sdk/records", body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("accepted").asInt()).isEqualTo(3);
        JsonNode d = one(api, "daily", c[0], "2026-07-02", "2026-07-03");
        assertThat(d.get("oxygen_data").get("avg_saturation_percentage").asDouble())
                .isEqualTo(95.0);
        JsonNode b = one(api, "body", c[0], "2026-07-02", "2026-07-03");
        assertThat(b.get("glucose_data").get("day_avg_blood_glucose_mg_per_dL").asDouble())
                .isEqualTo(100.0);
        assertThat(b.get("temperature_data")
                        .get("day_avg_body_temperature_celsius")
                        .asDouble())
                .isEqualTo(36.6);
    }
}
