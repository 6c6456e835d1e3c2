package io.tributary.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.model.Activity;
import io.tributary.model.Body;
import io.tributary.model.Daily;
import io.tributary.model.TerraDataModel;
import io.tributary.model.enums.ActivityType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoogleTakeoutParserTest {
    @TempDir
    Path dir;

    static final String DAY_CSV = """
            Start time,End time,Move Minutes count,Calories (kcal),Distance (m),Heart Points,Heart Minutes,Average heart rate (bpm),Max heart rate (bpm),Min heart rate (bpm),Average speed (m/s),Max speed (m/s),Min speed (m/s),Step count
            00:00:00.000+01:00,00:15:00.000+01:00,,18.5,,,,,,,,,,
            08:00:00.000+01:00,08:15:00.000+01:00,10,45.2,1200.5,10,10,110.5,130,90,1.4,2,1,1500
            08:15:00.000+01:00,08:30:00.000+01:00,5,30.1,600,,,100,120,85,,,,800
            """;

    static final String SUMMARY_CSV = """
            Date,Move Minutes count,Calories (kcal),Distance (m),Heart Points,Heart Minutes,Average heart rate (bpm),Max heart rate (bpm),Min heart rate (bpm),Step count,Average weight (kg),Max weight (kg),Min weight (kg)
            2024-03-01,15,93.8,1800.5,10,10,105,130,85,2300,,,
            2024-03-02,30,2100.5,4000,20,20,70,120,50,6000,71.5,71.5,71.5
            """;

    static final String SESSION = """
            {"fitnessActivity":"running","startTime":"2024-03-01T07:00:00.000Z","endTime":"2024-03-01T07:30:00.000Z",
             "duration":"1800.000s","segment":[{"fitnessActivity":"running","startTime":"2024-03-01T07:00:00.000Z","endTime":"2024-03-01T07:30:00.000Z"}],
             "aggregate":[{"metricName":"com.google.calories.expended","floatValue":310.5},
                          {"metricName":"com.google.step_count.delta","intValue":4500},
                          {"metricName":"com.google.distance.delta","floatValue":5012.3},
                          {"metricName":"com.google.heart_rate.summary","floatValue":150.0}]}
            """;

    @Test
    void perDayCsvHonoursTheRowOffsetAndTheDateInTheName() {
        Daily d = Fixtures.only(Fixtures.parse(dir, "2024-03-01.csv", DAY_CSV), Daily.class);
        assertThat(d.metadata().startTime()).isEqualTo("2024-03-01T00:00:00.000000+01:00");
        assertThat(d.metadata().endTime()).isEqualTo("2024-03-02T00:00:00.000000+01:00");
        assertThat(d.distanceData().steps()).isEqualTo(2300);
        assertThat(d.distanceData().distanceMeters()).isEqualTo(1800.5);
        assertThat(d.caloriesData().totalBurnedCalories()).isEqualTo(93.8);
        assertThat(d.activeDurationsData().activitySeconds()).isEqualTo(900.0);
        assertThat(d.heartRateData().summary().avgHrBpm()).isEqualTo(105.25);
        assertThat(d.heartRateData().summary().maxHrBpm()).isEqualTo(130.0);
        assertThat(d.heartRateData().summary().minHrBpm()).isEqualTo(85.0);
        assertThat(d.distanceData().detailed().stepSamples()).hasSize(2);
        assertThat(d.caloriesData().calorieSamples()).hasSize(3);
    }

    @Test
    void sessionJsonUsesTheOffsetInItsFileName() {
        Activity a = Fixtures.only(
                Fixtures.parse(dir, "2024-03-01T08_00_00.000+01_00_RUNNING.json", SESSION), Activity.class);
        assertThat(a.metadata().startTime()).isEqualTo("2024-03-01T08:00:00.000000+01:00");
        assertThat(a.metadata().endTime()).isEqualTo("2024-03-01T08:30:00.000000+01:00");
        assertThat(a.metadata().timestampLocalization()).isEqualTo(1);
        assertThat(a.metadata().type()).isEqualTo(ActivityType.RUNNING.value());
        assertThat(a.distanceData().summary().distanceMeters()).isEqualTo(5012.3);
        assertThat(a.distanceData().summary().steps()).isEqualTo(4500);
        assertThat(a.caloriesData().totalBurnedCalories()).isEqualTo(310.5);
        assertThat(a.heartRateData().summary().avgHrBpm()).isEqualTo(150.0);
        assertThat(a.activeDurationsData().activitySeconds()).isEqualTo(1800.0);
    }

    @Test
    void summaryCsvGivesLocalDailiesAndBody() {
        List<TerraDataModel> items = Fixtures.parse(dir, "Daily activity metrics.csv", SUMMARY_CSV);
        assertThat(items).hasSize(3);
        Body b = Fixtures.only(items, Body.class);
        assertThat(b.measurementsData().dayAvgWeightKg()).isEqualTo(71.5);
        Daily d = (Daily) items.get(0);
        assertThat(d.metadata().startTime()).isEqualTo("2024-03-01T00:00:00.000000");
        assertThat(d.distanceData().steps()).isEqualTo(2300);
    }

    @Test
    void takeoutZipPrefersPerDayFiles() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "Takeout/Fit/Daily activity metrics/2024-03-01.csv", DAY_CSV);
            put(zip, "Takeout/Fit/Daily activity metrics/Daily activity metrics.csv", SUMMARY_CSV);
            put(zip, "Takeout/Fit/All Sessions/2024-03-01T08_00_00.000+01_00_RUNNING.json", SESSION);
            put(zip, "Takeout/archive_browser.html", "<html/>");
        }
        List<TerraDataModel> items = Fixtures.parse(dir, "takeout-20240310.zip", bytes.toByteArray());
        List<Daily> dailies = items.stream()
                .filter(Daily.class::isInstance)
                .map(Daily.class::cast)
                .toList();
        assertThat(dailies).hasSize(2);
        assertThat(dailies.get(0).metadata().startTime()).isEqualTo("2024-03-01T00:00:00.000000+01:00");
        assertThat(dailies.get(0).distanceData().detailed().stepSamples()).hasSize(2);
        assertThat(Fixtures.only(items, Activity.class).metadata().startTime())
                .isEqualTo("2024-03-01T08:00:00.000000+01:00");
        assertThat(Fixtures.only(items, Body.class)).isNotNull();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
