package io.tributary.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.server.account.DeveloperCredentials.EnvironmentCredentials;
import io.tributary.server.support.TestHttp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Respiratory rate goes into the sleep session it falls inside ({@code respiration_data.breaths_data}); speed,
 * power and cadence samples into the workout they fall inside ({@code movement_data}, {@code power_data}). The
 * samples arrive after the session/workout, so the stored session/workout must be rebuilt when they come.
 */
class SdkWorkoutSleepSamplesIT extends SdkIntegrationTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static String series(String field, String... timeValue) {
        StringBuilder b = new StringBuilder("\"startTime\":\"" + timeValue[0] + "\",\"endTime\":\""
                + timeValue[timeValue.length - 2] + "\",\"startZoneOffset\":\"+02:00\",\"samples\":[");
        for (int k = 0; k < timeValue.length; k += 2) {
            if (k > 0) b.append(',');
            b.append("{\"time\":\"")
                    .append(timeValue[k])
                    .append("\",\"")
                    .append(field)
                    .append("\":");
            b.append(timeValue[k + 1]).append('}');
        }
        return b.append(']').toString();
    }

    private TestHttp.Response send(String secret, String records) {
        return http().withHeader("Authorization", "Bearer " + secret)
                .post("/v2/sdk/records", "{\"records\":[" + records + "]}");
    }

    @Test
    void healthConnectSamplesReachTheSessionAndTheExerciseTheyFallInside() {
        EnvironmentCredentials env = env(newDeveloper(), "testing");
        TestHttp api = as(env);
        String[] c = connect(api, "HEALTH_CONNECT");
        String first = hc(
                        "SleepSession",
                        "s1",
                        "\"startTime\":\"2026-07-03T21:00:00Z\",\"endTime\":\"2026-07-04T05:00:00Z\","
                                + "\"startZoneOffset\":\"+02:00\",\"stages\":[{\"startTime\":\"2026-07-03T21:00:00Z\","
                                + "\"endTime\":\"2026-07-04T05:00:00Z\",\"stage\":4}]")
                + ","
                + hc(
                        "ExerciseSession",
                        "e1",
                        "\"startTime\":\"2026-07-04T16:00:00Z\",\"endTime\":\"2026-07-04T17:00:00Z\","
                                + "\"startZoneOffset\":\"+02:00\",\"exerciseType\":8,"
                                + "\"totalDistance\":{\"inKilometers\":30}");
        assertThat(send(c[1], first).status()).isEqualTo(200);
        String resp = "\"zoneOffset\":\"+02:00\",\"rate\":";
        TestHttp.Response r = send(
                c[1],
                hc("RespiratoryRate", "r0", "\"time\":\"2026-07-03T20:30:00Z\"," + resp + "19") + "," // before bed
                        + hc("RespiratoryRate", "r1", "\"time\":\"2026-07-03T23:00:00Z\"," + resp + "14") + ","
                        + hc("RespiratoryRate", "r2", "\"time\":\"2026-07-04T02:00:00Z\"," + resp + "16.5") + ","
                        + hc(
                                "Speed",
                                "sp",
                                series(
                                        "speed",
                                        "2026-07-04T15:59:00Z", // before the ride
                                        "{\"inMetersPerSecond\":5}",
                                        "2026-07-04T16:10:00Z",
                                        "{\"inMetersPerSecond\":8}",
                                        "2026-07-04T16:40:00Z",
                                        "{\"inKilometersPerHour\":36}"))
                        + ","
                        + hc(
                                "Power",
                                "pw",
                                series(
                                        "power",
                                        "2026-07-04T16:10:00Z",
                                        "{\"inWatts\":200}",
                                        "2026-07-04T16:40:00Z",
                                        "{\"inWatts\":260}"))
                        + ","
                        + hc(
                                "CyclingPedalingCadence",
                                "cd",
                                series(
                                        "revolutionsPerMinute",
                                        "2026-07-04T16:10:00Z",
                                        "80",
                                        "2026-07-04T16:40:00Z",
                                        "90",
                                        "2026-07-04T17:05:00Z", // after the ride
                                        "50")));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("accepted").asInt()).isEqualTo(6);
        assertThat(r.json().get("ignored").asInt()).isZero();

        JsonNode breaths = one(api, "sleep", c[0], "2026-07-03", "2026-07-05")
                .get("respiration_data")
                .get("breaths_data");
        assertThat(breaths.get("samples"))
                .isEqualTo(json("[{\"timestamp\":\"2026-07-04T01:00:00.000000+02:00\",\"breaths_per_min\":14.0},"
                        + "{\"timestamp\":\"2026-07-04T04:00:00.000000+02:00\",\"breaths_per_min\":16.5}]"));
        assertThat(breaths.get("avg_breaths_per_min").asDouble()).isEqualTo(15.25);
        assertThat(breaths.get("min_breaths_per_min").asDouble()).isEqualTo(14.0);
        assertThat(breaths.get("max_breaths_per_min").asDouble()).isEqualTo(16.5);
        assertThat(breaths.get("start_time").asString()).isEqualTo("2026-07-03T23:00:00.000000+02:00");
        assertThat(breaths.get("end_time").asString()).isEqualTo("2026-07-04T07:00:00.000000+02:00");

        JsonNode act = one(api, "activity", c[0], "2026-07-04", "2026-07-05");
        JsonNode mv = act.get("movement_data");
        assertThat(mv.get("speed_samples"))
                .isEqualTo(json("[{\"timestamp\":\"2026-07-04T18:10:00.000000+02:00\",\"speed_meters_per_second\":8.0},"
                        + "{\"timestamp\":\"2026-07-04T18:40:00.000000+02:00\",\"speed_meters_per_second\":10.0}]"));
        assertThat(mv.get("avg_speed_meters_per_second").asDouble()).isEqualTo(8.333); // 30 km in an hour
        assertThat(mv.get("max_speed_meters_per_second").asDouble()).isEqualTo(10.0);
        assertThat(mv.get("cadence_samples"))
                .isEqualTo(json("[{\"timestamp\":\"2026-07-04T18:10:00.000000+02:00\",\"cadence_rpm\":80.0},"
                        + "{\"timestamp\":\"2026-07-04T18:40:00.000000+02:00\",\"cadence_rpm\":90.0}]"));
        assertThat(mv.get("avg_cadence_rpm").asDouble()).isEqualTo(85.0);
        assertThat(mv.get("max_cadence_rpm").asDouble()).isEqualTo(90.0);
        JsonNode pw = act.get("power_data");
        assertThat(pw.get("power_samples"))
                .isEqualTo(json("[{\"timestamp\":\"2026-07-04T18:10:00.000000+02:00\",\"watts\":200.0},"
                        + "{\"timestamp\":\"2026-07-04T18:40:00.000000+02:00\",\"watts\":260.0}]"));
        assertThat(pw.get("avg_watts").asDouble()).isEqualTo(230.0);
        assertThat(pw.get("max_watts").asDouble()).isEqualTo(260.0);

        // a deleted reading leaves the night and a deleted series leaves the ride
        TestHttp.Response d = http().withHeader("Authorization", "Bearer " + c[1])
                .post("/v2/sdk/records", "{\"deleted\":[\"r1\",\"pw\"]}");
        assertThat(d.status()).as(d.body()).isEqualTo(200);
        JsonNode after = one(api, "sleep", c[0], "2026-07-03", "2026-07-05")
                .get("respiration_data")
                .get("breaths_data");
        assertThat(after.get("samples").size()).isEqualTo(1);
        assertThat(after.get("avg_breaths_per_min").asDouble()).isEqualTo(16.5);
        assertThat(one(api, "activity", c[0], "2026-07-04", "2026-07-05").has("power_data"))
                .isFalse();
    }

    @Test
    void healthKitSamplesReachTheNightAndTheWorkoutTheyFallInside() {
        EnvironmentCredentials env = env(newDeveloper(), "testing");
        TestHttp api = as(env);
        String[] c = connect(api, "APPLE");
        String records = "{\"uuid\":\"sl\",\"type\":\"HKCategoryTypeIdentifierSleepAnalysis\",\"value\":\"asleepCore\","
                + "\"startDate\":\"2026-07-05T23:00:00+02:00\",\"endDate\":\"2026-07-06T06:00:00+02:00\"},"
                + "{\"uuid\":\"w\",\"type\":\"HKWorkout\",\"workoutActivityType\":\"HKWorkoutActivityTypeRunning\","
                + "\"duration\":1800,\"startDate\":\"2026-07-06T08:00:00+02:00\",\"endDate\":\"2026-07-06T08:30:00+02:00\"},"
                + hk("q1", "RespiratoryRate", "count/min", "13", "2026-07-06T02:00:00+02:00") + ","
                + hk("q2", "RespiratoryRate", "count/s", "0.25", "2026-07-06T04:00:00+02:00") + "," // 15 per minute
                + hk("q3", "RespiratoryRate", "count/min", "20", "2026-07-06T07:00:00+02:00") + "," // awake
                + hk("v1", "RunningSpeed", "km/hr", "10.8", "2026-07-06T08:10:00+02:00") + "," // 3 m/s
                + hk("v2", "RunningSpeed", "m/s", "3.5", "2026-07-06T08:20:00+02:00") + ","
                + hk("v3", "RunningSpeed", "m/s", "9", "2026-07-06T08:45:00+02:00") + "," // after
                + hk("p1", "RunningPower", "W", "250", "2026-07-06T08:15:00+02:00");
        TestHttp.Response r = send(c[1], records);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("accepted").asInt()).isEqualTo(9);
        assertThat(r.json().get("ignored").asInt()).isZero();

        JsonNode breaths = one(api, "sleep", c[0], "2026-07-05", "2026-07-07")
                .get("respiration_data")
                .get("breaths_data");
        assertThat(breaths.get("samples"))
                .isEqualTo(json("[{\"timestamp\":\"2026-07-06T02:00:00.000000+02:00\",\"breaths_per_min\":13.0},"
                        + "{\"timestamp\":\"2026-07-06T04:00:00.000000+02:00\",\"breaths_per_min\":15.0}]"));
        assertThat(breaths.get("avg_breaths_per_min").asDouble()).isEqualTo(14.0);

        JsonNode act = one(api, "activity", c[0], "2026-07-06", "2026-07-07");
        assertThat(act.get("movement_data").get("speed_samples"))
                .isEqualTo(json("[{\"timestamp\":\"2026-07-06T08:10:00.000000+02:00\",\"speed_meters_per_second\":3.0},"
                        + "{\"timestamp\":\"2026-07-06T08:20:00.000000+02:00\",\"speed_meters_per_second\":3.5}]"));
        assertThat(act.get("movement_data").get("avg_speed_meters_per_second").asDouble())
                .isEqualTo(3.25); // no distance: the readings' mean
        assertThat(act.get("movement_data").get("max_speed_meters_per_second").asDouble())
                .isEqualTo(3.5);
        assertThat(act.get("power_data").get("power_samples"))
                .isEqualTo(json("[{\"timestamp\":\"2026-07-06T08:15:00.000000+02:00\",\"watts\":250.0}]"));
    }

    /** Expected JSON as a tree: equal whatever the order of the properties. */
    private static JsonNode json(String s) {
        return JSON.readTree(s);
    }

    private static String hk(String uuid, String type, String unit, String value, String at) {
        return "{\"uuid\":\"" + uuid + "\",\"type\":\"HKQuantityTypeIdentifier" + type + "\",\"value\":" + value
                + ",\"unit\":\"" + unit + "\",\"startDate\":\"" + at + "\",\"endDate\":\"" + at + "\"}";
    }
}
