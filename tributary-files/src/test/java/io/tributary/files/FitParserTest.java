package io.tributary.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.garmin.fit.Decode;
import com.garmin.fit.Mesg;
import com.garmin.fit.MesgNum;
import com.garmin.fit.SessionMesg;
import io.tributary.model.Activity;
import io.tributary.model.Body;
import io.tributary.model.Daily;
import io.tributary.model.Sleep;
import io.tributary.model.TerraDataModel;
import io.tributary.model.enums.ActivityType;
import io.tributary.model.nested.HeartRateDataSample;
import io.tributary.model.nested.LapSample;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FitParserTest {
    @TempDir
    Path dir;

    private static SessionMesg declaredSession(byte[] fit) {
        List<Mesg> mesgs = new ArrayList<>();
        new Decode().read(new ByteArrayInputStream(fit), mesgs::add);
        return mesgs.stream()
                .filter(m -> m.getNum() == MesgNum.SESSION)
                .map(SessionMesg::new)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void runActivityFieldByField() {
        byte[] fit = FitFixtures.run();
        Activity a = Fixtures.only(Fixtures.parse(dir, "run.fit", fit), Activity.class);
        var md = a.metadata();
        assertThat(md.startTime()).isEqualTo("2024-05-04T08:00:00.000000+02:00");
        assertThat(md.endTime()).isEqualTo("2024-05-04T08:11:00.000000+02:00");
        assertThat(md.type()).isEqualTo(ActivityType.TRAIL_RUNNING.value());
        assertThat(md.uploadType()).isEqualTo(2);
        assertThat(md.timestampLocalization()).isEqualTo(1);
        assertThat(md.summaryId()).isEqualTo(SummaryIds.activity(FitFixtures.RUN_START));
        assertThat(a.activeDurationsData().activitySeconds()).isEqualTo(600.0);
        assertThat(a.activeDurationsData().restSeconds()).isEqualTo(60.0);
        assertThat(a.distanceData().summary().distanceMeters()).isEqualTo(1797.0);
        assertThat(a.distanceData().summary().steps()).isEqualTo(1700);
        assertThat(a.distanceData().summary().elevation().gainActualMeters()).isEqualTo(30.0);
        assertThat(a.caloriesData().totalBurnedCalories()).isEqualTo(150.0);
        assertThat(a.heartRateData().summary().avgHrBpm()).isEqualTo(140.0);
        assertThat(a.heartRateData().summary().maxHrBpm()).isEqualTo(159.0);
        assertThat(a.heartRateData().summary().minHrBpm()).isEqualTo(120.0);
        assertThat(a.powerData().avgWatts()).isEqualTo(205.0);
        assertThat(a.powerData().maxWatts()).isEqualTo(209.0);
        assertThat(a.movementData().avgCadenceRpm()).isEqualTo(85.0);
        assertThat(a.movementData().maxSpeedMetersPerSecond()).isEqualTo(3.0);
        // samples
        List<HeartRateDataSample> hr = a.heartRateData().detailed().hrSamples();
        assertThat(hr).hasSize(600);
        assertThat(a.movementData().speedSamples()).hasSize(600);
        assertThat(a.movementData().cadenceSamples()).hasSize(600);
        assertThat(a.powerData().powerSamples()).hasSize(600);
        assertThat(a.positionData().positionSamples()).hasSize(600);
        assertThat(a.distanceData().detailed().distanceSamples()).hasSize(600);
        assertThat(a.distanceData().detailed().elevationSamples()).hasSize(600);
        HeartRateDataSample afterPause = hr.get(300);
        assertThat(afterPause.timestamp()).isEqualTo("2024-05-04T08:06:00.000000+02:00");
        assertThat(afterPause.timerDurationSeconds()).isEqualTo(300.0);
        assertThat(hr.get(450).timerDurationSeconds()).isEqualTo(450.0);
        assertThat(a.positionData().startPosLatLngDeg().get(0)).isCloseTo(52.0, within(1e-6));
        assertThat(a.positionData().endPosLatLngDeg().get(0)).isCloseTo(52.00599, within(1e-6));
        assertThat(a.polylineMapData().summaryPolyline()).isNotBlank();
        // laps
        List<LapSample> laps = a.lapData().laps();
        assertThat(laps).hasSize(2);
        assertThat(laps.get(0).distanceMeters()).isEqualTo(897.0);
        assertThat(laps.get(1).startTime()).isEqualTo("2024-05-04T08:05:00.000000+02:00");
        assertThat(laps.get(1).endTime()).isEqualTo("2024-05-04T08:11:00.000000+02:00");
        assertThat(laps.get(1).activeDurationSeconds()).isEqualTo(300);
        // HRV from R-R intervals: alternating 800/820 ms → RMSSD 20 ms, SDNN 10 ms
        assertThat(a.heartRateData().summary().avgHrvRmssd()).isEqualTo(20.0);
        assertThat(a.heartRateData().summary().avgHrvSdnn()).isEqualTo(10.0);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rr =
                (List<Map<String, Object>>) a.heartRateData().detailed().extra().get("rr_interval_samples");
        assertThat(rr).hasSize(600);
        assertThat(rr.get(0)).containsEntry("rr_interval_ms", 800.0);
        assertThat(a.heartRateData().detailed().hrvSamplesRmssd()).isNotEmpty();
        // device
        assertThat(a.deviceData().manufacturer()).isEqualTo("Garmin");
        assertThat(a.deviceData().serialNumber()).isEqualTo("3456789012");
    }

    @Test
    void runSamplesAgreeWithTheTotalsTheFileDeclares() {
        byte[] fit = FitFixtures.run();
        SessionMesg s = declaredSession(fit);
        Activity a = Fixtures.only(Fixtures.parse(dir, "run.fit", fit), Activity.class);
        var hr = a.heartRateData().detailed().hrSamples();
        double avgFromSamples =
                hr.stream().mapToDouble(HeartRateDataSample::bpm).average().orElseThrow();
        double maxFromSamples =
                hr.stream().mapToDouble(HeartRateDataSample::bpm).max().orElseThrow();
        var dist = a.distanceData().detailed().distanceSamples();
        double lastDistance = dist.get(dist.size() - 1).distanceMeters();
        double lastTimer = hr.get(hr.size() - 1).timerDurationSeconds();
        assertThat(avgFromSamples).isCloseTo(s.getAvgHeartRate(), within(s.getAvgHeartRate() * 0.005));
        assertThat(maxFromSamples).isCloseTo(s.getMaxHeartRate(), within(s.getMaxHeartRate() * 0.005));
        assertThat(lastDistance).isCloseTo(s.getTotalDistance(), within(s.getTotalDistance() * 0.005));
        assertThat(lastTimer + 1).isCloseTo(s.getTotalTimerTime(), within(s.getTotalTimerTime() * 0.005));
        double powerAvg = a.powerData().powerSamples().stream()
                .mapToDouble(p -> p.watts())
                .average()
                .orElseThrow();
        assertThat(powerAvg).isCloseTo(s.getAvgPower(), within(s.getAvgPower() * 0.005));
        assertThat(a.distanceData().summary().distanceMeters()).isCloseTo(s.getTotalDistance(), within(0.01));
    }

    @Test
    void swimUsesHrMessagesAndLengths() {
        Activity a = Fixtures.only(Fixtures.parse(dir, "swim.fit", FitFixtures.swim()), Activity.class);
        assertThat(a.metadata().type()).isEqualTo(ActivityType.SWIMMING_IN_POOL.value());
        assertThat(a.metadata().timestampLocalization()).isEqualTo(0);
        assertThat(a.metadata().startTime()).isEqualTo("2024-05-04T17:00:00.000000+00:00");
        var swim = a.distanceData().summary().swimming();
        assertThat(swim.numLaps()).isEqualTo(3);
        assertThat(swim.numStrokes()).isEqualTo(45);
        assertThat(swim.poolLengthMeters()).isEqualTo(25);
        assertThat(a.distanceData().summary().distanceMeters()).isEqualTo(75.0);
        var hr = a.heartRateData().detailed().hrSamples();
        assertThat(hr).hasSize(16);
        assertThat(hr.get(0).bpm()).isEqualTo(100.0);
        assertThat(hr.get(0).timestamp()).isEqualTo("2024-05-04T17:00:00.000000+00:00");
        assertThat(hr.get(15).bpm()).isEqualTo(115.0);
        assertThat(hr.get(15).timestamp()).isEqualTo("2024-05-04T17:00:15.000000+00:00");
        assertThat(a.heartRateData().summary().maxHrBpm()).isEqualTo(115.0);
        assertThat(a.lapData().laps().get(0).totalStrokes()).isEqualTo(45);
        assertThat(a.lapData().laps().get(0).strokeType()).isEqualTo("freestyle");
    }

    @Test
    void monitoringBecomesALocalDaily() {
        List<TerraDataModel> items = Fixtures.parse(dir, "monitor.fit", FitFixtures.monitoring());
        Daily d = Fixtures.only(items, Daily.class);
        assertThat(d.metadata().startTime()).isEqualTo("2024-05-05T00:00:00.000000+02:00");
        assertThat(d.metadata().endTime()).isEqualTo("2024-05-06T00:00:00.000000+02:00");
        assertThat(d.metadata().uploadType()).isEqualTo(2);
        assertThat(d.distanceData().steps()).isEqualTo(9600);
        assertThat(d.distanceData().distanceMeters()).isEqualTo(7680.0);
        assertThat(d.distanceData().detailed().stepSamples()).hasSize(96);
        assertThat(d.caloriesData().netActivityCalories()).isEqualTo(480.0);
        assertThat(d.caloriesData().bmrCalories()).isEqualTo(1700.0);
        assertThat(d.caloriesData().totalBurnedCalories()).isEqualTo(2180.0);
        assertThat(d.heartRateData().detailed().hrSamples()).hasSize(96);
        assertThat(d.heartRateData().summary().maxHrBpm()).isEqualTo(79.0);
        assertThat(d.heartRateData().summary().minHrBpm()).isEqualTo(60.0);
    }

    @Test
    void sleepLevelsBecomeAHypnogram() {
        Sleep s = Fixtures.only(Fixtures.parse(dir, "sleep.fit", FitFixtures.sleep()), Sleep.class);
        assertThat(s.metadata().startTime()).isEqualTo("2024-05-04T21:00:00.000000+00:00");
        assertThat(s.metadata().endTime()).isEqualTo("2024-05-05T05:00:00.000000+00:00");
        assertThat(s.metadata().uploadType()).isEqualTo(1);
        assertThat(s.metadata().isNap()).isFalse();
        var asleep = s.sleepDurationsData().asleep();
        assertThat(asleep.durationLightSleepStateSeconds()).isEqualTo(260 * 60.0);
        assertThat(asleep.durationDeepSleepStateSeconds()).isEqualTo(140 * 60.0);
        assertThat(asleep.durationRemSleepStateSeconds()).isEqualTo(70 * 60.0);
        assertThat(asleep.durationAsleepStateSeconds()).isEqualTo(470 * 60.0);
        assertThat(asleep.numRemEvents()).isEqualTo(7);
        assertThat(s.sleepDurationsData().awake().durationAwakeStateSeconds()).isEqualTo(600.0);
        assertThat(s.sleepDurationsData().awake().numWakeupEvents()).isEqualTo(1);
        assertThat(s.sleepDurationsData().other().durationInBedSeconds()).isEqualTo(480 * 60.0);
        // 1 awake + 7 × (light, deep, rem) + final light
        assertThat(s.sleepDurationsData().hypnogramSamples()).hasSize(23);
        assertThat(s.sleepDurationsData().hypnogramSamples().get(1).level()).isEqualTo(4);
        assertThat(s.scores().sleep()).isEqualTo(82.0);
        assertThat(s.dataEnrichment().sleepContributors()).containsEntry("deep_sleep", 90.0);
    }

    @Test
    void weightScaleBecomesBody() {
        Body b = Fixtures.only(Fixtures.parse(dir, "weight.fit", FitFixtures.weight()), Body.class);
        assertThat(b.metadata().startTime()).isEqualTo("2024-05-06T00:00:00.000000+00:00");
        var m = b.measurementsData();
        assertThat(m.measurements()).hasSize(2);
        assertThat(m.measurements().get(0).weightKg()).isEqualTo(70.0);
        assertThat(m.measurements().get(0).boneMassG()).isEqualTo(3000.0);
        assertThat(m.measurements().get(0).muscleMassG()).isEqualTo(30000.0);
        assertThat(m.dayAvgWeightKg()).isEqualTo(70.2);
        assertThat(m.dayAvgBodyfatPercentage()).isEqualTo(19.9);
        assertThat(m.measurements().get(1).measurementTime()).isEqualTo("2024-05-06T08:15:00.000000+00:00");
    }

    @Test
    void legacySpeedAndAltitudeFieldsAreScaled() {
        Activity a = Fixtures.only(Fixtures.parse(dir, "legacy.fit", FitFixtures.legacyRecords()), Activity.class);
        assertThat(a.movementData().speedSamples()).hasSize(10);
        assertThat(a.movementData().speedSamples().get(3).speedMetersPerSecond())
                .isEqualTo(2.5);
        assertThat(a.distanceData().detailed().elevationSamples().get(0).elevMeters())
                .isEqualTo(123.4);
        assertThat(a.movementData().cadenceSamples().get(0).cadenceRpm()).isEqualTo(80.5);
        assertThat(a.distanceData().detailed().distanceSamples().get(9).distanceMeters())
                .isEqualTo(22.5);
        assertThat(a.distanceData().summary().distanceMeters()).isEqualTo(22.5);
    }

    @Test
    void reuploadGivesTheSameSummaryId() {
        Activity a1 = Fixtures.only(Fixtures.parse(dir, "a.fit", FitFixtures.run()), Activity.class);
        Activity a2 = Fixtures.only(Fixtures.parse(dir, "b.fit", FitFixtures.run()), Activity.class);
        assertThat(a1.metadata().summaryId()).isEqualTo(a2.metadata().summaryId());
        assertThat(a1).isEqualTo(a2);
    }
}
