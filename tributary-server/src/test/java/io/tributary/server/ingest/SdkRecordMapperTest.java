package io.tributary.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.server.storage.SdkStore.SdkRecord;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class SdkRecordMapperTest {
    private final JsonMapper json = JsonMapper.builder().build();
    private final SdkRecordMapper mapper = new SdkRecordMapper(json);

    private SdkRecord map(String platform, String record) {
        return mapper.map(platform, json.readTree(record), 0);
    }

    @Test
    void healthKitExportDateFormatAndUnits() {
        SdkRecord r = map(
                "APPLE",
                "{\"uuid\":\"u\",\"type\":\"HKQuantityTypeIdentifierBodyMass\",\"value\":154,\"unit\":\"lb\","
                        + "\"startDate\":\"2026-01-01 23:30:00 -0500\",\"endDate\":\"2026-01-01 23:30:00 -0500\"}");
        assertThat(r.kind()).isEqualTo(SdkKinds.WEIGHT);
        assertThat(r.value()).isCloseTo(69.853, org.assertj.core.data.Offset.offset(0.001));
        assertThat(r.offsetSeconds()).isEqualTo(-5 * 3600);
        assertThat(r.localDate()).isEqualTo(LocalDate.of(2026, 1, 1)); // local day, not the UTC day (Jan 2)
        assertThat(r.start()).isEqualTo(Instant.parse("2026-01-02T04:30:00Z"));
        SdkRecord d = map(
                "APPLE",
                "{\"uuid\":\"d\",\"type\":\"HKQuantityTypeIdentifierDistanceCycling\",\"value\":2,\"unit\":\"mi\","
                        + "\"startDate\":\"2026-01-01T10:00:00Z\"}");
        assertThat(d.value()).isEqualTo(3218.688);
    }

    @Test
    void sleepStagesAndWorkoutTypes() {
        assertThat(map(
                                "APPLE",
                                "{\"uuid\":\"s\",\"type\":\"HKCategoryTypeIdentifierSleepAnalysis\",\"value\":4,"
                                        + "\"startDate\":\"2026-01-01T01:00:00Z\",\"endDate\":\"2026-01-01T02:00:00Z\"}")
                        .value())
                .isEqualTo(5.0); // Terra DEEP_SLEEP
        assertThat(map(
                                "APPLE",
                                "{\"uuid\":\"s\",\"type\":\"HKCategoryTypeIdentifierSleepAnalysis\","
                                        + "\"value\":\"HKCategoryValueSleepAnalysisAsleepREM\",\"startDate\":\"2026-01-01T01:00:00Z\"}")
                        .value())
                .isEqualTo(6.0); // Terra REM_SLEEP
        SdkRecord w = map(
                "APPLE",
                "{\"uuid\":\"w\",\"type\":\"HKWorkout\",\"workoutActivityType\":52,\"duration\":600,"
                        + "\"startDate\":\"2026-01-01T10:00:00Z\",\"endDate\":\"2026-01-01T10:10:00Z\"}");
        assertThat(w.extraJson()).contains("\"activity_type\":7");
        SdkRecord e = map(
                "HEALTH_CONNECT",
                "{\"recordType\":\"ExerciseSessionRecord\",\"metadata\":{\"id\":\"x\"},\"exerciseType\":\"EXERCISE_TYPE_RUNNING\","
                        + "\"startTime\":1767261600000,\"endTime\":1767263400000,\"startZoneOffset\":3600}");
        assertThat(e.extraJson()).contains("\"activity_type\":8").contains("\"duration_s\":1800.0");
        assertThat(e.offsetSeconds()).isEqualTo(3600);
    }

    @Test
    void samsungUsesHealthConnectShapesWithUidAndDataType() {
        SdkRecord r = map(
                "SAMSUNG",
                "{\"dataType\":\"Steps\",\"uid\":\"sam-1\",\"startTime\":\"2026-01-01T10:00:00Z\","
                        + "\"endTime\":\"2026-01-01T11:00:00Z\",\"startZoneOffset\":\"+09:00\",\"count\":99}");
        assertThat(r.recordId()).isEqualTo("sam-1");
        assertThat(r.kind()).isEqualTo(SdkKinds.STEPS);
        assertThat(r.value()).isEqualTo(99.0);
        assertThat(r.localDate()).isEqualTo(LocalDate.of(2026, 1, 1));
        SdkRecord unknown = map(
                "HEALTH_CONNECT",
                "{\"recordType\":\"MindfulnessSession\",\"metadata\":{\"id\":\"v\"},\"startTime\":\"2026-01-01T10:00:00Z\","
                        + "\"endTime\":\"2026-01-01T10:10:00Z\"}");
        assertThat(unknown.kind()).isEqualTo(SdkKinds.IGNORED);
    }

    @Test
    void workoutSamplesAndRespiratoryRateAreMappedInTerraUnits() {
        SdkRecord speed = map(
                "HEALTH_CONNECT",
                "{\"recordType\":\"SpeedRecord\",\"metadata\":{\"id\":\"s\"},\"startTime\":\"2026-01-01T10:00:00Z\","
                        + "\"endTime\":\"2026-01-01T10:02:00Z\",\"startZoneOffset\":\"+01:00\",\"samples\":["
                        + "{\"time\":\"2026-01-01T10:00:00Z\",\"speed\":{\"inMetersPerSecond\":3.5}},"
                        + "{\"time\":\"2026-01-01T10:01:00Z\",\"speed\":{\"inKilometersPerHour\":18}}]}");
        assertThat(speed.kind()).isEqualTo(SdkKinds.SPEED);
        assertThat(speed.extraJson()).contains("[1767261600000,3.5]").contains("[1767261660000,5.0]");
        SdkRecord power = map(
                "HEALTH_CONNECT",
                "{\"recordType\":\"Power\",\"metadata\":{\"id\":\"p\"},\"startTime\":\"2026-01-01T10:00:00Z\","
                        + "\"endTime\":\"2026-01-01T10:02:00Z\",\"samples\":["
                        + "{\"time\":\"2026-01-01T10:00:00Z\",\"power\":{\"inWatts\":210}}]}");
        assertThat(power.kind()).isEqualTo(SdkKinds.POWER);
        assertThat(power.extraJson()).contains("[1767261600000,210.0]");
        SdkRecord pedal = map(
                "HEALTH_CONNECT",
                "{\"recordType\":\"CyclingPedalingCadence\",\"metadata\":{\"id\":\"c\"},"
                        + "\"startTime\":\"2026-01-01T10:00:00Z\",\"endTime\":\"2026-01-01T10:02:00Z\",\"samples\":["
                        + "{\"time\":\"2026-01-01T10:00:00Z\",\"revolutionsPerMinute\":88}]}");
        assertThat(pedal.kind()).isEqualTo(SdkKinds.CADENCE);
        SdkRecord steps = map(
                "HEALTH_CONNECT",
                "{\"recordType\":\"StepsCadence\",\"metadata\":{\"id\":\"sc\"},"
                        + "\"startTime\":\"2026-01-01T10:00:00Z\",\"endTime\":\"2026-01-01T10:02:00Z\",\"samples\":["
                        + "{\"time\":\"2026-01-01T10:00:00Z\",\"rate\":170}]}");
        assertThat(steps.kind()).isEqualTo(SdkKinds.CADENCE);
        assertThat(steps.extraJson()).contains("[1767261600000,170.0]");
        SdkRecord resp = map(
                "HEALTH_CONNECT",
                "{\"recordType\":\"RespiratoryRate\",\"metadata\":{\"id\":\"r\"},\"time\":\"2026-01-01T03:00:00Z\","
                        + "\"rate\":13.5}");
        assertThat(resp.kind()).isEqualTo(SdkKinds.RESP_RATE);
        assertThat(resp.value()).isEqualTo(13.5);
        SdkRecord hk = map(
                "APPLE",
                "{\"uuid\":\"k\",\"type\":\"HKQuantityTypeIdentifierRunningSpeed\",\"value\":9,\"unit\":\"km/hr\","
                        + "\"startDate\":\"2026-01-01T10:00:00+01:00\",\"endDate\":\"2026-01-01T10:00:05+01:00\"}");
        assertThat(hk.kind()).isEqualTo(SdkKinds.SPEED);
        assertThat(hk.value()).isEqualTo(2.5);
        SdkRecord hkResp = map(
                "APPLE",
                "{\"uuid\":\"q\",\"type\":\"HKQuantityTypeIdentifierRespiratoryRate\",\"value\":0.25,"
                        + "\"unit\":\"count/s\",\"startDate\":\"2026-01-01T03:00:00+01:00\"}");
        assertThat(hkResp.kind()).isEqualTo(SdkKinds.RESP_RATE);
        assertThat(hkResp.value()).isEqualTo(15.0);
        assertThatThrownBy(
                        () -> map(
                                "HEALTH_CONNECT",
                                "{\"recordType\":\"Speed\",\"metadata\":{\"id\":\"s\"},\"startTime\":\"2026-01-01T10:00:00Z\","
                                        + "\"endTime\":\"2026-01-01T10:02:00Z\",\"samples\":[{\"time\":\"2026-01-01T10:00:00Z\"}]}"))
                .isInstanceOf(SdkRecordException.class)
                .hasMessageContaining("samples[0].speed");
    }

    @Test
    void errorsNameTheField() {
        assertThatThrownBy(() ->
                        map("HEALTH_CONNECT", "{\"recordType\":\"Steps\",\"startTime\":\"2026-01-01T10:00:00Z\"}"))
                .isInstanceOf(SdkRecordException.class)
                .hasMessageContaining("records[0].metadata.id");
        assertThatThrownBy(() -> map(
                        "HEALTH_CONNECT",
                        "{\"recordType\":\"Steps\",\"metadata\":{\"id\":\"a\"},\"startTime\":\"2026-01-01T10:00:00Z\","
                                + "\"startZoneOffset\":\"+99:00\",\"count\":1}"))
                .isInstanceOf(SdkRecordException.class)
                .hasMessageContaining("records[0].startZoneOffset");
        assertThatThrownBy(() -> map("APPLE", "[1]")).isInstanceOf(SdkRecordException.class);
    }
}
