package io.tributary.connectors.garmin;

import static io.tributary.connectors.ProviderJson.longValue;
import static io.tributary.connectors.ProviderJson.number;

import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.MappedRecord;
import io.tributary.connectors.ProviderJson;
import io.tributary.connectors.RecordMapper;
import io.tributary.model.Activity;
import io.tributary.model.DataType;
import io.tributary.model.nested.CadenceSample;
import io.tributary.model.nested.DistanceData;
import io.tributary.model.nested.DistanceDataDetailed;
import io.tributary.model.nested.DistanceSample;
import io.tributary.model.nested.ElevationSample;
import io.tributary.model.nested.HeartRateData;
import io.tributary.model.nested.HeartRateDataDetailed;
import io.tributary.model.nested.HeartRateDataSample;
import io.tributary.model.nested.LapData;
import io.tributary.model.nested.LapSample;
import io.tributary.model.nested.PositionData;
import io.tributary.model.nested.PositionSample;
import io.tributary.model.nested.PowerData;
import io.tributary.model.nested.PowerSample;
import io.tributary.model.nested.SpeedSample;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Activity details ({@code activityDetails}, Activity API) → the same Activity as its summary (summary_id =
 * activityId), with the per-second samples (heart rate, position, elevation, speed, distance, power, cadence; each
 * with its timer duration) and the laps. Partial, like {@link GarminActivitiesMapper}.
 */
final class GarminActivityDetailsMapper implements RecordMapper {
    @Override
    public String endpoint() {
        return "activityDetails";
    }

    @Override
    public DataType dataType() {
        return DataType.ACTIVITY;
    }

    @Override
    public Set<String> requiredFields() {
        return Set.of("summaryId", "summary", "summary.startTimeInSeconds");
    }

    @Override
    public List<MappedRecord> map(JsonNode e) throws ConnectorException {
        String sid = ProviderJson.requireText(e, "summaryId");
        JsonNode summary = e.get("summary");
        if (summary == null || !summary.isObject())
            throw ConnectorException.malformed("activityDetails without summary");
        String id = GarminActivity.summaryId(e);
        Activity base = GarminActivity.from(summary, id).build();
        ZoneOffset off = GarminTime.offset(summary, "startTimeOffsetInSeconds");
        List<HeartRateDataSample> hr = new ArrayList<>();
        List<PositionSample> pos = new ArrayList<>();
        List<ElevationSample> elev = new ArrayList<>();
        List<SpeedSample> speed = new ArrayList<>();
        List<DistanceSample> dist = new ArrayList<>();
        List<PowerSample> power = new ArrayList<>();
        List<CadenceSample> cadence = new ArrayList<>();
        for (JsonNode s : e.path("samples")) {
            Long t = longValue(s, "startTimeInSeconds");
            if (t == null) continue;
            String ts = GarminTime.at(t, off);
            Double timer = number(s, "timerDurationInSeconds");
            Double v;
            if ((v = number(s, "heartRate")) != null)
                hr.add(HeartRateDataSample.builder()
                        .timestamp(ts)
                        .bpm(v)
                        .timerDurationSeconds(timer)
                        .build());
            Double lat = number(s, "latitudeInDegree");
            Double lng = number(s, "longitudeInDegree");
            if (lat != null && lng != null)
                pos.add(PositionSample.builder()
                        .timestamp(ts)
                        .coordsLatLngDeg(List.of(lat, lng))
                        .timerDurationSeconds(timer)
                        .build());
            if ((v = number(s, "elevationInMeters")) != null)
                elev.add(ElevationSample.builder()
                        .timestamp(ts)
                        .elevMeters(v)
                        .timerDurationSeconds(timer)
                        .build());
            if ((v = number(s, "speedMetersPerSecond")) != null)
                speed.add(SpeedSample.builder()
                        .timestamp(ts)
                        .speedMetersPerSecond(v)
                        .timerDurationSeconds(timer)
                        .build());
            if ((v = number(s, "totalDistanceInMeters")) != null)
                dist.add(DistanceSample.builder()
                        .timestamp(ts)
                        .distanceMeters(v)
                        .timerDurationSeconds(timer)
                        .build());
            if ((v = number(s, "powerInWatts")) != null)
                power.add(PowerSample.builder()
                        .timestamp(ts)
                        .watts(v)
                        .timerDurationSeconds(timer)
                        .build());
            Double c = number(s, "bikeCadenceInRPM");
            if (c == null) c = number(s, "stepsPerMinute");
            if (c == null) c = number(s, "swimCadenceInStrokesPerMinute");
            if (c != null)
                cadence.add(CadenceSample.builder()
                        .timestamp(ts)
                        .cadenceRpm(c)
                        .timerDurationSeconds(timer)
                        .build());
        }
        Activity a = base.toBuilder()
                .heartRateData(HeartRateData.builder()
                        .summary(base.heartRateData().summary())
                        .detailed(
                                hr.isEmpty()
                                        ? null
                                        : HeartRateDataDetailed.builder()
                                                .hrSamples(hr)
                                                .build())
                        .build())
                .positionData(
                        pos.isEmpty() && base.positionData() == null
                                ? null
                                : (base.positionData() == null
                                                ? PositionData.builder()
                                                : base.positionData().toBuilder())
                                        .positionSamples(pos.isEmpty() ? null : pos)
                                        .endPosLatLngDeg(
                                                pos.isEmpty()
                                                        ? null
                                                        : pos.get(pos.size() - 1)
                                                                .coordsLatLngDeg())
                                        .build())
                .distanceData(DistanceData.builder()
                        .summary(base.distanceData().summary())
                        .detailed(
                                elev.isEmpty() && dist.isEmpty()
                                        ? null
                                        : DistanceDataDetailed.builder()
                                                .elevationSamples(elev.isEmpty() ? null : elev)
                                                .distanceSamples(dist.isEmpty() ? null : dist)
                                                .build())
                        .build())
                .movementData(base.movementData().toBuilder()
                        .speedSamples(speed.isEmpty() ? null : speed)
                        .cadenceSamples(cadence.isEmpty() ? null : cadence)
                        .build())
                .powerData(
                        power.isEmpty()
                                ? null
                                : PowerData.builder()
                                        .powerSamples(power)
                                        .avgWatts(power.stream()
                                                .mapToDouble(PowerSample::watts)
                                                .average()
                                                .orElse(0))
                                        .maxWatts(power.stream()
                                                .mapToDouble(PowerSample::watts)
                                                .max()
                                                .orElse(0))
                                        .build())
                .lapData(laps(e.path("laps"), base, off))
                .build();
        return List.of(MappedRecord.partial(a, "activityDetails:" + sid));
    }

    /** Laps carry only their start; each ends where the next starts, the last at the activity's end. */
    private static LapData laps(JsonNode laps, Activity base, ZoneOffset off) {
        List<Long> starts = new ArrayList<>();
        for (JsonNode l : laps) {
            Long s = longValue(l, "startTimeInSeconds");
            if (s != null) starts.add(s);
        }
        if (starts.isEmpty()) return null;
        List<LapSample> out = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++)
            out.add(LapSample.builder()
                    .startTime(GarminTime.at(starts.get(i), off))
                    .endTime(
                            i + 1 < starts.size()
                                    ? GarminTime.at(starts.get(i + 1), off)
                                    : base.metadata().endTime())
                    .build());
        return LapData.builder().laps(out).build();
    }
}
