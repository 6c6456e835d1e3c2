package io.tributary.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tributary.model.Activity;
import io.tributary.model.Body;
import io.tributary.model.Daily;
import io.tributary.model.Menstruation;
import io.tributary.model.Nutrition;
import io.tributary.model.Sleep;
import io.tributary.model.TerraDataModel;
import io.tributary.model.enums.ActivityType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppleHealthParserTest {
    @TempDir
    Path dir;

    static byte[] exportZip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("apple_health_export/"));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("apple_health_export/export_cda.xml"));
            zip.write("<ClinicalDocument/>".getBytes());
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("apple_health_export/export.xml"));
            zip.write(Fixtures.resource("export.xml"));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("apple_health_export/workout-routes/route_2024-05-04_8.10am.gpx"));
            zip.write(Fixtures.resource("route.gpx"));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static <T> List<T> all(List<TerraDataModel> items, Class<T> type) {
        return items.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void exportXmlMapsEveryKind() {
        List<TerraDataModel> items = Fixtures.parse(dir, "export.xml", Fixtures.resource("export.xml"));
        List<Daily> dailies = all(items, Daily.class);
        assertThat(dailies).hasSize(2);
        Daily d = dailies.get(0);
        assertThat(d.metadata().startTime()).isEqualTo("2024-05-04T00:00:00.000000+02:00");
        assertThat(d.metadata().endTime()).isEqualTo("2024-05-05T00:00:00.000000+02:00");
        assertThat(d.metadata().uploadType()).isEqualTo(2);
        assertThat(d.distanceData().steps()).isEqualTo(2000);
        assertThat(d.distanceData().distanceMeters()).isEqualTo(1500.0);
        assertThat(d.distanceData().floorsClimbed()).isEqualTo(3);
        assertThat(d.distanceData().detailed().stepSamples()).hasSize(2);
        assertThat(d.caloriesData().netActivityCalories()).isEqualTo(220.5);
        assertThat(d.caloriesData().bmrCalories()).isEqualTo(1600.0);
        assertThat(d.caloriesData().totalBurnedCalories()).isEqualTo(1820.5);
        assertThat(d.heartRateData().detailed().hrSamples()).hasSize(4);
        assertThat(d.heartRateData().detailed().hrSamples().get(0).timestamp())
                .isEqualTo("2024-05-04T08:00:00.000000+02:00");
        assertThat(d.heartRateData().summary().avgHrBpm()).isEqualTo(89.25);
        assertThat(d.heartRateData().summary().maxHrBpm()).isEqualTo(130.0);
        assertThat(d.heartRateData().summary().minHrBpm()).isEqualTo(60.0);
        assertThat(d.heartRateData().summary().restingHrBpm()).isEqualTo(55.0);
        assertThat(d.heartRateData().summary().avgHrvSdnn()).isEqualTo(45.5);
        assertThat(d.activeDurationsData().activitySeconds()).isEqualTo(2100.0);
        assertThat(d.activeDurationsData().standingHoursCount()).isEqualTo(10.0);
        assertThat(d.oxygenData().avgSaturationPercentage()).isEqualTo(97.0);
        assertThat(dailies.get(1).distanceData().steps()).isEqualTo(50);

        Body b = Fixtures.only(items, Body.class);
        assertThat(b.metadata().startTime()).isEqualTo("2024-05-04T00:00:00.000000+02:00");
        assertThat(b.measurementsData().dayAvgWeightKg()).isEqualTo(70.0);
        assertThat(b.measurementsData().measurements()).hasSize(1);
        assertThat(b.measurementsData().measurements().get(0).bodyfatPercentage())
                .isEqualTo(20.0);
        assertThat(b.bloodPressureData().bloodPressureSamples()).hasSize(1);
        assertThat(b.bloodPressureData().bloodPressureSamples().get(0).systolicBp())
                .isEqualTo(120.0);
        assertThat(b.bloodPressureData().bloodPressureSamples().get(0).diastolicBp())
                .isEqualTo(80.0);
        assertThat(b.glucoseData().bloodGlucoseSamples().get(0).bloodGlucoseMgPerDl())
                .isCloseTo(99.086, within(0.001));
        assertThat(b.oxygenData().saturationSamples()).hasSize(1);

        Nutrition n = Fixtures.only(items, Nutrition.class);
        assertThat(n.summary().macros().calories()).isEqualTo(1200.0);
        assertThat(n.summary().macros().proteinG()).isEqualTo(30.0);
        assertThat(n.summary().macros().sodiumMg()).isEqualTo(1200.0);
        assertThat(n.summary().micros().caffeineMg()).isEqualTo(95.0);
        assertThat(n.summary().waterMl()).isEqualTo(750.0);

        Menstruation m = Fixtures.only(items, Menstruation.class);
        assertThat(m.menstruationData().menstruationFlow()).hasSize(1);
        assertThat(m.menstruationData().menstruationFlow().get(0).flow()).isEqualTo(3);

        Sleep s = Fixtures.only(items, Sleep.class);
        assertThat(s.metadata().startTime()).isEqualTo("2024-05-04T23:00:00.000000+02:00");
        assertThat(s.metadata().endTime()).isEqualTo("2024-05-05T06:00:00.000000+02:00");
        assertThat(s.sleepDurationsData().asleep().durationLightSleepStateSeconds())
                .isEqualTo(17400.0);
        assertThat(s.sleepDurationsData().asleep().durationDeepSleepStateSeconds())
                .isEqualTo(3600.0);
        assertThat(s.sleepDurationsData().asleep().durationRemSleepStateSeconds())
                .isEqualTo(3600.0);
        assertThat(s.sleepDurationsData().asleep().durationAsleepStateSeconds()).isEqualTo(24600.0);
        assertThat(s.sleepDurationsData().awake().durationAwakeStateSeconds()).isEqualTo(600.0);
        assertThat(s.sleepDurationsData().hypnogramSamples())
                .extracting(h -> h.level())
                .containsExactly(4, 5, 6, 1, 4);

        Activity a = Fixtures.only(items, Activity.class);
        assertThat(a.metadata().type()).isEqualTo(ActivityType.RUNNING.value());
        assertThat(a.metadata().startTime()).isEqualTo("2024-05-04T08:10:00.000000+02:00");
        assertThat(a.metadata().endTime()).isEqualTo("2024-05-04T08:45:00.000000+02:00");
        assertThat(a.activeDurationsData().activitySeconds()).isEqualTo(1800.0);
        assertThat(a.activeDurationsData().restSeconds()).isEqualTo(300.0);
        assertThat(a.distanceData().summary().distanceMeters()).isEqualTo(5000.0);
        assertThat(a.distanceData().summary().elevation().gainActualMeters()).isEqualTo(45.0);
        assertThat(a.caloriesData().totalBurnedCalories()).isEqualTo(300.0);
        assertThat(a.heartRateData().summary().avgHrBpm()).isEqualTo(140.0);
        assertThat(a.heartRateData().summary().maxHrBpm()).isEqualTo(170.0);
        assertThat(a.heartRateData().detailed().hrSamples()).hasSize(1);
        assertThat(a.heartRateData().detailed().hrSamples().get(0).bpm()).isEqualTo(130.0);
        assertThat(a.positionData()).isNull(); // routes only come with export.zip
        assertThat(items).hasSize(7);
    }

    @Test
    void exportZipAddsTheWorkoutRoute() throws IOException {
        List<TerraDataModel> items = Fixtures.parse(dir, "export.zip", exportZip());
        Activity a = Fixtures.only(items, Activity.class);
        assertThat(a.positionData().positionSamples()).hasSize(3);
        assertThat(a.positionData().positionSamples().get(1).timestamp()).isEqualTo("2024-05-04T08:20:00.000000+02:00");
        assertThat(a.positionData().endPosLatLngDeg()).containsExactly(52.52, 13.4);
        assertThat(a.polylineMapData().summaryPolyline()).isNotBlank();
        assertThat(a.distanceData().summary().distanceMeters()).isEqualTo(5000.0);
        assertThat(items).hasSize(7);
    }

    @Test
    void zipProgressIsReportedInBytesOfTheZipFile() throws IOException {
        Path f = dir.resolve("export.zip");
        java.nio.file.Files.write(f, exportZip());
        long[] last = {-1};
        new FileParsers(ParseLimits.defaults(), dir).parse(f, "export.zip", b -> last[0] = b, x -> {});
        assertThat(last[0]).isEqualTo(java.nio.file.Files.size(f));
    }

    @Test
    void emitsIncrementallyAndReportsProgress() throws IOException {
        Path f = dir.resolve("export.xml");
        java.nio.file.Files.write(f, Fixtures.resource("export.xml"));
        long[] last = {0};
        int[] count = {0};
        new FileParsers(ParseLimits.defaults(), dir).parse(f, "export.xml", b -> last[0] = b, x -> count[0]++);
        assertThat(count[0]).isEqualTo(7);
        assertThat(last[0]).isEqualTo(java.nio.file.Files.size(f));
    }
}
