package io.tributary.server.ingest;

import static io.tributary.server.ingest.SdkKinds.*;
import static io.tributary.server.ingest.SdkRecords.*;

import io.tributary.model.Daily;
import io.tributary.model.enums.TimestampLocalization;
import io.tributary.model.enums.UploadType;
import io.tributary.model.nested.CaloriesData;
import io.tributary.model.nested.DailyDistanceData;
import io.tributary.model.nested.DailyMetadata;
import io.tributary.model.nested.DistanceDataDetailed;
import io.tributary.model.nested.ElevationData;
import io.tributary.model.nested.FloorsClimbedSample;
import io.tributary.model.nested.HeartRateData;
import io.tributary.model.nested.HeartRateDataDetailed;
import io.tributary.model.nested.HeartRateDataSample;
import io.tributary.model.nested.HeartRateDataSummary;
import io.tributary.model.nested.HeartRateVariabilityDataSampleRMSSD;
import io.tributary.model.nested.OxygenData;
import io.tributary.model.nested.OxygenSaturationSample;
import io.tributary.model.nested.StepSample;
import io.tributary.model.nested.Vo2MaxSample;
import io.tributary.server.storage.SdkStore.SdkRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/** A Terra {@link Daily} from all stored SDK records of a user's local day (pure). */
final class SdkDailyBuilder {
    private final SdkRecords x;

    SdkDailyBuilder(SdkRecords x) {
        this.x = x;
    }

    Daily daily(LocalDate day, List<SdkRecord> recs) {
        ZoneOffset z = zone(recs);
        String[] b = dayBounds(day, z);
        double steps = 0, dist = 0, active = 0, basal = 0, total = 0, floors = 0;
        boolean hasSteps = false,
                hasDist = false,
                hasActive = false,
                hasBasal = false,
                hasTotal = false,
                hasFloors = false;
        List<StepSample> stepSamples = new ArrayList<>();
        List<FloorsClimbedSample> floorSamples = new ArrayList<>();
        TreeMap<Long, Double> hr = new TreeMap<>();
        Double resting = null;
        double hrvSum = 0;
        int hrvCount = 0;
        List<HeartRateVariabilityDataSampleRMSSD> rmssd = new ArrayList<>();
        List<OxygenSaturationSample> spo2 = new ArrayList<>();
        List<Vo2MaxSample> vo2 = new ArrayList<>();
        double rmssdSum = 0, spo2Sum = 0, elevation = 0;
        boolean hasElevation = false;
        Double lastVo2 = null;
        for (SdkRecord r : recs) {
            double v = r.value() == null ? 0 : r.value();
            switch (r.kind()) {
                case STEPS -> {
                    steps += v;
                    hasSteps = true;
                    stepSamples.add(StepSample.builder()
                            .timestamp(ts(r.start(), z))
                            .steps(v)
                            .build());
                }
                case DISTANCE -> {
                    dist += v;
                    hasDist = true;
                }
                case ACTIVE_KCAL -> {
                    active += v;
                    hasActive = true;
                }
                case BASAL_KCAL -> {
                    basal += v;
                    hasBasal = true;
                }
                case TOTAL_KCAL -> {
                    total += v;
                    hasTotal = true;
                }
                case FLOORS -> {
                    floors += v;
                    hasFloors = true;
                    floorSamples.add(FloorsClimbedSample.builder()
                            .timestamp(ts(r.start(), z))
                            .floorsClimbed(v)
                            .build());
                }
                case HR -> {
                    JsonNode s = x.extra(r).get("samples");
                    if (s != null && s.isArray()) {
                        for (JsonNode p : s) hr.put(p.get(0).asLong(), p.get(1).asDouble());
                    } else if (r.value() != null) {
                        hr.put(r.start().toEpochMilli(), r.value());
                    }
                }
                case RESTING_HR -> resting = r.value();
                case HRV_SDNN -> {
                    if (r.value() != null) {
                        hrvSum += r.value();
                        hrvCount++;
                    }
                }
                case HRV_RMSSD -> {
                    rmssdSum += v;
                    rmssd.add(HeartRateVariabilityDataSampleRMSSD.builder()
                            .timestamp(ts(r.start(), z))
                            .hrvRmssd(v)
                            .build());
                }
                case SPO2 -> {
                    spo2Sum += v;
                    spo2.add(OxygenSaturationSample.builder()
                            .timestamp(ts(r.start(), z))
                            .percentage(r3(v))
                            .build());
                }
                case VO2MAX -> {
                    lastVo2 = v;
                    vo2.add(Vo2MaxSample.builder()
                            .timestamp(ts(r.start(), z))
                            .vo2maxMlPerMinPerKg(v)
                            .build());
                }
                case ELEVATION -> {
                    elevation += v;
                    hasElevation = true;
                }
                default -> {}
            }
        }
        Daily.Builder d = Daily.builder()
                .metadata(DailyMetadata.builder()
                        .startTime(b[0])
                        .endTime(b[1])
                        .uploadType(UploadType.AUTOMATIC)
                        .timestampLocalization(TimestampLocalization.LOCAL)
                        .build())
                .deviceData(x.device(recs));
        if (hasSteps || hasDist || hasFloors || hasElevation) {
            d.distanceData(DailyDistanceData.builder()
                    .elevation(
                            hasElevation
                                    ? ElevationData.builder()
                                            .gainActualMeters(r3(elevation))
                                            .build()
                                    : null)
                    .steps(hasSteps ? (int) Math.round(steps) : null)
                    .distanceMeters(hasDist ? r3(dist) : null)
                    .floorsClimbed(hasFloors ? (int) Math.round(floors) : null)
                    .detailed(DistanceDataDetailed.builder()
                            .stepSamples(stepSamples.isEmpty() ? null : stepSamples)
                            .floorsClimbedSamples(floorSamples.isEmpty() ? null : floorSamples)
                            .build())
                    .build());
        }
        if (hasActive || hasBasal || hasTotal) {
            Double tot = hasTotal ? r3(total) : r3(active + basal);
            d.caloriesData(CaloriesData.builder()
                    .netActivityCalories(hasActive ? r3(active) : null)
                    .bmrCalories(hasBasal ? r3(basal) : null)
                    .totalBurnedCalories(tot)
                    .build());
        }
        if (!spo2.isEmpty() || !vo2.isEmpty()) {
            d.oxygenData(OxygenData.builder()
                    .avgSaturationPercentage(spo2.isEmpty() ? null : r3(spo2Sum / spo2.size()))
                    .saturationSamples(spo2.isEmpty() ? null : spo2)
                    .vo2maxMlPerMinPerKg(lastVo2)
                    .vo2Samples(vo2.isEmpty() ? null : vo2)
                    .build());
        }
        if (!hr.isEmpty() || resting != null || hrvCount > 0 || !rmssd.isEmpty()) {
            List<HeartRateDataSample> samples = new ArrayList<>();
            double sum = 0;
            Double min = null, max = null;
            for (Map.Entry<Long, Double> e : hr.entrySet()) {
                double v = e.getValue();
                samples.add(HeartRateDataSample.builder()
                        .timestamp(ts(Instant.ofEpochMilli(e.getKey()), z))
                        .bpm(v)
                        .build());
                sum += v;
                min = min == null ? v : Math.min(min, v);
                max = max == null ? v : Math.max(max, v);
            }
            d.heartRateData(HeartRateData.builder()
                    .summary(HeartRateDataSummary.builder()
                            .avgHrBpm(samples.isEmpty() ? null : r3(sum / samples.size()))
                            .minHrBpm(min)
                            .maxHrBpm(max)
                            .restingHrBpm(resting)
                            .avgHrvSdnn(hrvCount == 0 ? null : r3(hrvSum / hrvCount))
                            .avgHrvRmssd(rmssd.isEmpty() ? null : r3(rmssdSum / rmssd.size()))
                            .build())
                    .detailed(HeartRateDataDetailed.builder()
                            .hrSamples(samples.isEmpty() ? null : samples)
                            .hrvSamplesRmssd(rmssd.isEmpty() ? null : rmssd)
                            .build())
                    .build());
        }
        return d.build();
    }
}
