package io.tributary.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.tributary.model.Activity;
import io.tributary.model.Sleep;
import io.tributary.model.TerraDataModel;
import io.tributary.model.nested.BreathSample;
import io.tributary.model.nested.BreathsData;
import io.tributary.model.nested.CadenceSample;
import io.tributary.model.nested.HeartRateDataSample;
import io.tributary.model.nested.PowerSample;
import io.tributary.model.nested.SpeedSample;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Respiratory rate (into the night's {@code respiration_data}) and power, speed and cadence records (into the
 * overlapping workout's samples) of an Apple Health export.
 */
class AppleHealthSamplesTest {
    @TempDir
    Path dir;

    private static String rec(String type, String unit, String at, String value) {
        return "<Record type=\"HKQuantityTypeIdentifier" + type + "\" sourceName=\"Apple Watch\" unit=\"" + unit
                + "\" startDate=\"" + at + "\" endDate=\"" + at + "\" value=\"" + value + "\"/>\n";
    }

    private static String sleep(String from, String to, String stage) {
        return "<Record type=\"HKCategoryTypeIdentifierSleepAnalysis\" sourceName=\"Apple Watch\""
                + " startDate=\"" + from + "\" endDate=\"" + to + "\" value=\"HKCategoryValueSleepAnalysis" + stage
                + "\"/>\n";
    }

    private static String workout(String type, String from, String to, String extraAttrs) {
        return "<Workout workoutActivityType=\"HKWorkoutActivityType" + type + "\" duration=\"60\""
                + " durationUnit=\"min\" sourceName=\"Apple Watch\" startDate=\"" + from + "\" endDate=\"" + to
                + "\"" + extraAttrs + "/>\n";
    }

    private static String export(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<HealthData locale=\"en_US\">\n"
                + " <ExportDate value=\"2025-03-20 09:00:00 +0100\"/>\n" + body + "</HealthData>\n";
    }

    private static <T> List<T> all(List<TerraDataModel> items, Class<T> type) {
        return items.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void respiratoryRateInsideTheNightBecomesItsBreathsData() {
        String body = sleep("2025-03-09 23:00:00 +0100", "2025-03-10 03:00:00 +0100", "AsleepCore")
                + sleep("2025-03-10 03:00:00 +0100", "2025-03-10 07:00:00 +0100", "AsleepDeep")
                + rec("RespiratoryRate", "count/min", "2025-03-09 22:30:00 +0100", "20") // before bed
                + rec("RespiratoryRate", "count/min", "2025-03-10 01:00:00 +0100", "14")
                + rec("RespiratoryRate", "count/min", "2025-03-10 03:00:00 +0100", "12.5")
                + rec("RespiratoryRate", "count/s", "2025-03-10 05:00:00 +0100", "0.3") // 18 per minute
                + rec("RespiratoryRate", "count/min", "2025-03-10 07:30:00 +0100", "22"); // after waking
        Sleep s = Fixtures.only(Fixtures.parse(dir, "export.xml", export(body)), Sleep.class);
        BreathsData b = s.respirationData().breathsData();
        assertThat(b.samples())
                .extracting(BreathSample::timestamp, BreathSample::breathsPerMin)
                .containsExactly(
                        tuple("2025-03-10T01:00:00.000000+01:00", 14.0),
                        tuple("2025-03-10T03:00:00.000000+01:00", 12.5),
                        tuple("2025-03-10T05:00:00.000000+01:00", 18.0));
        assertThat(b.avgBreathsPerMin()).isEqualTo(14.833);
        assertThat(b.minBreathsPerMin()).isEqualTo(12.5);
        assertThat(b.maxBreathsPerMin()).isEqualTo(18.0);
        assertThat(b.startTime()).isEqualTo("2025-03-09T23:00:00.000000+01:00");
        assertThat(b.endTime()).isEqualTo("2025-03-10T07:00:00.000000+01:00");
    }

    @Test
    void aNightWithoutRespiratoryRateHasNoRespirationData() {
        String body = sleep("2025-03-09 23:00:00 +0100", "2025-03-10 07:00:00 +0100", "AsleepCore")
                + rec("RespiratoryRate", "count/min", "2025-03-10 12:00:00 +0100", "15");
        Sleep s = Fixtures.only(Fixtures.parse(dir, "export.xml", export(body)), Sleep.class);
        assertThat(s.respirationData()).isNull();
    }

    @Test
    void powerSpeedAndCadenceInsideTheRideBecomeItsSamples() {
        String body = workout("Cycling", "2025-03-10 10:00:00 +0100", "2025-03-10 11:00:00 +0100", "")
                + rec("CyclingPower", "W", "2025-03-10 09:55:00 +0100", "300") // before
                + rec("CyclingPower", "W", "2025-03-10 10:10:00 +0100", "200")
                + rec("CyclingPower", "W", "2025-03-10 10:40:00 +0100", "250")
                + rec("CyclingPower", "W", "2025-03-10 11:05:00 +0100", "400") // after
                + rec("CyclingSpeed", "km/hr", "2025-03-10 10:15:00 +0100", "36") // 10 m/s
                + rec("CyclingSpeed", "m/s", "2025-03-10 10:45:00 +0100", "8.5")
                + rec("CyclingSpeed", "km/hr", "2025-03-10 11:10:00 +0100", "50") // after
                + rec("CyclingCadence", "count/min", "2025-03-10 09:00:00 +0100", "60") // before
                + rec("CyclingCadence", "count/min", "2025-03-10 10:20:00 +0100", "85")
                + rec("CyclingCadence", "count/min", "2025-03-10 10:50:00 +0100", "95");
        Activity a = Fixtures.only(Fixtures.parse(dir, "export.xml", export(body)), Activity.class);
        assertThat(a.powerData().powerSamples())
                .extracting(PowerSample::timestamp, PowerSample::watts)
                .containsExactly(
                        tuple("2025-03-10T10:10:00.000000+01:00", 200.0),
                        tuple("2025-03-10T10:40:00.000000+01:00", 250.0));
        assertThat(a.powerData().avgWatts()).isEqualTo(225.0);
        assertThat(a.powerData().maxWatts()).isEqualTo(250.0);
        assertThat(a.movementData().speedSamples())
                .extracting(SpeedSample::timestamp, SpeedSample::speedMetersPerSecond)
                .containsExactly(
                        tuple("2025-03-10T10:15:00.000000+01:00", 10.0),
                        tuple("2025-03-10T10:45:00.000000+01:00", 8.5));
        assertThat(a.movementData().maxSpeedMetersPerSecond()).isEqualTo(10.0);
        assertThat(a.movementData().avgSpeedMetersPerSecond()).isEqualTo(9.25); // no distance: mean of readings
        assertThat(a.movementData().cadenceSamples())
                .extracting(CadenceSample::cadenceRpm)
                .containsExactly(85.0, 95.0);
        assertThat(a.movementData().avgCadenceRpm()).isEqualTo(90.0);
        assertThat(a.movementData().maxCadenceRpm()).isEqualTo(95.0);
    }

    @Test
    void runningPowerAndSpeedInMilesPerHourAndADeclaredDistanceKeepsItsAverage() {
        // 10 km in 60 min: the average speed comes from the declared distance, the maximum from the readings
        String body = workout(
                        "Running",
                        "2025-03-11 07:00:00 +0100",
                        "2025-03-11 08:00:00 +0100",
                        " totalDistance=\"10\" totalDistanceUnit=\"km\"")
                + rec("RunningSpeed", "mi/hr", "2025-03-11 07:30:00 +0100", "6") // 2.68224 m/s
                + rec("WalkingSpeed", "km/hr", "2025-03-11 07:40:00 +0100", "5.4") // 1.5 m/s
                + rec("RunningPower", "W", "2025-03-11 07:35:00 +0100", "280");
        Activity a = Fixtures.only(Fixtures.parse(dir, "export.xml", export(body)), Activity.class);
        assertThat(a.movementData().speedSamples())
                .extracting(SpeedSample::speedMetersPerSecond)
                .containsExactly(6 * 1609.344 / 3600.0, 5.4 * 1000 / 3600.0);
        assertThat(a.movementData().avgSpeedMetersPerSecond()).isEqualTo(2.778);
        assertThat(a.movementData().maxSpeedMetersPerSecond()).isEqualTo(6 * 1609.344 / 3600.0);
        assertThat(a.powerData().powerSamples()).extracting(PowerSample::watts).containsExactly(280.0);
    }

    @Test
    void samplesOfARideAcrossAMonthBoundaryComeFromBothMonthsAndEachWorkoutKeepsItsOwn() {
        String body = workout("Cycling", "2025-02-28 23:30:00 +0100", "2025-03-01 00:30:00 +0100", "")
                + workout("Cycling", "2025-03-01 09:00:00 +0100", "2025-03-01 09:30:00 +0100", "")
                + rec("CyclingPower", "W", "2025-02-28 23:45:00 +0100", "180")
                + rec("CyclingPower", "W", "2025-03-01 00:15:00 +0100", "190")
                + rec("CyclingPower", "W", "2025-03-01 09:10:00 +0100", "210");
        List<Activity> acts = all(Fixtures.parse(dir, "export.xml", export(body)), Activity.class).stream()
                .sorted(Comparator.comparing(x -> x.metadata().startTime()))
                .toList();
        assertThat(acts).hasSize(2);
        assertThat(acts.get(0).powerData().powerSamples())
                .extracting(PowerSample::watts)
                .containsExactly(180.0, 190.0);
        assertThat(acts.get(1).powerData().powerSamples())
                .extracting(PowerSample::watts)
                .containsExactly(210.0);
    }

    @Test
    void alternatingSeriesAreThinnedEachOnItsOwn() {
        // heart rate and speed readings alternate; one stride over all points would keep only heart rate
        StringBuilder body =
                new StringBuilder(workout("Running", "2025-03-12 07:00:00 +0100", "2025-03-12 08:00:00 +0100", ""));
        for (int i = 0; i < 40; i++) {
            String at = String.format("2025-03-12 07:%02d:00 +0100", i);
            String at2 = String.format("2025-03-12 07:%02d:30 +0100", i);
            body.append(rec("HeartRate", "count/min", at, String.valueOf(100 + i)));
            body.append(rec("RunningSpeed", "m/s", at2, String.format(Locale.ROOT, "%.2f", 3 + i / 100.0)));
        }
        FileParsers parsers = new FileParsers(
                new ParseLimits(
                        50 * ParseLimits.MIB, 2048 * ParseLimits.MIB, 100, 16384 * ParseLimits.MIB, 100, 10, 64),
                dir);
        Activity a = Fixtures.only(
                Fixtures.parse(dir, "export.xml", export(body.toString()).getBytes(StandardCharsets.UTF_8), parsers),
                Activity.class);
        assertThat(a.heartRateData().detailed().hrSamples())
                .extracting(HeartRateDataSample::bpm)
                .containsExactly(100.0, 104.0, 108.0, 112.0, 116.0, 120.0, 124.0, 128.0, 132.0, 136.0);
        assertThat(a.movementData().speedSamples())
                .extracting(SpeedSample::speedMetersPerSecond)
                .containsExactly(3.0, 3.04, 3.08, 3.12, 3.16, 3.2, 3.24, 3.28, 3.32, 3.36);
        assertThat(a.movementData().maxSpeedMetersPerSecond()).isEqualTo(3.39); // from every reading
    }
}
