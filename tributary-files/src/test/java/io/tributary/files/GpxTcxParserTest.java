package io.tributary.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tributary.model.Activity;
import io.tributary.model.enums.ActivityType;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GpxTcxParserTest {
    @TempDir
    Path dir;

    /** 0.001° of latitude on the 6 371 008.8 m sphere. */
    private static final double MILLI_DEGREE = 2 * Math.PI * 6_371_008.8 / 360 / 1000;

    @Test
    void gpxTrackWithGarminExtensions() {
        Activity a = Fixtures.only(Fixtures.parse(dir, "ride.gpx", Fixtures.resource("track.gpx")), Activity.class);
        var md = a.metadata();
        assertThat(md.type()).isEqualTo(ActivityType.BIKING.value());
        assertThat(md.name()).isEqualTo("Morning Ride");
        assertThat(md.uploadType()).isEqualTo(2);
        assertThat(md.startTime()).isEqualTo("2024-04-01T10:00:00.000000+00:00");
        assertThat(md.endTime()).isEqualTo("2024-04-01T10:03:30.000000+00:00");
        assertThat(md.timestampLocalization()).isEqualTo(0);
        assertThat(a.distanceData().summary().distanceMeters()).isCloseTo(4 * MILLI_DEGREE, within(0.01));
        assertThat(a.distanceData().summary().elevation().gainActualMeters()).isEqualTo(12.0);
        assertThat(a.distanceData().summary().elevation().lossActualMeters()).isEqualTo(4.0);
        // the gap between the two segments is a 2-minute pause
        assertThat(a.activeDurationsData().activitySeconds()).isEqualTo(90.0);
        assertThat(a.activeDurationsData().restSeconds()).isEqualTo(120.0);
        assertThat(a.heartRateData().summary().avgHrBpm()).isEqualTo(120.0);
        assertThat(a.heartRateData().summary().maxHrBpm()).isEqualTo(140.0);
        assertThat(a.heartRateData().detailed().hrSamples()).hasSize(5);
        assertThat(a.heartRateData().detailed().hrSamples().get(3).timerDurationSeconds())
                .isEqualTo(60.0);
        assertThat(a.movementData().cadenceSamples()).hasSize(3);
        assertThat(a.movementData().avgCadenceRpm()).isEqualTo(82.0);
        assertThat(a.powerData().powerSamples()).hasSize(2);
        assertThat(a.powerData().maxWatts()).isEqualTo(270.0);
        assertThat(a.positionData().positionSamples()).hasSize(5);
        assertThat(a.movementData().avgSpeedMetersPerSecond()).isCloseTo(4 * MILLI_DEGREE / 90.0, within(0.001));
    }

    @Test
    void tcxActivityWithLapsAndExtensions() {
        Activity a = Fixtures.only(Fixtures.parse(dir, "ride.tcx", Fixtures.resource("ride.tcx")), Activity.class);
        var md = a.metadata();
        assertThat(md.type()).isEqualTo(ActivityType.BIKING.value());
        assertThat(md.startTime()).isEqualTo("2024-04-02T06:30:00.000000+00:00");
        assertThat(md.endTime()).isEqualTo("2024-04-02T06:32:00.000000+00:00");
        assertThat(md.summaryId()).isEqualTo(SummaryIds.activity(java.time.Instant.parse("2024-04-02T06:30:00Z")));
        assertThat(a.distanceData().summary().distanceMeters()).isEqualTo(1100.0);
        assertThat(a.caloriesData().totalBurnedCalories()).isEqualTo(45.0);
        assertThat(a.heartRateData().summary().avgHrBpm()).isEqualTo(140.0);
        assertThat(a.heartRateData().summary().maxHrBpm()).isEqualTo(160.0);
        assertThat(a.activeDurationsData().activitySeconds()).isEqualTo(120.0);
        assertThat(a.movementData().maxSpeedMetersPerSecond()).isEqualTo(10.5);
        assertThat(a.heartRateData().detailed().hrSamples()).hasSize(4);
        assertThat(a.movementData().speedSamples()).hasSize(4);
        assertThat(a.movementData().cadenceSamples()).hasSize(4);
        assertThat(a.powerData().powerSamples()).extracting(p -> p.watts()).containsExactly(200.0, 220.0, 260.0, 280.0);
        assertThat(a.powerData().avgWatts()).isEqualTo(240.0);
        assertThat(a.distanceData().summary().elevation().gainActualMeters()).isEqualTo(13.0);
        assertThat(a.lapData().laps()).hasSize(2);
        var lap1 = a.lapData().laps().get(0);
        assertThat(lap1.distanceMeters()).isEqualTo(500.0);
        assertThat(lap1.avgHrBpm()).isEqualTo(130.0);
        assertThat(lap1.avgWatts()).isEqualTo(210.0);
        assertThat(lap1.triggerMethod()).isEqualTo("manual");
        assertThat(a.lapData().laps().get(1).avgSpeedMetersPerSecond()).isEqualTo(10.0);
        assertThat(a.deviceData().name()).isEqualTo("Edge 540");
        assertThat(a.deviceData().serialNumber()).isEqualTo("3312345678");
        assertThat(a.deviceData().softwareVersion()).isEqualTo("12.20");
    }

    @Test
    void sameWorkoutAsGpxAndTcxDedupesByStartTime() {
        String tcx = new String(Fixtures.resource("ride.tcx"))
                .replace("2024-04-02T06:30:00.000Z", "2024-04-01T10:00:00.000Z");
        Activity fromTcx = Fixtures.only(Fixtures.parse(dir, "x.tcx", tcx), Activity.class);
        Activity fromGpx = Fixtures.only(Fixtures.parse(dir, "x.gpx", Fixtures.resource("track.gpx")), Activity.class);
        assertThat(fromTcx.metadata().summaryId()).isEqualTo(fromGpx.metadata().summaryId());
    }
}
