package io.tributary.server.ingest;

import static io.tributary.server.ingest.SdkKinds.*;
import static io.tributary.server.ingest.SdkRecords.*;

import io.tributary.model.Activity;
import io.tributary.model.enums.TimestampLocalization;
import io.tributary.model.enums.UploadType;
import io.tributary.model.nested.ActiveDurationsData;
import io.tributary.model.nested.ActivityMetadata;
import io.tributary.model.nested.CadenceSample;
import io.tributary.model.nested.CaloriesData;
import io.tributary.model.nested.DistanceData;
import io.tributary.model.nested.DistanceDataSummary;
import io.tributary.model.nested.HeartRateData;
import io.tributary.model.nested.HeartRateDataDetailed;
import io.tributary.model.nested.HeartRateDataSample;
import io.tributary.model.nested.HeartRateDataSummary;
import io.tributary.model.nested.MovementData;
import io.tributary.model.nested.PowerData;
import io.tributary.model.nested.PowerSample;
import io.tributary.model.nested.SpeedSample;
import io.tributary.server.storage.SdkStore.SdkRecord;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/** A Terra {@link Activity} from a stored workout and the sample records of its time span (pure). */
final class SdkActivityBuilder {
    private final SdkRecords x;

    SdkActivityBuilder(SdkRecords x) {
        this.x = x;
    }

    /**
     * A workout, with the samples stored for its time span: heart rate, and speed, power and cadence (records of
     * kinds {@link SdkKinds#SPEED}, {@link SdkKinds#POWER}, {@link SdkKinds#CADENCE}).
     */
    Activity activity(SdkRecord w, List<SdkRecord> sampleRecords) {
        ZoneOffset z = ZoneOffset.ofTotalSeconds(w.offsetSeconds());
        JsonNode e = x.extra(w);
        long from = w.start().toEpochMilli(), to = w.end().toEpochMilli();
        TreeMap<Long, Double> hr = x.series(sampleRecords, HR, from, to);
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
                .deviceData(x.device(List.of(w)))
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
        TreeMap<Long, Double> speed = x.series(recs, SPEED, from, to);
        TreeMap<Long, Double> cadence = x.series(recs, CADENCE, from, to);
        TreeMap<Long, Double> power = x.series(recs, POWER, from, to);
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
}
