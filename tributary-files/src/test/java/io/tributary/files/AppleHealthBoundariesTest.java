package io.tributary.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tributary.model.Activity;
import io.tributary.model.Daily;
import io.tributary.model.Sleep;
import io.tributary.model.TerraDataModel;
import io.tributary.model.nested.HeartRateDataSample;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workouts, daily totals and sleep that cross a day, month or year boundary (issue #7, known gaps). */
class AppleHealthBoundariesTest {
    @TempDir
    Path dir;

    private static String hr(String at, int bpm) {
        return "<Record type=\"HKQuantityTypeIdentifierHeartRate\" sourceName=\"Apple Watch\" unit=\"count/min\""
                + " startDate=\"" + at + "\" endDate=\"" + at + "\" value=\"" + bpm + "\"/>\n";
    }

    private static String steps(String from, String to, int n) {
        return "<Record type=\"HKQuantityTypeIdentifierStepCount\" sourceName=\"iPhone\" unit=\"count\""
                + " startDate=\"" + from + "\" endDate=\"" + to + "\" value=\"" + n + "\"/>\n";
    }

    private static String sleep(String from, String to, String stage) {
        return "<Record type=\"HKCategoryTypeIdentifierSleepAnalysis\" sourceName=\"Apple Watch\""
                + " startDate=\"" + from + "\" endDate=\"" + to + "\" value=\"HKCategoryValueSleepAnalysis" + stage
                + "\"/>\n";
    }

    private static String workout(String from, String to, String minutes) {
        return "<Workout workoutActivityType=\"HKWorkoutActivityTypeRunning\" duration=\"" + minutes
                + "\" durationUnit=\"min\" sourceName=\"Apple Watch\" startDate=\"" + from + "\" endDate=\"" + to
                + "\"/>\n";
    }

    private static String export(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<HealthData locale=\"en_US\">\n"
                + " <ExportDate value=\"2025-02-10 09:00:00 +0100\"/>\n" + body + "</HealthData>\n";
    }

    private static <T> List<T> all(List<TerraDataModel> items, Class<T> type) {
        return items.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void workoutAcrossAMonthBoundaryKeepsEveryHeartRateSample() {
        // New Year's Eve run: 23:30 on 31 Dec 2024 to 00:30 on 1 Jan 2025 (+0100); the records come after the
        // workout in the file, as in real exports, and the samples of January are filed in another month.
        String body = workout("2024-12-31 23:30:00 +0100", "2025-01-01 00:30:00 +0100", "60")
                + hr("2024-12-31 23:20:00 +0100", 70) // before the workout
                + hr("2024-12-31 23:40:00 +0100", 120)
                + hr("2024-12-31 23:55:00 +0100", 140)
                + hr("2025-01-01 00:05:00 +0100", 150)
                + hr("2025-01-01 00:25:00 +0100", 160)
                + hr("2025-01-01 00:40:00 +0100", 80) // after
                // a sample recorded in another time zone that falls inside the workout: 00:15+0100 = 23:15Z
                + hr("2024-12-31 23:15:00 +0000", 155);
        List<TerraDataModel> items = Fixtures.parse(dir, "export.xml", export(body));
        Activity a = Fixtures.only(items, Activity.class);
        assertThat(a.heartRateData().detailed().hrSamples())
                .extracting(HeartRateDataSample::bpm)
                .containsExactly(120.0, 140.0, 150.0, 155.0, 160.0);
        assertThat(a.heartRateData().summary().maxHrBpm()).isEqualTo(160.0);
    }

    @Test
    void workoutAcrossAMidMonthMidnightAndSeveralWorkoutsKeepTheirOwnSamples() {
        String body = workout("2025-01-31 23:50:00 +0100", "2025-02-01 00:20:00 +0100", "30")
                + workout("2025-02-01 07:00:00 +0100", "2025-02-01 07:10:00 +0100", "10")
                + hr("2025-01-31 23:55:00 +0100", 101)
                + hr("2025-02-01 00:10:00 +0100", 102)
                + hr("2025-02-01 07:05:00 +0100", 103);
        List<Activity> acts = all(Fixtures.parse(dir, "export.xml", export(body)), Activity.class);
        assertThat(acts).hasSize(2);
        assertThat(acts.get(0).heartRateData().detailed().hrSamples())
                .extracting(HeartRateDataSample::bpm)
                .containsExactly(101.0, 102.0);
        assertThat(acts.get(1).heartRateData().detailed().hrSamples())
                .extracting(HeartRateDataSample::bpm)
                .containsExactly(103.0);
    }

    @Test
    void cumulativeRecordCrossingMidnightIsSharedBetweenTheDays() {
        String body = steps("2025-01-31 23:50:00 +0100", "2025-02-01 00:10:00 +0100", 100)
                + steps("2025-01-31 12:00:00 +0100", "2025-01-31 12:10:00 +0100", 1000)
                + steps("2025-02-01 12:00:00 +0100", "2025-02-01 12:10:00 +0100", 500);
        List<Daily> days = all(Fixtures.parse(dir, "export.xml", export(body)), Daily.class);
        assertThat(days).hasSize(2);
        assertThat(days.get(0).metadata().startTime()).isEqualTo("2025-01-31T00:00:00.000000+01:00");
        assertThat(days.get(0).distanceData().steps()).isEqualTo(1050);
        assertThat(days.get(1).distanceData().steps()).isEqualTo(550);
        assertThat(days.get(1).distanceData().detailed().stepSamples().get(0).timestamp())
                .isEqualTo("2025-02-01T00:00:00.000000+01:00");
        assertThat(days.get(1).distanceData().detailed().stepSamples().get(0).steps())
                .isCloseTo(50.0, within(1e-9));
    }

    @Test
    void sleepAcrossMidnightAndAMonthBoundaryIsOneSession() {
        String body = sleep("2025-01-31 23:00:00 +0100", "2025-02-01 02:00:00 +0100", "AsleepCore")
                + sleep("2025-02-01 02:00:00 +0100", "2025-02-01 03:00:00 +0100", "AsleepDeep")
                + sleep("2025-02-01 03:00:00 +0100", "2025-02-01 06:30:00 +0100", "AsleepREM");
        Sleep s = Fixtures.only(Fixtures.parse(dir, "export.xml", export(body)), Sleep.class);
        assertThat(s.metadata().startTime()).isEqualTo("2025-01-31T23:00:00.000000+01:00");
        assertThat(s.metadata().endTime()).isEqualTo("2025-02-01T06:30:00.000000+01:00");
        assertThat(s.sleepDurationsData().asleep().durationAsleepStateSeconds()).isEqualTo(27000.0);
        assertThat(s.metadata().isNap()).isFalse();
    }
}
