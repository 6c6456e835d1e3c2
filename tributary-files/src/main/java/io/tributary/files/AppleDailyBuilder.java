package io.tributary.files;

import static io.tributary.files.AppleExport.*;
import static io.tributary.files.AppleSamples.*;

import io.tributary.model.Daily;
import io.tributary.model.enums.TimestampLocalization;
import io.tributary.model.enums.UploadType;
import io.tributary.model.nested.ActiveDurationsData;
import io.tributary.model.nested.CalorieSample;
import io.tributary.model.nested.CaloriesData;
import io.tributary.model.nested.DailyDistanceData;
import io.tributary.model.nested.DailyMetadata;
import io.tributary.model.nested.DistanceDataDetailed;
import io.tributary.model.nested.DistanceSample;
import io.tributary.model.nested.FloorsClimbedSample;
import io.tributary.model.nested.HeartRateData;
import io.tributary.model.nested.HeartRateDataDetailed;
import io.tributary.model.nested.HeartRateDataSample;
import io.tributary.model.nested.HeartRateDataSummary;
import io.tributary.model.nested.HeartRateVariabilityDataSampleSDNN;
import io.tributary.model.nested.OxygenData;
import io.tributary.model.nested.OxygenSaturationSample;
import io.tributary.model.nested.StepSample;
import io.tributary.model.nested.Vo2MaxSample;
import java.util.ArrayList;
import java.util.List;

/**
 * One local day of an Apple export as a {@link Daily}: the day's totals (steps, distance, floors, energy, exercise and
 * stand time, ActivitySummary rings) and its spilled samples (heart rate, resting HR, HRV SDNN, SpO2, VO2max).
 */
final class AppleDailyBuilder {
    private AppleDailyBuilder() {}

    static boolean has(DayAgg d, int sum) {
        return (d.hasSums & (1 << sum)) != 0;
    }

    static Daily daily(DayAgg d, SampleSpill.Month m, int[][] idx, String start, String end) {
        Daily.Builder b = Daily.builder()
                .metadata(DailyMetadata.builder()
                        .startTime(start)
                        .endTime(end)
                        .uploadType(UploadType.MANUAL)
                        .timestampLocalization(TimestampLocalization.LOCAL)
                        .build());
        // distance / steps / floors
        List<StepSample> steps = samples(
                m,
                idx[K_STEPS],
                (t, v) -> StepSample.builder().timestamp(t).steps(v).build());
        List<DistanceSample> dist = new ArrayList<>();
        if (idx[K_DIST] != null) {
            double cum = 0;
            for (int i : idx[K_DIST]) {
                cum += m.value[i];
                dist.add(DistanceSample.builder()
                        .timestamp(ts(m, i))
                        .distanceMeters(ActivityAssembler.round3(cum))
                        .build());
            }
        }
        List<FloorsClimbedSample> floors = samples(
                m,
                idx[K_FLOORS],
                (t, v) -> FloorsClimbedSample.builder()
                        .timestamp(t)
                        .floorsClimbed(v)
                        .build());
        if (has(d, S_STEPS) || has(d, S_DIST) || has(d, S_FLOORS)) {
            b.distanceData(DailyDistanceData.builder()
                    .steps(has(d, S_STEPS) ? (int) Math.round(d.sums[S_STEPS]) : null)
                    .distanceMeters(has(d, S_DIST) ? ActivityAssembler.round3(d.sums[S_DIST]) : null)
                    .floorsClimbed(has(d, S_FLOORS) ? (int) Math.round(d.sums[S_FLOORS]) : null)
                    .detailed(DistanceDataDetailed.builder()
                            .stepSamples(ActivityAssembler.nullIfEmpty(steps))
                            .distanceSamples(ActivityAssembler.nullIfEmpty(dist))
                            .floorsClimbedSamples(ActivityAssembler.nullIfEmpty(floors))
                            .build())
                    .build());
        }
        // calories
        Double active = has(d, S_ACTIVE)
                ? Double.valueOf(d.sums[S_ACTIVE])
                : has(d, S_RING_ACTIVE) ? Double.valueOf(d.sums[S_RING_ACTIVE]) : null;
        Double basal = has(d, S_BASAL) ? Double.valueOf(d.sums[S_BASAL]) : null;
        if (active != null || basal != null) {
            List<CalorieSample> cal = samples(
                    m,
                    idx[K_ACTIVE],
                    (t, v) -> CalorieSample.builder()
                            .timestamp(t)
                            .calories(ActivityAssembler.round3(v))
                            .build());
            b.caloriesData(CaloriesData.builder()
                    .netActivityCalories(active == null ? null : ActivityAssembler.round3(active))
                    .bmrCalories(basal == null ? null : ActivityAssembler.round3(basal))
                    .totalBurnedCalories(
                            ActivityAssembler.round3((active == null ? 0 : active) + (basal == null ? 0 : basal)))
                    .calorieSamples(ActivityAssembler.nullIfEmpty(cal))
                    .build());
        }
        // active durations
        Double exercise = has(d, S_EXERCISE_MIN)
                ? Double.valueOf(d.sums[S_EXERCISE_MIN])
                : has(d, S_RING_EXERCISE) ? Double.valueOf(d.sums[S_RING_EXERCISE]) : null;
        if (exercise != null || has(d, S_STAND_MIN) || has(d, S_RING_STAND_HOURS)) {
            b.activeDurationsData(ActiveDurationsData.builder()
                    .activitySeconds(exercise == null ? null : exercise * 60.0)
                    .vigorousIntensitySeconds(null)
                    .standingSeconds(has(d, S_STAND_MIN) ? d.sums[S_STAND_MIN] * 60.0 : null)
                    .standingHoursCount(has(d, S_RING_STAND_HOURS) ? d.sums[S_RING_STAND_HOURS] : null)
                    .build());
        }
        // heart rate
        if (idx[K_HR] != null || idx[K_RESTING] != null || idx[K_HRV] != null) {
            List<HeartRateDataSample> hr = new ArrayList<>();
            double sum = 0;
            Double max = null;
            Double min = null;
            if (idx[K_HR] != null) {
                for (int i : idx[K_HR]) {
                    double v = m.value[i];
                    hr.add(HeartRateDataSample.builder()
                            .timestamp(ts(m, i))
                            .bpm(v)
                            .build());
                    sum += v;
                    max = max == null ? v : Math.max(max, v);
                    min = min == null ? v : Math.min(min, v);
                }
            }
            List<HeartRateVariabilityDataSampleSDNN> hrv = new ArrayList<>();
            double hrvSum = 0;
            if (idx[K_HRV] != null) {
                for (int i : idx[K_HRV]) {
                    hrv.add(HeartRateVariabilityDataSampleSDNN.builder()
                            .timestamp(ts(m, i))
                            .hrvSdnn(ActivityAssembler.round3(m.value[i]))
                            .build());
                    hrvSum += m.value[i];
                }
            }
            Double resting = null;
            if (idx[K_RESTING] != null) {
                int[] r = idx[K_RESTING];
                resting = m.value[r[r.length - 1]];
            }
            b.heartRateData(HeartRateData.builder()
                    .summary(HeartRateDataSummary.builder()
                            .avgHrBpm(hr.isEmpty() ? null : ActivityAssembler.round3(sum / hr.size()))
                            .maxHrBpm(max)
                            .minHrBpm(min)
                            .restingHrBpm(resting)
                            .avgHrvSdnn(hrv.isEmpty() ? null : ActivityAssembler.round3(hrvSum / hrv.size()))
                            .build())
                    .detailed(HeartRateDataDetailed.builder()
                            .hrSamples(ActivityAssembler.nullIfEmpty(hr))
                            .hrvSamplesSdnn(hrv.isEmpty() ? null : hrv)
                            .build())
                    .build());
        }
        OxygenData oxygen = oxygen(m, idx, true);
        if (oxygen != null) {
            b.oxygenData(oxygen);
        }
        return b.build();
    }

    static OxygenData oxygen(SampleSpill.Month m, int[][] idx, boolean withVo2) {
        List<OxygenSaturationSample> spo2 = new ArrayList<>();
        double sum = 0;
        if (idx[K_SPO2] != null) {
            for (int i : idx[K_SPO2]) {
                spo2.add(OxygenSaturationSample.builder()
                        .timestamp(ts(m, i))
                        .percentage(ActivityAssembler.round3(m.value[i]))
                        .type(0)
                        .build());
                sum += m.value[i];
            }
        }
        List<Vo2MaxSample> vo2 = new ArrayList<>();
        Double lastVo2 = null;
        if (withVo2 && idx[K_VO2] != null) {
            for (int i : idx[K_VO2]) {
                vo2.add(Vo2MaxSample.builder()
                        .timestamp(ts(m, i))
                        .vo2maxMlPerMinPerKg(ActivityAssembler.round3(m.value[i]))
                        .build());
                lastVo2 = ActivityAssembler.round3(m.value[i]);
            }
        }
        if (spo2.isEmpty() && vo2.isEmpty()) {
            return null;
        }
        return OxygenData.builder()
                .saturationSamples(spo2.isEmpty() ? null : spo2)
                .avgSaturationPercentage(spo2.isEmpty() ? null : ActivityAssembler.round3(sum / spo2.size()))
                .vo2Samples(vo2.isEmpty() ? null : vo2)
                .vo2maxMlPerMinPerKg(lastVo2)
                .build();
    }
}
