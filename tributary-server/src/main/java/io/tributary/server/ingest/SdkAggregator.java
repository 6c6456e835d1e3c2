package io.tributary.server.ingest;

import static io.tributary.server.ingest.SdkKinds.*;

import io.tributary.model.Activity;
import io.tributary.model.Body;
import io.tributary.model.BreathingRates;
import io.tributary.model.Daily;
import io.tributary.model.Menstruation;
import io.tributary.model.Nutrition;
import io.tributary.model.Sleep;
import io.tributary.model.SleepStageTally;
import io.tributary.model.Timestamps;
import io.tributary.model.enums.SleepLevel;
import io.tributary.model.enums.SleepUploadType;
import io.tributary.model.enums.TimestampLocalization;
import io.tributary.model.enums.UploadType;
import io.tributary.model.nested.ActiveDurationsData;
import io.tributary.model.nested.ActivityMetadata;
import io.tributary.model.nested.BloodPressureData;
import io.tributary.model.nested.BloodPressureSample;
import io.tributary.model.nested.BodyMetadata;
import io.tributary.model.nested.CadenceSample;
import io.tributary.model.nested.CaloriesData;
import io.tributary.model.nested.DailyDistanceData;
import io.tributary.model.nested.DailyMetadata;
import io.tributary.model.nested.DeviceData;
import io.tributary.model.nested.DistanceData;
import io.tributary.model.nested.DistanceDataDetailed;
import io.tributary.model.nested.DistanceDataSummary;
import io.tributary.model.nested.ElevationData;
import io.tributary.model.nested.FloorsClimbedSample;
import io.tributary.model.nested.GlucoseData;
import io.tributary.model.nested.GlucoseDataSample;
import io.tributary.model.nested.HeartRateData;
import io.tributary.model.nested.HeartRateDataDetailed;
import io.tributary.model.nested.HeartRateDataSample;
import io.tributary.model.nested.HeartRateDataSummary;
import io.tributary.model.nested.HeartRateVariabilityDataSampleRMSSD;
import io.tributary.model.nested.MeasurementDataSample;
import io.tributary.model.nested.MeasurementsData;
import io.tributary.model.nested.MenstruationData;
import io.tributary.model.nested.MenstruationFlowSample;
import io.tributary.model.nested.MenstruationMetadata;
import io.tributary.model.nested.MovementData;
import io.tributary.model.nested.NutritionMacros;
import io.tributary.model.nested.NutritionMetadata;
import io.tributary.model.nested.NutritionSummary;
import io.tributary.model.nested.OxygenData;
import io.tributary.model.nested.OxygenSaturationSample;
import io.tributary.model.nested.PowerData;
import io.tributary.model.nested.PowerSample;
import io.tributary.model.nested.SleepMetadata;
import io.tributary.model.nested.SpeedSample;
import io.tributary.model.nested.StepSample;
import io.tributary.model.nested.TemperatureData;
import io.tributary.model.nested.TemperatureSample;
import io.tributary.model.nested.Vo2MaxSample;
import io.tributary.server.storage.SdkStore.SdkRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Builds Terra models from ALL stored SDK records of a user's day / session / workout (pure). */
final class SdkAggregator {
    /** A night holds a few dozen readings; this only bounds a pathological upload. */
    private static final int MAX_BREATH_SAMPLES = 10_000;

    private final JsonMapper json;

    SdkAggregator(JsonMapper json) {
        this.json = json;
    }

    private static ZoneOffset zone(List<SdkRecord> recs) {
        return ZoneOffset.ofTotalSeconds(recs.get(0).offsetSeconds());
    }

    private static String ts(Instant t, ZoneOffset z) {
        return Timestamps.format(t, z);
    }

    private static double r3(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }

    private JsonNode extra(SdkRecord r) {
        return r.extraJson() == null ? json.createObjectNode() : json.readTree(r.extraJson());
    }

    /** Day start/end in the offset of the day's first record. */
    private static String[] dayBounds(LocalDate day, ZoneOffset z) {
        Instant s = day.atStartOfDay().toInstant(z);
        return new String[] {ts(s, z), ts(s.plusSeconds(86400), z)};
    }

    private DeviceData device(List<SdkRecord> recs) {
        for (SdkRecord r : recs) {
            JsonNode e = extra(r);
            String name = e.has("device")
                    ? e.get("device").asString()
                    : e.has("source") ? e.get("source").asString() : null;
            if (name != null) return DeviceData.builder().name(name).build();
        }
        return null;
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
                    JsonNode s = extra(r).get("samples");
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
                .deviceData(device(recs));
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

    Body body(LocalDate day, List<SdkRecord> recs) {
        ZoneOffset z = zone(recs);
        String[] b = dayBounds(day, z);
        TreeMap<Instant, MeasurementDataSample.Builder> meas = new TreeMap<>();
        double w = 0, f = 0, h = 0, g = 0, sys = 0, dia = 0, temp = 0;
        int nw = 0, nf = 0, nh = 0;
        List<GlucoseDataSample> glucose = new ArrayList<>();
        List<BloodPressureSample> bp = new ArrayList<>();
        List<TemperatureSample> temps = new ArrayList<>();
        for (SdkRecord r : recs) {
            if (r.value() == null) continue;
            String at = ts(r.start(), ZoneOffset.ofTotalSeconds(r.offsetSeconds()));
            switch (r.kind()) {
                case GLUCOSE -> {
                    g += r.value();
                    glucose.add(GlucoseDataSample.builder()
                            .timestamp(at)
                            .bloodGlucoseMgPerDl(r3(r.value()))
                            .build());
                    continue;
                }
                case BLOOD_PRESSURE -> {
                    JsonNode di = extra(r).get("diastolic");
                    double dv = di == null ? Double.NaN : di.asDouble();
                    sys += r.value();
                    dia += dv;
                    bp.add(BloodPressureSample.builder()
                            .timestamp(at)
                            .systolicBp(r3(r.value()))
                            .diastolicBp(Double.isNaN(dv) ? null : r3(dv))
                            .build());
                    continue;
                }
                case BODY_TEMP -> {
                    temp += r.value();
                    temps.add(TemperatureSample.builder()
                            .timestamp(at)
                            .temperatureCelsius(r3(r.value()))
                            .build());
                    continue;
                }
                default -> {}
            }
            MeasurementDataSample.Builder s = meas.computeIfAbsent(
                    r.start(),
                    t -> MeasurementDataSample.builder()
                            .measurementTime(ts(t, ZoneOffset.ofTotalSeconds(r.offsetSeconds()))));
            double v = r3(r.value());
            switch (r.kind()) {
                case WEIGHT -> {
                    s.weightKg(v);
                    w += v;
                    nw++;
                }
                case BODY_FAT -> {
                    s.bodyfatPercentage(v);
                    f += v;
                    nf++;
                }
                case HEIGHT -> {
                    s.heightCm(v);
                    h += v;
                    nh++;
                }
                case LEAN_MASS -> s.leanMassG(r3(r.value() * 1000.0));
                case BONE_MASS -> s.boneMassG(r3(r.value() * 1000.0));
                default -> {}
            }
        }
        List<MeasurementDataSample> list = new ArrayList<>();
        meas.values().forEach(x -> list.add(x.build()));
        return Body.builder()
                .metadata(BodyMetadata.builder()
                        .startTime(b[0])
                        .endTime(b[1])
                        .timestampLocalization(TimestampLocalization.LOCAL)
                        .build())
                .deviceData(device(recs))
                .measurementsData(
                        list.isEmpty()
                                ? null
                                : MeasurementsData.builder()
                                        .measurements(list)
                                        .dayAvgWeightKg(nw == 0 ? null : r3(w / nw))
                                        .dayAvgBodyfatPercentage(nf == 0 ? null : r3(f / nf))
                                        .dayAvgHeightCm(nh == 0 ? null : r3(h / nh))
                                        .build())
                .glucoseData(
                        glucose.isEmpty()
                                ? null
                                : GlucoseData.builder()
                                        .bloodGlucoseSamples(glucose)
                                        .dayAvgBloodGlucoseMgPerDl(r3(g / glucose.size()))
                                        .build())
                .bloodPressureData(
                        bp.isEmpty()
                                ? null
                                : BloodPressureData.builder()
                                        .bloodPressureSamples(bp)
                                        .dayAvgSystolicBp(r3(sys / bp.size()))
                                        .dayAvgDiastolicBp(Double.isNaN(dia) ? null : r3(dia / bp.size()))
                                        .build())
                .temperatureData(
                        temps.isEmpty()
                                ? null
                                : TemperatureData.builder()
                                        .bodyTemperatureSamples(temps)
                                        .dayAvgBodyTemperatureCelsius(r3(temp / temps.size()))
                                        .build())
                .build();
    }

    Nutrition nutrition(LocalDate day, List<SdkRecord> recs) {
        ZoneOffset z = zone(recs);
        String[] b = dayBounds(day, z);
        Map<String, Double> sums = new LinkedHashMap<>();
        for (SdkRecord r : recs) {
            JsonNode n = extra(r).get("nutrients");
            if (n == null) continue;
            for (Map.Entry<String, JsonNode> e : n.properties())
                sums.merge(e.getKey(), e.getValue().asDouble(), Double::sum);
        }
        return Nutrition.builder()
                .metadata(NutritionMetadata.builder()
                        .startTime(b[0])
                        .endTime(b[1])
                        .timestampLocalization(TimestampLocalization.LOCAL)
                        .build())
                .summary(NutritionSummary.builder()
                        .macros(NutritionMacros.builder()
                                .calories(round(sums.get("calories")))
                                .proteinG(round(sums.get("protein_g")))
                                .carbohydratesG(round(sums.get("carbohydrates_g")))
                                .fatG(round(sums.get("fat_g")))
                                .fiberG(round(sums.get("fiber_g")))
                                .sugarG(round(sums.get("sugar_g")))
                                .build())
                        .waterMl(round(sums.get("water_ml")))
                        .build())
                .build();
    }

    private static Double round(Double v) {
        return v == null ? null : r3(v);
    }

    Menstruation menstruation(LocalDate day, List<SdkRecord> recs) {
        ZoneOffset z = zone(recs);
        String[] b = dayBounds(day, z);
        List<MenstruationFlowSample> flows = new ArrayList<>();
        for (SdkRecord r : recs) {
            flows.add(MenstruationFlowSample.builder()
                    .timestamp(ts(r.start(), ZoneOffset.ofTotalSeconds(r.offsetSeconds())))
                    .flow(r.value() == null ? 0 : r.value().intValue())
                    .build());
        }
        return Menstruation.builder()
                .metadata(MenstruationMetadata.builder()
                        .startTime(b[0])
                        .endTime(b[1])
                        .timestampLocalization(TimestampLocalization.LOCAL)
                        .build())
                .menstruationData(
                        MenstruationData.builder().menstruationFlow(flows).build())
                .build();
    }

    /** The values of {@code kind} in {@code recs} (a series record's samples, else its value) inside [from, to]. */
    private TreeMap<Long, Double> series(List<SdkRecord> recs, String kind, long from, long to) {
        TreeMap<Long, Double> out = new TreeMap<>();
        for (SdkRecord r : recs) {
            if (!kind.equals(r.kind())) continue;
            JsonNode s = extra(r).get("samples");
            if (s != null && s.isArray()) {
                for (JsonNode p : s) out.put(p.get(0).asLong(), p.get(1).asDouble());
            } else if (r.value() != null) out.put(r.start().toEpochMilli(), r.value());
        }
        return new TreeMap<>(out.subMap(from, true, to, true));
    }

    private static Double mean(TreeMap<Long, Double> s) {
        return s.isEmpty()
                ? null
                : r3(s.values().stream().mapToDouble(Double::doubleValue).sum() / s.size());
    }

    private static Double max(TreeMap<Long, Double> s) {
        return s.isEmpty() ? null : s.values().stream().max(Double::compare).orElseThrow();
    }

    /**
     * A workout, with the samples stored for its time span: heart rate, and speed, power and cadence (records of
     * kinds {@link SdkKinds#SPEED}, {@link SdkKinds#POWER}, {@link SdkKinds#CADENCE}).
     */
    Activity activity(SdkRecord w, List<SdkRecord> sampleRecords) {
        ZoneOffset z = ZoneOffset.ofTotalSeconds(w.offsetSeconds());
        JsonNode e = extra(w);
        long from = w.start().toEpochMilli(), to = w.end().toEpochMilli();
        TreeMap<Long, Double> hr = series(sampleRecords, HR, from, to);
        List<HeartRateDataSample> samples = new ArrayList<>();
        double sum = 0;
        Double min = null, max = null;
        for (Map.Entry<Long, Double> x : hr.entrySet()) {
            samples.add(HeartRateDataSample.builder()
                    .timestamp(ts(Instant.ofEpochMilli(x.getKey()), z))
                    .bpm(x.getValue())
                    .build());
            sum += x.getValue();
            min = min == null ? x.getValue() : Math.min(min, x.getValue());
            max = max == null ? x.getValue() : Math.max(max, x.getValue());
        }
        double duration = e.has("duration_s") ? e.get("duration_s").asDouble() : (to - from) / 1000.0;
        double elapsed = (to - from) / 1000.0;
        Activity.Builder a = Activity.builder()
                .metadata(ActivityMetadata.builder()
                        .startTime(ts(w.start(), z))
                        .endTime(ts(w.end(), z))
                        .summaryId(w.recordId())
                        .type(e.get("activity_type").asInt())
                        .name(
                                e.has("name") && !e.get("name").isNull()
                                        ? e.get("name").asString()
                                        : null)
                        .uploadType(UploadType.AUTOMATIC)
                        .timestampLocalization(TimestampLocalization.LOCAL)
                        .build())
                .deviceData(device(List.of(w)))
                .activeDurationsData(ActiveDurationsData.builder()
                        .activitySeconds(r3(duration))
                        .restSeconds(r3(Math.max(0, elapsed - duration)))
                        .build());
        if (e.has("kcal")) {
            a.caloriesData(CaloriesData.builder()
                    .totalBurnedCalories(r3(e.get("kcal").asDouble()))
                    .build());
        }
        if (e.has("distance_m")) {
            a.distanceData(DistanceData.builder()
                    .summary(DistanceDataSummary.builder()
                            .distanceMeters(r3(e.get("distance_m").asDouble()))
                            .build())
                    .build());
        }
        movement(
                a,
                sampleRecords,
                from,
                to,
                z,
                e.has("distance_m") ? e.get("distance_m").asDouble() : null,
                duration);
        if (!samples.isEmpty()) {
            a.heartRateData(HeartRateData.builder()
                    .summary(HeartRateDataSummary.builder()
                            .avgHrBpm(r3(sum / samples.size()))
                            .minHrBpm(min)
                            .maxHrBpm(max)
                            .build())
                    .detailed(HeartRateDataDetailed.builder().hrSamples(samples).build())
                    .build());
        }
        return a.build();
    }

    /** Speed and cadence into {@code movement_data}, power into {@code power_data}; nothing without samples. */
    private void movement(
            Activity.Builder a, List<SdkRecord> recs, long from, long to, ZoneOffset z, Double distance, double secs) {
        TreeMap<Long, Double> speed = series(recs, SPEED, from, to);
        TreeMap<Long, Double> cadence = series(recs, CADENCE, from, to);
        TreeMap<Long, Double> power = series(recs, POWER, from, to);
        if (!speed.isEmpty() || !cadence.isEmpty()) {
            // the average speed is the declared distance over the active time when there is one, as in file imports
            Double avgSpeed = distance != null && secs > 0 ? Double.valueOf(r3(distance / secs)) : mean(speed);
            List<SpeedSample> sp = new ArrayList<>();
            speed.forEach((t, v) -> sp.add(SpeedSample.builder()
                    .timestamp(ts(Instant.ofEpochMilli(t), z))
                    .speedMetersPerSecond(v)
                    .build()));
            List<CadenceSample> cad = new ArrayList<>();
            cadence.forEach((t, v) -> cad.add(CadenceSample.builder()
                    .timestamp(ts(Instant.ofEpochMilli(t), z))
                    .cadenceRpm(v)
                    .build()));
            a.movementData(MovementData.builder()
                    .avgSpeedMetersPerSecond(speed.isEmpty() ? null : avgSpeed)
                    .maxSpeedMetersPerSecond(max(speed))
                    .avgCadenceRpm(mean(cadence))
                    .maxCadenceRpm(max(cadence))
                    .speedSamples(sp.isEmpty() ? null : sp)
                    .cadenceSamples(cad.isEmpty() ? null : cad)
                    .build());
        }
        if (!power.isEmpty()) {
            List<PowerSample> pw = new ArrayList<>();
            power.forEach((t, v) -> pw.add(PowerSample.builder()
                    .timestamp(ts(Instant.ofEpochMilli(t), z))
                    .watts(v)
                    .build()));
            a.powerData(PowerData.builder()
                    .avgWatts(mean(power))
                    .maxWatts(max(power))
                    .powerSamples(pw)
                    .build());
        }
    }

    /** A stage segment: level -1 in bed (not a stage), -2 out of bed, else a Terra SleepLevel. */
    record Segment(long start, long end, int level) {}

    /** Segments of stored sleep records: HealthKit samples are one segment each, a Health Connect session its stages. */
    List<Segment> segments(SdkRecord r) {
        List<Segment> out = new ArrayList<>();
        JsonNode st = extra(r).get("stages");
        if (st != null && st.isArray()) {
            for (JsonNode s : st)
                out.add(new Segment(
                        s.get(0).asLong(), s.get(1).asLong(), s.get(2).asInt()));
            if (out.isEmpty())
                out.add(new Segment(r.start().toEpochMilli(), r.end().toEpochMilli(), SleepLevel.SLEEPING.value()));
        } else if (r.value() != null) {
            out.add(new Segment(
                    r.start().toEpochMilli(), r.end().toEpochMilli(), r.value().intValue()));
        }
        return out;
    }

    /**
     * One sleep from its segments; {@code bounds} are the session's start/end (ms). Respiratory-rate records
     * ({@code respRecords}) inside them become {@code respiration_data}.
     */
    Sleep sleep(
            String summaryId,
            long start,
            long end,
            ZoneOffset z,
            List<Segment> segs,
            DeviceData device,
            List<SdkRecord> respRecords) {
        BreathingRates breaths = new BreathingRates(start, end, z);
        series(respRecords, RESP_RATE, start, end).forEach(breaths::add);
        segs = new ArrayList<>(segs);
        segs.sort(Comparator.comparingLong(Segment::start));
        SleepStageTally tally = new SleepStageTally(z);
        for (Segment s : segs) if (s.level() >= 0) tally.add(s.start(), s.end(), s.level());
        double inBed = (end - start) / 1000.0;
        return Sleep.builder()
                .metadata(SleepMetadata.builder()
                        .startTime(ts(Instant.ofEpochMilli(start), z))
                        .endTime(ts(Instant.ofEpochMilli(end), z))
                        .summaryId(summaryId)
                        .isNap(inBed < 3 * 3600)
                        .uploadType(SleepUploadType.AUTOMATIC)
                        .timestampLocalization(TimestampLocalization.LOCAL)
                        .build())
                .deviceData(device)
                .respirationData(breaths.build(MAX_BREATH_SAMPLES))
                .sleepDurationsData(tally.durations(inBed, inBed, true))
                .build();
    }

    DeviceData deviceOf(List<SdkRecord> recs) {
        return device(recs);
    }
}
