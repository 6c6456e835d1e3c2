package io.tributary.files;

import static io.tributary.files.FitValues.offset;

import com.garmin.fit.MonitoringMesg;
import io.tributary.model.Daily;
import io.tributary.model.TerraDataModel;
import io.tributary.model.Timestamps;
import io.tributary.model.enums.ActivityLevel;
import io.tributary.model.enums.TimestampLocalization;
import io.tributary.model.enums.UploadType;
import io.tributary.model.nested.ActiveDurationsData;
import io.tributary.model.nested.ActivityLevelSample;
import io.tributary.model.nested.CaloriesData;
import io.tributary.model.nested.DailyDistanceData;
import io.tributary.model.nested.DailyMetadata;
import io.tributary.model.nested.DeviceData;
import io.tributary.model.nested.DistanceDataDetailed;
import io.tributary.model.nested.ElevationData;
import io.tributary.model.nested.HeartRateData;
import io.tributary.model.nested.HeartRateDataDetailed;
import io.tributary.model.nested.HeartRateDataSample;
import io.tributary.model.nested.HeartRateDataSummary;
import io.tributary.model.nested.StepSample;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/** FIT {@code monitoring} → one {@link Daily} per local day. */
final class FitDailies {
    FitDailies() {}

    // ---------------------------------------------------------------- monitoring → Daily
    private static final class Day {
        final Map<String, double[]> perType = new HashMap<>(); // type -> [steps, distance, activeCalories, activeTime]
        final TreeMap<Instant, Double> hr = new TreeMap<>();
        final TreeMap<Instant, Double> steps = new TreeMap<>();
        final TreeMap<Instant, Integer> levels = new TreeMap<>();
        double moderateMin;
        double vigorousMin;
        double ascent;
        double descent;
    }

    int map(FitMessages s, DeviceData device, Consumer<TerraDataModel> sink) {
        ZoneOffset off = s.monitoringInfo == null
                ? null
                : offset(s.monitoringInfo.getLocalTimestamp(), s.monitoringInfo.getTimestamp());
        boolean local = off != null;
        ZoneOffset zone = local ? off : ZoneOffset.UTC;
        Integer rmr = s.monitoringInfo == null ? null : s.monitoringInfo.getRestingMetabolicRate();
        TreeMap<LocalDate, Day> days = new TreeMap<>();
        Long lastTs = null;
        Map<String, Double> lastStepsPerType = new HashMap<>();
        if (s.monitoringInfo != null && s.monitoringInfo.getTimestamp() != null) {
            lastTs = s.monitoringInfo.getTimestamp().getTimestamp();
        }
        for (MonitoringMesg m : s.monitoring) {
            long ts;
            if (m.getTimestamp() != null) {
                ts = m.getTimestamp().getTimestamp();
            } else if (m.getTimestamp16() != null && lastTs != null) {
                ts = lastTs + ((m.getTimestamp16() - (lastTs & 0xFFFF)) & 0xFFFF);
            } else {
                continue;
            }
            lastTs = ts;
            Instant t = FitValues.FIT_EPOCH.plusSeconds(ts);
            LocalDate date = t.atOffset(zone).toLocalDate();
            Day d = days.computeIfAbsent(date, k -> new Day());
            if (m.getHeartRate() != null && m.getHeartRate() > 0) {
                d.hr.put(t, (double) m.getHeartRate());
            }
            String type = m.getActivityType() == null
                    ? "GENERIC"
                    : m.getActivityType().name();
            double[] v = d.perType.computeIfAbsent(type, k -> new double[4]);
            Double steps = m.getSteps() != null ? Double.valueOf(m.getSteps()) : null;
            if (steps == null && m.getCycles() != null && ("WALKING".equals(type) || "RUNNING".equals(type))) {
                steps = (double) m.getCycles();
            }
            if (steps != null) {
                String key = date + "|" + type;
                double prev = lastStepsPerType.getOrDefault(key, 0.0);
                if (steps > prev) {
                    d.steps.merge(t, steps - prev, Double::sum);
                }
                lastStepsPerType.put(key, Math.max(prev, steps));
                v[0] = Math.max(v[0], steps);
            }
            if (m.getDistance() != null) {
                v[1] = Math.max(v[1], m.getDistance());
            }
            Integer cal = m.getActiveCalories() != null ? m.getActiveCalories() : m.getCalories();
            if (cal != null) {
                v[2] = Math.max(v[2], cal);
            }
            if (m.getActiveTime() != null) {
                v[3] = Math.max(v[3], m.getActiveTime());
            }
            if (m.getModerateActivityMinutes() != null) {
                d.moderateMin = Math.max(d.moderateMin, m.getModerateActivityMinutes());
            }
            if (m.getVigorousActivityMinutes() != null) {
                d.vigorousMin = Math.max(d.vigorousMin, m.getVigorousActivityMinutes());
            }
            if (m.getAscent() != null) {
                d.ascent = Math.max(d.ascent, m.getAscent());
            }
            if (m.getDescent() != null) {
                d.descent = Math.max(d.descent, m.getDescent());
            }
            Integer level = null;
            if ("SEDENTARY".equals(type)) {
                level = ActivityLevel.INACTIVE.value();
            } else if (m.getActivityLevel() != null) {
                level = switch (m.getActivityLevel()) {
                    case LOW -> ActivityLevel.LOW_INTENSITY.value();
                    case MEDIUM -> ActivityLevel.MEDIUM_INTENSITY.value();
                    case HIGH -> ActivityLevel.HIGH_INTENSITY.value();
                    default -> null;
                };
            }
            if (level != null) {
                d.levels.put(t, level);
            }
        }
        int n = 0;
        for (Map.Entry<LocalDate, Day> e : days.entrySet()) {
            Day d = e.getValue();
            double steps = 0;
            double dist = 0;
            double activeCal = 0;
            double activeTime = 0;
            for (Map.Entry<String, double[]> t : d.perType.entrySet()) {
                steps += t.getValue()[0];
                dist += t.getValue()[1];
                activeCal += t.getValue()[2];
                if (!"SEDENTARY".equals(t.getKey())) {
                    activeTime += t.getValue()[3];
                }
            }
            Instant dayStart = e.getKey().atStartOfDay().toInstant(zone);
            Instant dayEnd = dayStart.plus(Duration.ofDays(1));
            List<HeartRateDataSample> hrSamples = new ArrayList<>();
            double sum = 0;
            double max = 0;
            double min = Double.MAX_VALUE;
            for (Map.Entry<Instant, Double> h : d.hr.entrySet()) {
                hrSamples.add(HeartRateDataSample.builder()
                        .timestamp(Timestamps.format(h.getKey(), zone))
                        .bpm(h.getValue())
                        .build());
                sum += h.getValue();
                max = Math.max(max, h.getValue());
                min = Math.min(min, h.getValue());
            }
            List<StepSample> stepSamples = new ArrayList<>();
            for (Map.Entry<Instant, Double> st : d.steps.entrySet()) {
                stepSamples.add(StepSample.builder()
                        .timestamp(Timestamps.format(st.getKey(), zone))
                        .steps(st.getValue())
                        .build());
            }
            List<ActivityLevelSample> levelSamples = new ArrayList<>();
            for (Map.Entry<Instant, Integer> l : d.levels.entrySet()) {
                levelSamples.add(ActivityLevelSample.builder()
                        .timestamp(Timestamps.format(l.getKey(), zone))
                        .activityLevel(l.getValue())
                        .level(l.getValue())
                        .build());
            }
            Double bmr = rmr == null ? null : (double) rmr;
            Daily daily = Daily.builder()
                    .metadata(DailyMetadata.builder()
                            .startTime(Timestamps.format(dayStart, zone))
                            .endTime(Timestamps.format(dayEnd, zone))
                            .uploadType(UploadType.MANUAL)
                            .timestampLocalization(local ? TimestampLocalization.LOCAL : TimestampLocalization.UTC)
                            .build())
                    .distanceData(DailyDistanceData.builder()
                            .steps((int) Math.round(steps))
                            .distanceMeters(ActivityAssembler.round3(dist))
                            .elevation(
                                    d.ascent > 0 || d.descent > 0
                                            ? ElevationData.builder()
                                                    .gainActualMeters(d.ascent)
                                                    .lossActualMeters(d.descent)
                                                    .build()
                                            : null)
                            .detailed(
                                    stepSamples.isEmpty()
                                            ? null
                                            : DistanceDataDetailed.builder()
                                                    .stepSamples(stepSamples)
                                                    .build())
                            .build())
                    .caloriesData(CaloriesData.builder()
                            .netActivityCalories(activeCal)
                            .bmrCalories(bmr)
                            .totalBurnedCalories(bmr == null ? activeCal : activeCal + bmr)
                            .build())
                    .activeDurationsData(ActiveDurationsData.builder()
                            .activitySeconds(activeTime)
                            .moderateIntensitySeconds(d.moderateMin * 60)
                            .vigorousIntensitySeconds(d.vigorousMin * 60)
                            .activityLevelsSamples(levelSamples.isEmpty() ? null : levelSamples)
                            .build())
                    .heartRateData(
                            hrSamples.isEmpty()
                                    ? null
                                    : HeartRateData.builder()
                                            .summary(HeartRateDataSummary.builder()
                                                    .avgHrBpm(ActivityAssembler.round3(sum / hrSamples.size()))
                                                    .maxHrBpm(max)
                                                    .minHrBpm(min)
                                                    .build())
                                            .detailed(HeartRateDataDetailed.builder()
                                                    .hrSamples(hrSamples)
                                                    .build())
                                            .build())
                    .deviceData(device)
                    .build();
            sink.accept(daily);
            n++;
        }
        return n;
    }
}
