package io.tributary.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.garmin.fit.ActivityMesg;
import com.garmin.fit.BufferEncoder;
import com.garmin.fit.DateTime;
import com.garmin.fit.File;
import com.garmin.fit.FileIdMesg;
import com.garmin.fit.Fit;
import com.garmin.fit.Manufacturer;
import com.garmin.fit.Mesg;
import com.garmin.fit.RecordMesg;
import com.garmin.fit.SessionMesg;
import com.garmin.fit.SleepLevel;
import com.garmin.fit.SleepLevelMesg;
import com.garmin.fit.Sport;
import com.garmin.fit.WeightScaleMesg;
import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.MappedRecord;
import io.tributary.connectors.RecordMapper;
import io.tributary.connectors.garmin.GarminConnector;
import io.tributary.connectors.sandbox.SandboxGenerator;
import io.tributary.files.FileParsers;
import io.tributary.files.ParseLimits;
import io.tributary.model.Activity;
import io.tributary.model.Body;
import io.tributary.model.Daily;
import io.tributary.model.Sleep;
import io.tributary.model.TerraDataModel;
import io.tributary.server.storage.SdkStore.SdkRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One night, one day, one run and one weigh-in, each expressed through every source that can carry it (Apple Health
 * export XML, the mobile-SDK HealthKit, Health Connect and Samsung records, a FIT file written with Garmin's
 * encoder, GPX, TCX, Google Takeout, the Garmin connector's mappers), must come out with the same value in Terra's unit for every shared field; the
 * SANDBOX generator's values must have the magnitude of that unit. Terra's units: the field-name suffixes and
 * {@code /work/shared/terra-openapi/schemas} (e.g. {@code SleepDurationsData.sleep_efficiency} is a percentage,
 * example 87.5). This is the test of issue 12 item 6: it failed while FIT, Apple and the SDKs wrote the sleep
 * efficiency as a fraction.
 */
class CrossSourceUnitsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private final SdkRecordMapper mapper = new SdkRecordMapper(JSON);
    private final SdkAggregator aggregator = new SdkAggregator(JSON);
    private final SdkSleeps sleeps = new SdkSleeps(aggregator);

    // ------------------------------------------------------------------ the night: 2024-03-01 23:00 → 07:00 (+01:00)
    // light 2 h, deep 1.5 h, REM 1 h, awake 0.5 h, light 3 h: asleep 7.5 h of 8 h in bed = 93.75 % → 93.8
    private static final String[][] STAGES = {
        {"23:00", "01:00", "AsleepCore", "4", "LIGHT"},
        {"01:00", "02:30", "AsleepDeep", "5", "DEEP"},
        {"02:30", "03:30", "AsleepREM", "6", "REM"},
        {"03:30", "04:00", "Awake", "1", "AWAKE"},
        {"04:00", "07:00", "AsleepCore", "4", "LIGHT"},
    };

    @Test
    void theSameNightHasTheSameDurationsAndEfficiencyFromEverySource() throws IOException {
        Map<String, JsonNode> sources = new LinkedHashMap<>();
        sources.put("apple-export", tree(only(file("export.xml", appleExport(appleNight())), Sleep.class)));
        List<String> hk = new ArrayList<>();
        hk.add(hkCategory("in-bed", "InBed", "2024-03-01T23:00", "2024-03-02T07:00"));
        for (int i = 0; i < STAGES.length; i++)
            hk.add(hkCategory(
                    "s" + i, STAGES[i][2], dayOf(STAGES[i][0]) + STAGES[i][0], dayOf(STAGES[i][1]) + STAGES[i][1]));
        List<SdkRecord> hkRecs = sdk("APPLE", hk);
        List<SdkRecord> hkResp = sdk(
                "APPLE",
                List.of(hkQuantity("r", "RespiratoryRate", 14, "count/min", "2024-03-02T02:00", "2024-03-02T02:00")));
        sources.put(
                "healthkit",
                tree(sleeps.healthKit(SdkSleeps.clusters(hkRecs, hkRecs).get(0), hkResp)));
        for (String platform : List.of("HEALTH_CONNECT", "SAMSUNG")) {
            StringBuilder stages = new StringBuilder();
            for (String[] s : STAGES) {
                if (stages.length() > 0) stages.append(',');
                stages.append("{\"startTime\":\"")
                        .append(utc(dayOf(s[0]) + s[0]))
                        .append("\",\"endTime\":\"")
                        .append(utc(dayOf(s[1]) + s[1]))
                        .append("\",\"stage\":")
                        .append(s[3])
                        .append('}');
            }
            SdkRecord session = sdk(
                            platform,
                            List.of(hc(
                                    platform,
                                    "SleepSession",
                                    "night",
                                    "\"startTime\":\"2024-03-01T22:00:00Z\",\"endTime\":\"2024-03-02T06:00:00Z\","
                                            + "\"startZoneOffset\":\"+01:00\",\"stages\":[" + stages + "]")))
                    .get(0);
            List<SdkRecord> resp = sdk(
                    platform,
                    List.of(hc(platform, "RespiratoryRate", "resp", "\"time\":\"2024-03-02T01:00:00Z\",\"rate\":14")));
            sources.put(platform.toLowerCase(), tree(sleeps.session(session, resp)));
        }
        sources.put("fit", tree(only(file("sleep.fit", fitNight()), Sleep.class)));
        sources.put("garmin", tree(garmin("sleeps", garminNight()).model()));

        Map<String, Double> expected = new LinkedHashMap<>();
        expected.put("sleep_durations_data.sleep_efficiency", 93.8);
        expected.put("sleep_durations_data.asleep.duration_asleep_state_seconds", 27000.0);
        expected.put("sleep_durations_data.asleep.duration_light_sleep_state_seconds", 18000.0);
        expected.put("sleep_durations_data.asleep.duration_deep_sleep_state_seconds", 5400.0);
        expected.put("sleep_durations_data.asleep.duration_REM_sleep_state_seconds", 3600.0);
        expected.put("sleep_durations_data.awake.duration_awake_state_seconds", 1800.0);
        expected.put("sleep_durations_data.other.duration_in_bed_seconds", 28800.0);
        expected.put("respiration_data.breaths_data.avg_breaths_per_min", 14.0);
        assertSame(sources, expected, List.of("respiration_data.breaths_data.avg_breaths_per_min"));

        // SANDBOX: a generated night, in the same units (a percentage, seconds)
        Sleep s = new SandboxGenerator("cross-source").sleep(LocalDate.of(2024, 3, 2));
        assertThat(s.sleepDurationsData().sleepEfficiency()).isBetween(50.0, 100.0);
        assertThat(s.sleepDurationsData().asleep().durationAsleepStateSeconds()).isBetween(3 * 3600.0, 12 * 3600.0);
        assertThat(s.sleepDurationsData().other().durationInBedSeconds()).isBetween(3 * 3600.0, 14 * 3600.0);
    }

    // ------------------------------------------------------------------ the day: 2024-03-02 (+01:00)

    @Test
    void theSameDayHasTheSameTotalsFromEverySource() throws IOException {
        Map<String, JsonNode> sources = new LinkedHashMap<>();
        sources.put("apple-export", tree(only(file("export.xml", appleExport(appleDay())), Daily.class)));
        List<String> hk = List.of(
                hkQuantity("st", "StepCount", 1500, "count", "2024-03-02T10:00", "2024-03-02T10:15"),
                hkQuantity("di", "DistanceWalkingRunning", 1.2, "km", "2024-03-02T10:00", "2024-03-02T10:15"),
                hkQuantity("ae", "ActiveEnergyBurned", 1255.2, "kJ", "2024-03-02T10:00", "2024-03-02T10:15"),
                hkQuantity("be", "BasalEnergyBurned", 1600, "kcal", "2024-03-02T00:00", "2024-03-02T23:59"),
                hkQuantity("h1", "HeartRate", 60, "count/min", "2024-03-02T12:00", "2024-03-02T12:00"),
                hkQuantity("h2", "HeartRate", 80, "count/min", "2024-03-02T12:05", "2024-03-02T12:05"),
                hkQuantity("rh", "RestingHeartRate", 55, "count/min", "2024-03-02T12:00", "2024-03-02T12:00"),
                hkQuantity("hv", "HeartRateVariabilitySDNN", 50, "ms", "2024-03-02T12:00", "2024-03-02T12:00"),
                hkQuantity("o2", "OxygenSaturation", 0.97, "%", "2024-03-02T12:00", "2024-03-02T12:00"),
                hkQuantity("vo", "VO2Max", 45, "mL/min·kg", "2024-03-02T12:00", "2024-03-02T12:00"));
        sources.put("healthkit", tree(sdkDaily(sdk("APPLE", hk))));
        for (String platform : List.of("HEALTH_CONNECT", "SAMSUNG")) {
            String span = "\"startTime\":\"2024-03-02T09:00:00Z\",\"endTime\":\"2024-03-02T09:15:00Z\","
                    + "\"startZoneOffset\":\"+01:00\"";
            String at = "\"time\":\"2024-03-02T11:00:00Z\",\"zoneOffset\":\"+01:00\"";
            List<String> recs = List.of(
                    hc(platform, "Steps", "st", span + ",\"count\":1500"),
                    hc(platform, "Distance", "di", span + ",\"distance\":{\"inKilometers\":1.2}"),
                    hc(platform, "ActiveCaloriesBurned", "ae", span + ",\"energy\":{\"inKilojoules\":1255.2}"),
                    hc(platform, "BasalMetabolicRate", "be", span + ",\"energy\":{\"inKilocalories\":1600}"),
                    hc(
                            platform,
                            "HeartRate",
                            "hr",
                            "\"startTime\":\"2024-03-02T11:00:00Z\",\"endTime\":\"2024-03-02T11:05:00Z\","
                                    + "\"startZoneOffset\":\"+01:00\",\"samples\":["
                                    + "{\"time\":\"2024-03-02T11:00:00Z\",\"beatsPerMinute\":60},"
                                    + "{\"time\":\"2024-03-02T11:05:00Z\",\"beatsPerMinute\":80}]"),
                    hc(platform, "RestingHeartRate", "rh", at + ",\"beatsPerMinute\":55"),
                    hc(platform, "OxygenSaturation", "o2", at + ",\"percentage\":97"),
                    hc(platform, "Vo2Max", "vo", at + ",\"vo2MillilitersPerMinuteKilogram\":45"));
            sources.put(platform.toLowerCase(), tree(sdkDaily(sdk(platform, recs))));
        }
        sources.put("google-takeout", tree(only(file("2024-03-02.csv", GOOGLE_DAY), Daily.class)));

        Map<String, Double> expected = new LinkedHashMap<>();
        expected.put("distance_data.steps", 1500.0);
        expected.put("distance_data.distance_meters", 1200.0);
        expected.put("calories_data.net_activity_calories", 300.0);
        expected.put("calories_data.BMR_calories", 1600.0);
        expected.put("calories_data.total_burned_calories", 1900.0);
        expected.put("heart_rate_data.summary.avg_hr_bpm", 70.0);
        expected.put("heart_rate_data.summary.min_hr_bpm", 60.0);
        expected.put("heart_rate_data.summary.max_hr_bpm", 80.0);
        expected.put("heart_rate_data.summary.resting_hr_bpm", 55.0);
        expected.put("heart_rate_data.summary.avg_hrv_sdnn", 50.0);
        expected.put("oxygen_data.avg_saturation_percentage", 97.0);
        expected.put("oxygen_data.vo2max_ml_per_min_per_kg", 45.0);
        expected.put("active_durations_data.activity_seconds", 1800.0);
        assertSame(
                sources,
                expected,
                List.of(
                        "calories_data.net_activity_calories",
                        "calories_data.BMR_calories",
                        "heart_rate_data.summary.resting_hr_bpm",
                        "heart_rate_data.summary.avg_hrv_sdnn",
                        "oxygen_data.avg_saturation_percentage",
                        "oxygen_data.vo2max_ml_per_min_per_kg",
                        "active_durations_data.activity_seconds"));

        // SANDBOX: metres for a step count, kcal for a day
        Daily d = new SandboxGenerator("cross-source")
                .daily(LocalDate.of(2024, 3, 2), Instant.parse("2024-03-04T00:00:00Z"));
        double steps = d.distanceData().steps();
        assertThat(d.distanceData().distanceMeters()).isBetween(steps * 0.3, steps * 1.5);
        assertThat(d.caloriesData().totalBurnedCalories()).isBetween(1000.0, 6000.0);
        assertThat(d.activeDurationsData().activitySeconds()).isBetween(0.0, 86400.0);
    }

    // ------------------------------------------------------------------ the run: 2024-03-02 09:00 → 09:30 (+01:00)
    // 5 km in 30 min (2.778 m/s), 350 kcal, heart rate 140 and 160 (avg 150)

    @Test
    void theSameRunHasTheSameTotalsFromEverySource() throws IOException {
        Map<String, JsonNode> sources = new LinkedHashMap<>();
        sources.put("apple-export", tree(only(file("export.xml", appleExport(appleRun())), Activity.class)));
        List<SdkRecord> hk = sdk(
                "APPLE",
                List.of(
                        "{\"uuid\":\"w\",\"type\":\"HKWorkout\",\"workoutActivityType\":\"HKWorkoutActivityTypeRunning\","
                                + "\"duration\":1800,\"totalEnergyBurned\":{\"value\":350,\"unit\":\"kcal\"},"
                                + "\"totalDistance\":{\"value\":5,\"unit\":\"km\"},"
                                + "\"startDate\":\"2024-03-02T09:00:00+01:00\",\"endDate\":\"2024-03-02T09:30:00+01:00\"}",
                        hkQuantity("h1", "HeartRate", 140, "count/min", "2024-03-02T09:10", "2024-03-02T09:10"),
                        hkQuantity("h2", "HeartRate", 160, "count/min", "2024-03-02T09:20", "2024-03-02T09:20"),
                        hkQuantity("sp", "RunningSpeed", 10, "km/hr", "2024-03-02T09:15", "2024-03-02T09:15")));
        sources.put("healthkit", tree(aggregator.activity(hk.get(0), hk.subList(1, hk.size()))));
        for (String platform : List.of("HEALTH_CONNECT", "SAMSUNG")) {
            List<SdkRecord> recs = sdk(
                    platform,
                    List.of(
                            hc(
                                    platform,
                                    "ExerciseSession",
                                    "run",
                                    "\"startTime\":\"2024-03-02T08:00:00Z\",\"endTime\":\"2024-03-02T08:30:00Z\","
                                            + "\"startZoneOffset\":\"+01:00\",\"exerciseType\":56,"
                                            + "\"totalEnergyBurned\":{\"inKilocalories\":350},"
                                            + "\"totalDistance\":{\"inKilometers\":5}"),
                            hc(
                                    platform,
                                    "HeartRate",
                                    "hr",
                                    "\"startTime\":\"2024-03-02T08:10:00Z\",\"endTime\":\"2024-03-02T08:20:00Z\","
                                            + "\"samples\":[{\"time\":\"2024-03-02T08:10:00Z\",\"beatsPerMinute\":140},"
                                            + "{\"time\":\"2024-03-02T08:20:00Z\",\"beatsPerMinute\":160}]"),
                            hc(
                                    platform,
                                    "Speed",
                                    "sp",
                                    "\"startTime\":\"2024-03-02T08:15:00Z\",\"endTime\":\"2024-03-02T08:15:00Z\","
                                            + "\"samples\":[{\"time\":\"2024-03-02T08:15:00Z\","
                                            + "\"speed\":{\"inKilometersPerHour\":10}}]")));
            sources.put(platform.toLowerCase(), tree(aggregator.activity(recs.get(0), recs.subList(1, recs.size()))));
        }
        sources.put("fit", tree(only(file("run.fit", fitRun()), Activity.class)));
        sources.put("gpx", tree(only(file("run.gpx", gpxRun()), Activity.class)));
        sources.put("tcx", tree(only(file("run.tcx", tcxRun()), Activity.class)));
        sources.put(
                "google-takeout",
                tree(only(file("2024-03-02T09_00_00.000+01_00_RUNNING.json", GOOGLE_RUN), Activity.class)));

        Map<String, Double> expected = new LinkedHashMap<>();
        expected.put("distance_data.summary.distance_meters", 5000.0);
        expected.put("calories_data.total_burned_calories", 350.0);
        expected.put("active_durations_data.activity_seconds", 1800.0);
        expected.put("heart_rate_data.summary.avg_hr_bpm", 150.0);
        expected.put("movement_data.avg_speed_meters_per_second", 5000.0 / 1800.0);
        expected.put("movement_data.max_speed_meters_per_second", 10 / 3.6);
        assertSame(
                sources,
                expected,
                List.of(
                        "calories_data.total_burned_calories",
                        "movement_data.avg_speed_meters_per_second",
                        "movement_data.max_speed_meters_per_second"));

        // SANDBOX: an activity's distance in metres over its seconds is a human speed in m/s
        SandboxGenerator g = new SandboxGenerator("cross-source");
        Activity a = null;
        for (int i = 0; a == null && i < 30; i++) {
            List<Activity> acts =
                    g.activities(LocalDate.of(2024, 3, 1).plusDays(i), Instant.parse("2024-05-01T00:00:00Z"));
            if (!acts.isEmpty()) a = acts.get(0);
        }
        assertThat(a).isNotNull();
        double speed = a.distanceData().summary().distanceMeters()
                / a.activeDurationsData().activitySeconds();
        assertThat(speed).isBetween(0.5, 20.0);
        if (a.movementData() != null && a.movementData().avgSpeedMetersPerSecond() != null)
            assertThat(a.movementData().avgSpeedMetersPerSecond()).isBetween(0.5, 20.0);
    }

    // ------------------------------------------------------------------ the weigh-in: 2024-03-02 08:00 (+01:00)
    // 70 kg, 20 % body fat, 175 cm, lean mass 56 kg, bone mass 3 kg, 36.6 °C, glucose 5.55 mmol/L, SpO2 97 %

    @Test
    void theSameBodyMeasurementHasTheSameUnitsFromEverySource() throws IOException {
        Map<String, JsonNode> sources = new LinkedHashMap<>();
        sources.put("apple-export", tree(only(file("export.xml", appleExport(appleBody())), Body.class)));
        List<String> hk = List.of(
                hkQuantity("w", "BodyMass", 154.32358, "lb", "2024-03-02T08:00", "2024-03-02T08:00"),
                hkQuantity("f", "BodyFatPercentage", 0.2, "%", "2024-03-02T08:00", "2024-03-02T08:00"),
                hkQuantity("h", "Height", 1.75, "m", "2024-03-02T08:00", "2024-03-02T08:00"),
                hkQuantity("l", "LeanBodyMass", 56, "kg", "2024-03-02T08:00", "2024-03-02T08:00"),
                hkQuantity("t", "BodyTemperature", 97.88, "degF", "2024-03-02T08:00", "2024-03-02T08:00"),
                hkQuantity(
                        "g",
                        "BloodGlucose",
                        5.55,
                        "mmol<180.15588000005408>/L",
                        "2024-03-02T08:00",
                        "2024-03-02T08:00"));
        sources.put("healthkit", tree(sdkBody(sdk("APPLE", hk))));
        for (String platform : List.of("HEALTH_CONNECT", "SAMSUNG")) {
            String at = "\"time\":\"2024-03-02T07:00:00Z\",\"zoneOffset\":\"+01:00\"";
            List<String> recs = List.of(
                    hc(platform, "Weight", "w", at + ",\"weight\":{\"inKilograms\":70}"),
                    hc(platform, "BodyFat", "f", at + ",\"percentage\":20"),
                    hc(platform, "Height", "h", at + ",\"height\":{\"inMeters\":1.75}"),
                    hc(platform, "LeanBodyMass", "l", at + ",\"mass\":{\"inKilograms\":56}"),
                    hc(platform, "BoneMass", "b", at + ",\"mass\":{\"inGrams\":3000}"),
                    hc(platform, "BodyTemperature", "t", at + ",\"temperature\":{\"inFahrenheit\":97.88}"),
                    hc(platform, "BloodGlucose", "g", at + ",\"level\":{\"inMillimolesPerLiter\":5.55}"));
            sources.put(platform.toLowerCase(), tree(sdkBody(sdk(platform, recs))));
        }
        sources.put("fit", tree(only(file("weight.fit", fitWeight()), Body.class)));
        sources.put(
                "garmin",
                tree(garmin(
                                "bodyComps",
                                "{\"summaryId\":\"bc\",\"measurementTimeInSeconds\":"
                                        + Instant.parse("2024-03-02T07:00:00Z").getEpochSecond()
                                        + ",\"measurementTimeOffsetInSeconds\":3600,\"weightInGrams\":70000,"
                                        + "\"bodyFatInPercent\":20,\"boneMassInGrams\":3000}")
                        .model()));
        sources.put("google-takeout", tree(only(file("Daily activity metrics.csv", GOOGLE_SUMMARY), Body.class)));

        Map<String, Double> expected = new LinkedHashMap<>();
        expected.put("measurements_data.day_avg_weight_kg", 70.0);
        expected.put("measurements_data.measurements.0.weight_kg", 70.0);
        expected.put("measurements_data.measurements.0.bodyfat_percentage", 20.0);
        expected.put("measurements_data.day_avg_bodyfat_percentage", 20.0);
        expected.put("measurements_data.measurements.0.height_cm", 175.0);
        expected.put("measurements_data.measurements.0.lean_mass_g", 56000.0);
        expected.put("measurements_data.measurements.0.bone_mass_g", 3000.0);
        expected.put("temperature_data.day_avg_body_temperature_celsius", 36.6);
        expected.put("glucose_data.day_avg_blood_glucose_mg_per_dL", 5.55 * 18.015588);
        assertSame(
                sources,
                expected,
                List.of(
                        "measurements_data.day_avg_weight_kg",
                        "measurements_data.measurements.0.bodyfat_percentage",
                        "measurements_data.day_avg_bodyfat_percentage",
                        "measurements_data.measurements.0.height_cm",
                        "measurements_data.measurements.0.lean_mass_g",
                        "measurements_data.measurements.0.bone_mass_g",
                        "temperature_data.day_avg_body_temperature_celsius",
                        "glucose_data.day_avg_blood_glucose_mg_per_dL"));

        // SANDBOX: a percentage for body fat, kg and cm
        SandboxGenerator g = new SandboxGenerator("cross-source");
        Body b = null;
        for (int i = 0; b == null && i < 7; i++)
            b = g.body(LocalDate.of(2024, 3, 1).plusDays(i));
        assertThat(b).isNotNull();
        assertThat(b.measurementsData().dayAvgBodyfatPercentage()).isBetween(2.0, 60.0);
        assertThat(b.measurementsData().dayAvgWeightKg()).isBetween(30.0, 250.0);
        assertThat(b.measurementsData().dayAvgHeightCm()).isBetween(120.0, 230.0);
        assertThat(b.measurementsData().measurements().get(0).boneMassG()).isBetween(500.0, 10_000.0);
    }

    // ------------------------------------------------------------------ comparison

    /**
     * Every source that carries a field has the expected value (so a fraction among percentages, or minutes among
     * seconds, fails); a field is carried by at least two sources, and by all of them unless listed in
     * {@code optional}.
     */
    private static void assertSame(Map<String, JsonNode> sources, Map<String, Double> expected, List<String> optional) {
        for (Map.Entry<String, Double> e : expected.entrySet()) {
            int carried = 0;
            for (Map.Entry<String, JsonNode> s : sources.entrySet()) {
                JsonNode v = at(s.getValue(), e.getKey());
                if (v == null || v.isNull()) {
                    assertThat(optional)
                            .as("%s has no %s", s.getKey(), e.getKey())
                            .contains(e.getKey());
                    continue;
                }
                carried++;
                assertThat(v.asDouble())
                        .as("%s from %s", e.getKey(), s.getKey())
                        .isCloseTo(e.getValue(), within(Math.max(0.051, Math.abs(e.getValue()) * 0.001)));
            }
            assertThat(carried).as("sources carrying %s", e.getKey()).isGreaterThanOrEqualTo(2);
        }
    }

    private static JsonNode at(JsonNode n, String path) {
        for (String p : path.split("\\.")) {
            if (n == null) return null;
            n = p.matches("\\d+") ? n.get(Integer.parseInt(p)) : n.get(p);
        }
        return n;
    }

    private static JsonNode tree(Object model) {
        return JSON.valueToTree(model);
    }

    private static <T> T only(List<TerraDataModel> items, Class<T> type) {
        List<T> found = items.stream().filter(type::isInstance).map(type::cast).toList();
        assertThat(found).as("%s in %s", type.getSimpleName(), items).hasSize(1);
        return found.get(0);
    }

    private List<TerraDataModel> file(String name, byte[] content) throws IOException {
        Path f = Files.write(dir.resolve(System.nanoTime() + "-" + name), content);
        List<TerraDataModel> out = new ArrayList<>();
        new FileParsers(ParseLimits.defaults(), dir).parse(f, name, b -> {}, out::add);
        return out;
    }

    private List<TerraDataModel> file(String name, String content) throws IOException {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    // ------------------------------------------------------------------ mobile SDK

    private List<SdkRecord> sdk(String platform, List<String> records) {
        List<SdkRecord> out = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) out.add(mapper.map(platform, JSON.readTree(records.get(i)), i));
        return out;
    }

    private Daily sdkDaily(List<SdkRecord> recs) {
        return aggregator.daily(
                LocalDate.of(2024, 3, 2),
                recs.stream()
                        .filter(r -> SdkService.DAILY_KINDS.contains(r.kind()) || SdkKinds.HR.equals(r.kind()))
                        .toList());
    }

    private Body sdkBody(List<SdkRecord> recs) {
        return aggregator.body(
                LocalDate.of(2024, 3, 2),
                recs.stream()
                        .filter(r -> SdkService.BODY_KINDS.contains(r.kind()))
                        .toList());
    }

    /** The night's stages start on 1 March up to midnight, then 2 March. */
    private static String dayOf(String hhmm) {
        return hhmm.compareTo("12:00") > 0 ? "2024-03-01T" : "2024-03-02T";
    }

    /** Local +01:00 {@code 2024-03-02T09:00} as a UTC instant. */
    private static String utc(String local) {
        return java.time.LocalDateTime.parse(local).toInstant(java.time.ZoneOffset.ofHours(1)) + "";
    }

    private static String hkQuantity(String id, String type, double value, String unit, String start, String end) {
        return "{\"uuid\":\"" + id + "\",\"type\":\"HKQuantityTypeIdentifier" + type + "\",\"value\":" + value
                + ",\"unit\":\"" + unit + "\",\"startDate\":\"" + start + ":00+01:00\",\"endDate\":\"" + end
                + ":00+01:00\",\"sourceName\":\"Watch\"}";
    }

    private static String hkCategory(String id, String value, String start, String end) {
        return "{\"uuid\":\"" + id + "\",\"type\":\"HKCategoryTypeIdentifierSleepAnalysis\",\"value\":\"" + value
                + "\",\"startDate\":\"" + start + ":00+01:00\",\"endDate\":\"" + end
                + ":00+01:00\",\"sourceName\":\"Watch\"}";
    }

    /** A Health Connect record; Samsung's the same shape with its own names ({@code dataType}, {@code uid}). */
    private static String hc(String platform, String type, String id, String fields) {
        if (platform.equals("SAMSUNG")) return "{\"dataType\":\"" + type + "\",\"uid\":\"" + id + "\"," + fields + "}";
        return "{\"recordType\":\"" + type + "Record\",\"metadata\":{\"id\":\"" + id + "\"}," + fields + "}";
    }

    // ------------------------------------------------------------------ Garmin Health API (the connector's mappers)

    private static MappedRecord garmin(String endpoint, String json) {
        try {
            for (RecordMapper m : new GarminConnector().mappers())
                if (m.endpoint().equals(endpoint))
                    return m.map(JSON.readTree(json)).get(0);
        } catch (ConnectorException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no Garmin mapper for " + endpoint);
    }

    /** The night as a Garmin sleep summary: stage seconds and {@code sleepLevelsMap}. */
    private static String garminNight() {
        long start = NIGHT.getEpochSecond();
        StringBuilder levels = new StringBuilder();
        for (String name : List.of("light", "deep", "rem", "awake")) {
            if (levels.length() > 0) levels.append(',');
            levels.append('"').append(name).append("\":[");
            boolean first = true;
            for (String[] st : STAGES) {
                if (!st[4].equalsIgnoreCase(name)) continue;
                if (!first) levels.append(',');
                first = false;
                levels.append("{\"startTimeInSeconds\":")
                        .append(Instant.parse(utc(dayOf(st[0]) + st[0])).getEpochSecond())
                        .append(",\"endTimeInSeconds\":")
                        .append(Instant.parse(utc(dayOf(st[1]) + st[1])).getEpochSecond())
                        .append('}');
            }
            levels.append(']');
        }
        return "{\"summaryId\":\"night\",\"startTimeInSeconds\":" + start + ",\"startTimeOffsetInSeconds\":3600,"
                + "\"durationInSeconds\":27000,\"deepSleepDurationInSeconds\":5400,"
                + "\"lightSleepDurationInSeconds\":18000,\"remSleepInSeconds\":3600,\"awakeDurationInSeconds\":1800,"
                + "\"sleepLevelsMap\":{" + levels + "},\"timeOffsetSleepRespiration\":{\"10800\":14}}";
    }

    // ------------------------------------------------------------------ Apple Health export

    private static String appleExport(String records) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<HealthData locale=\"en_US\">\n"
                + " <ExportDate value=\"2024-03-03 10:00:00 +0100\"/>\n" + records + "</HealthData>\n";
    }

    private static String appleDate(String isoLocal) {
        return isoLocal.replace('T', ' ') + ":00 +0100";
    }

    private static String appleRecord(String type, String unit, String value, String start, String end) {
        return " <Record type=\"" + type + "\" sourceName=\"Watch\"" + (unit == null ? "" : " unit=\"" + unit + "\"")
                + " value=\"" + value + "\" startDate=\"" + appleDate(start) + "\" endDate=\"" + appleDate(end)
                + "\"/>\n";
    }

    private static String appleQuantity(String type, String unit, double value, String start, String end) {
        return appleRecord("HKQuantityTypeIdentifier" + type, unit, String.valueOf(value), start, end);
    }

    private static String appleNight() {
        StringBuilder x = new StringBuilder(appleRecord(
                "HKCategoryTypeIdentifierSleepAnalysis",
                null,
                "HKCategoryValueSleepAnalysisInBed",
                "2024-03-01T23:00",
                "2024-03-02T07:00"));
        for (String[] s : STAGES)
            x.append(appleRecord(
                    "HKCategoryTypeIdentifierSleepAnalysis",
                    null,
                    "HKCategoryValueSleepAnalysis" + s[2],
                    dayOf(s[0]) + s[0],
                    dayOf(s[1]) + s[1]));
        return x + appleQuantity("RespiratoryRate", "count/min", 14, "2024-03-02T02:00", "2024-03-02T02:00");
    }

    private static String appleDay() {
        return appleQuantity("StepCount", "count", 1500, "2024-03-02T10:00", "2024-03-02T10:15")
                + appleQuantity("DistanceWalkingRunning", "km", 1.2, "2024-03-02T10:00", "2024-03-02T10:15")
                + appleQuantity("ActiveEnergyBurned", "kJ", 1255.2, "2024-03-02T10:00", "2024-03-02T10:15")
                + appleQuantity("BasalEnergyBurned", "kcal", 1600, "2024-03-02T00:00", "2024-03-02T23:59")
                + appleQuantity("AppleExerciseTime", "min", 30, "2024-03-02T10:00", "2024-03-02T10:30")
                + appleQuantity("HeartRate", "count/min", 60, "2024-03-02T12:00", "2024-03-02T12:00")
                + appleQuantity("HeartRate", "count/min", 80, "2024-03-02T12:05", "2024-03-02T12:05")
                + appleQuantity("RestingHeartRate", "count/min", 55, "2024-03-02T12:00", "2024-03-02T12:00")
                + appleQuantity("HeartRateVariabilitySDNN", "ms", 50, "2024-03-02T12:00", "2024-03-02T12:00")
                + appleQuantity("OxygenSaturation", "%", 0.97, "2024-03-02T12:00", "2024-03-02T12:00")
                + appleQuantity("VO2Max", "mL/min·kg", 45, "2024-03-02T12:00", "2024-03-02T12:00");
    }

    private static String appleRun() {
        return " <Workout workoutActivityType=\"HKWorkoutActivityTypeRunning\" duration=\"30\" durationUnit=\"min\""
                + " totalDistance=\"5\" totalDistanceUnit=\"km\" totalEnergyBurned=\"350\""
                + " totalEnergyBurnedUnit=\"kcal\" sourceName=\"Watch\" startDate=\"2024-03-02 09:00:00 +0100\""
                + " endDate=\"2024-03-02 09:30:00 +0100\"/>\n"
                + appleQuantity("HeartRate", "count/min", 140, "2024-03-02T09:10", "2024-03-02T09:10")
                + appleQuantity("HeartRate", "count/min", 160, "2024-03-02T09:20", "2024-03-02T09:20")
                + appleQuantity("RunningSpeed", "km/hr", 10, "2024-03-02T09:15", "2024-03-02T09:15");
    }

    private static String appleBody() {
        String t = "2024-03-02T08:00";
        return appleQuantity("BodyMass", "lb", 154.32358, t, t)
                + appleQuantity("BodyFatPercentage", "%", 0.2, t, t)
                + appleQuantity("Height", "m", 1.75, t, t)
                + appleQuantity("LeanBodyMass", "kg", 56, t, t)
                + appleQuantity("BodyTemperature", "degF", 97.88, t, t)
                + appleQuantity("BloodGlucose", "mmol&lt;180.15588000005408&gt;/L", 5.55, t, t);
    }

    // ------------------------------------------------------------------ FIT (Garmin FIT SDK encoder)

    private static final Instant NIGHT = Instant.parse("2024-03-01T22:00:00Z");
    private static final Instant RUN = Instant.parse("2024-03-02T08:00:00Z");

    private static DateTime dt(Instant t) {
        return new DateTime(Date.from(t));
    }

    private static FileIdMesg fileId(File type, Instant created) {
        FileIdMesg f = new FileIdMesg();
        f.setType(type);
        f.setManufacturer(Manufacturer.GARMIN);
        f.setTimeCreated(dt(created));
        return f;
    }

    private static byte[] encode(List<Mesg> mesgs) {
        BufferEncoder enc = new BufferEncoder(Fit.ProtocolVersion.V2_0);
        for (Mesg m : mesgs) enc.write(m);
        return enc.close();
    }

    /** Sleep levels every 30 minutes: the stages of {@link #STAGES}. */
    private static byte[] fitNight() {
        List<Mesg> m = new ArrayList<>();
        m.add(fileId(File.ACTIVITY_SUMMARY, NIGHT));
        SleepLevel[] blocks = {
            SleepLevel.LIGHT,
            SleepLevel.LIGHT,
            SleepLevel.LIGHT,
            SleepLevel.LIGHT,
            SleepLevel.DEEP,
            SleepLevel.DEEP,
            SleepLevel.DEEP,
            SleepLevel.REM,
            SleepLevel.REM,
            SleepLevel.AWAKE,
            SleepLevel.LIGHT,
            SleepLevel.LIGHT,
            SleepLevel.LIGHT,
            SleepLevel.LIGHT,
            SleepLevel.LIGHT,
            SleepLevel.LIGHT
        };
        for (int i = 0; i < blocks.length; i++) {
            SleepLevelMesg s = new SleepLevelMesg();
            s.setTimestamp(dt(NIGHT.plusSeconds(1800L * i)));
            s.setSleepLevel(blocks[i]);
            m.add(s);
        }
        return encode(m);
    }

    /** 30 minutes, 5 km, 350 kcal, records every minute at 2.778 m/s, HR 150. */
    private static byte[] fitRun() {
        List<Mesg> m = new ArrayList<>();
        m.add(fileId(File.ACTIVITY, RUN));
        for (int k = 0; k <= 30; k++) {
            RecordMesg r = new RecordMesg();
            r.setTimestamp(dt(RUN.plusSeconds(60L * k)));
            r.setHeartRate((short) 150);
            r.setEnhancedSpeed(k == 15 ? (float) (10 / 3.6) : (float) (5000.0 / 1800.0));
            r.setDistance((float) (5000.0 / 30 * k));
            m.add(r);
        }
        SessionMesg s = new SessionMesg();
        s.setTimestamp(dt(RUN.plusSeconds(1800)));
        s.setStartTime(dt(RUN));
        s.setSport(Sport.RUNNING);
        s.setTotalElapsedTime(1800f);
        s.setTotalTimerTime(1800f);
        s.setTotalDistance(5000f);
        s.setTotalCalories(350);
        s.setAvgHeartRate((short) 150);
        s.setEnhancedAvgSpeed((float) (5000.0 / 1800.0));
        s.setEnhancedMaxSpeed((float) (10 / 3.6));
        m.add(s);
        ActivityMesg a = new ActivityMesg();
        a.setTimestamp(dt(RUN.plusSeconds(1800)));
        a.setLocalTimestamp(RUN.plusSeconds(1800).getEpochSecond() - 631065600L + 3600);
        a.setNumSessions(1);
        m.add(a);
        return encode(m);
    }

    private static byte[] fitWeight() {
        List<Mesg> m = new ArrayList<>();
        Instant t = Instant.parse("2024-03-02T07:00:00Z");
        m.add(fileId(File.WEIGHT, t));
        WeightScaleMesg w = new WeightScaleMesg();
        w.setTimestamp(dt(t));
        w.setWeight(70.0f);
        w.setPercentFat(20.0f);
        w.setBoneMass(3.0f);
        m.add(w);
        return encode(m);
    }

    // ------------------------------------------------------------------ GPX, TCX, Google Takeout

    /** 31 points one minute apart going north 5 km in total on the 6 371 008.8 m sphere, HR 150. */
    private static String gpxRun() {
        double step = 5000.0 / 30 / (2 * Math.PI * 6_371_008.8 / 360);
        StringBuilder x = new StringBuilder(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gpx version=\"1.1\""
                        + " creator=\"test\" xmlns=\"http://www.topografix.com/GPX/1/1\""
                        + " xmlns:gpxtpx=\"http://www.garmin.com/xmlschemas/TrackPointExtension/v1\">\n<trk><type>running</type><trkseg>\n");
        for (int k = 0; k <= 30; k++)
            x.append("<trkpt lat=\"")
                    .append(46.0 + step * k)
                    .append("\" lon=\"7.0\"><time>")
                    .append(RUN.plusSeconds(60L * k))
                    .append("</time><extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>150</gpxtpx:hr>")
                    .append("</gpxtpx:TrackPointExtension></extensions></trkpt>\n");
        return x + "</trkseg></trk></gpx>\n";
    }

    private static String tcxRun() {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TrainingCenterDatabase"
                + " xmlns=\"http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2\"><Activities>"
                + "<Activity Sport=\"Running\"><Id>2024-03-02T08:00:00.000Z</Id>"
                + "<Lap StartTime=\"2024-03-02T08:00:00.000Z\"><TotalTimeSeconds>1800.0</TotalTimeSeconds>"
                + "<DistanceMeters>5000.0</DistanceMeters><MaximumSpeed>2.7778</MaximumSpeed><Calories>350</Calories>"
                + "<AverageHeartRateBpm><Value>150</Value></AverageHeartRateBpm><Intensity>Active</Intensity>"
                + "<TriggerMethod>Manual</TriggerMethod><Track>");
        for (int k = 0; k <= 30; k += 10)
            x.append("<Trackpoint><Time>")
                    .append(RUN.plusSeconds(60L * k))
                    .append("</Time><DistanceMeters>")
                    .append(5000.0 / 30 * k)
                    .append("</DistanceMeters><HeartRateBpm><Value>150</Value></HeartRateBpm></Trackpoint>");
        return x + "</Track></Lap></Activity></Activities></TrainingCenterDatabase>\n";
    }

    private static final String GOOGLE_DAY = """
            Start time,End time,Move Minutes count,Calories (kcal),Distance (m),Average heart rate (bpm),Max heart rate (bpm),Min heart rate (bpm),Step count
            10:00:00.000+01:00,10:15:00.000+01:00,15,1000,1200,,,,1500
            10:15:00.000+01:00,10:30:00.000+01:00,15,900,,,,,
            12:00:00.000+01:00,12:15:00.000+01:00,,,,60,60,60,
            12:15:00.000+01:00,12:30:00.000+01:00,,,,80,80,80,
            """;

    private static final String GOOGLE_SUMMARY = """
            Date,Move Minutes count,Calories (kcal),Distance (m),Step count,Average weight (kg),Max weight (kg),Min weight (kg)
            2024-03-02,30,1900,1200,1500,70,70,70
            """;

    private static final String GOOGLE_RUN = """
            {"fitnessActivity":"running","startTime":"2024-03-02T08:00:00.000Z","endTime":"2024-03-02T08:30:00.000Z",
             "duration":"1800.000s","segment":[{"fitnessActivity":"running","startTime":"2024-03-02T08:00:00.000Z","endTime":"2024-03-02T08:30:00.000Z"}],
             "aggregate":[{"metricName":"com.google.calories.expended","floatValue":350},
                          {"metricName":"com.google.distance.delta","floatValue":5000},
                          {"metricName":"com.google.heart_rate.summary","floatValue":150.0}]}
            """;
}
