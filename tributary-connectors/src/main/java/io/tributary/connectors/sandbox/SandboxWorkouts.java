package io.tributary.connectors.sandbox;

import io.tributary.model.Activity;
import io.tributary.model.Timestamps;
import io.tributary.model.enums.ActivityType;
import io.tributary.model.enums.TimestampLocalization;
import io.tributary.model.enums.UploadType;
import io.tributary.model.nested.ActiveDurationsData;
import io.tributary.model.nested.ActivityMetadata;
import io.tributary.model.nested.CaloriesData;
import io.tributary.model.nested.DistanceData;
import io.tributary.model.nested.DistanceDataDetailed;
import io.tributary.model.nested.DistanceDataSummary;
import io.tributary.model.nested.DistanceSample;
import io.tributary.model.nested.HeartRateData;
import io.tributary.model.nested.HeartRateDataDetailed;
import io.tributary.model.nested.HeartRateDataSample;
import io.tributary.model.nested.HeartRateDataSummary;
import io.tributary.model.nested.LapData;
import io.tributary.model.nested.LapSample;
import io.tributary.model.nested.MovementData;
import io.tributary.model.nested.PolylineMapData;
import io.tributary.model.nested.PositionData;
import io.tributary.model.nested.PositionSample;
import io.tributary.model.nested.SpeedSample;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** 0–2 workouts a day (runs and rides with samples, laps and a route near home). */
final class SandboxWorkouts extends SandboxPerson {
    SandboxWorkouts(long seed, SandboxGenerator.Profile p) {
        super(seed, p);
    }

    /** 0–2 workouts on day {@code d} that have finished by {@code now}. */
    public List<Activity> activities(LocalDate d, Instant now) {
        Random r = rng(d, 6);
        int n = r.nextDouble() < p.activityProbability() ? (r.nextDouble() < 0.2 ? 2 : 1) : 0;
        List<Activity> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean ride = r.nextDouble() < p.rideShare() * (i == 1 ? 0.5 : 1);
            LocalTime at = i == 0
                    ? LocalTime.of(6, 30).plusMinutes(r.nextInt(120))
                    : LocalTime.of(17, 30).plusMinutes(r.nextInt(120));
            ZonedDateTime start = d.atTime(at).atZone(p.zone());
            Activity a = workout(d, i, ride, start, r);
            if (!Timestamps.parseInstant(a.metadata().endTime()).isAfter(now)) out.add(a);
        }
        return out;
    }

    private Activity workout(LocalDate d, int index, boolean ride, ZonedDateTime start, Random r) {
        double minutes = ride ? clamp(75 + r.nextGaussian() * 30, 40, 180) : clamp(42 + r.nextGaussian() * 12, 20, 90);
        double speed =
                ride ? clamp(7.2 + r.nextGaussian() * 0.8, 5, 10) : clamp(3.0 + r.nextGaussian() * 0.3, 2.3, 4.2);
        int avgHr = (int) Math.round(
                clamp(p.maxHr() * (ride ? 0.72 : 0.80) + r.nextGaussian() * 5, p.restingHr() + 40, p.maxHr() - 5));
        int step = 15;
        int samples = (int) (minutes * 60 / step);
        double radius = speed * samples * step / (2 * Math.PI); // one loop
        double heading = r.nextDouble() * 2 * Math.PI;
        double centerLat = p.homeLat() + Math.sin(heading) * radius / 111_320.0;
        double centerLng =
                p.homeLng() + Math.cos(heading) * radius / (111_320.0 * Math.cos(Math.toRadians(p.homeLat())));
        List<PositionSample> pos = new ArrayList<>();
        List<HeartRateDataSample> hr = new ArrayList<>();
        List<SpeedSample> spd = new ArrayList<>();
        List<DistanceSample> distS = new ArrayList<>();
        List<List<Double>> track = new ArrayList<>();
        double dist = 0, hrSum = 0, hrMax = 0, maxSpeed = 0;
        for (int i = 0; i <= samples; i++) {
            ZonedDateTime t = start.plusSeconds((long) i * step);
            double angle = heading + Math.PI + 2 * Math.PI * i / samples;
            double wobble = 1 + 0.04 * Math.sin(i / 7.0);
            double lat = centerLat + Math.sin(angle) * radius * wobble / 111_320.0;
            double lng =
                    centerLng + Math.cos(angle) * radius * wobble / (111_320.0 * Math.cos(Math.toRadians(centerLat)));
            lat = Math.round(lat * 1e6) / 1e6;
            lng = Math.round(lng * 1e6) / 1e6;
            double v = round2(clamp(speed + r.nextGaussian() * speed * 0.08, speed * 0.5, speed * 1.5));
            double warm = Math.min(1, i / (samples * 0.15 + 1));
            double bpm = Math.round(clamp(
                    p.restingHr() + 30 + (avgHr - p.restingHr() - 30) * (0.7 + 0.35 * warm) + r.nextGaussian() * 3,
                    p.restingHr() + 20,
                    p.maxHr()));
            if (i > 0) dist += v * step;
            String ts = Timestamps.format(t);
            double timer = (double) i * step;
            pos.add(PositionSample.builder()
                    .timestamp(ts)
                    .coordsLatLngDeg(List.of(lat, lng))
                    .timerDurationSeconds(timer)
                    .build());
            hr.add(HeartRateDataSample.builder()
                    .timestamp(ts)
                    .bpm(bpm)
                    .timerDurationSeconds(timer)
                    .context(1)
                    .build());
            spd.add(SpeedSample.builder()
                    .timestamp(ts)
                    .speedMetersPerSecond(v)
                    .timerDurationSeconds(timer)
                    .build());
            distS.add(DistanceSample.builder()
                    .timestamp(ts)
                    .distanceMeters(round1(dist))
                    .timerDurationSeconds(timer)
                    .build());
            track.add(List.of(lat, lng));
            hrSum += bpm;
            hrMax = Math.max(hrMax, bpm);
            maxSpeed = Math.max(maxSpeed, v);
        }
        ZonedDateTime end = start.plusSeconds((long) samples * step);
        double seconds = samples * step;
        double avgSpeed = dist / seconds;
        double kcal = ride ? 0.28 * p.baseWeightKg() * dist / 1000 : 1.0 * p.baseWeightKg() * dist / 1000;
        Integer steps = ride ? null : (int) Math.round(seconds / 60 * clamp(170 + r.nextGaussian() * 5, 155, 185));

        // Laps: every km (runs) or 5 km (rides).
        double lapLen = ride ? 5000 : 1000;
        List<LapSample> laps = new ArrayList<>();
        int lapStartIdx = 0;
        for (int i = 1; i < distS.size(); i++) {
            double dl = distS.get(i).distanceMeters() - distS.get(lapStartIdx).distanceMeters();
            if (dl >= lapLen || i == distS.size() - 1) {
                double secs = (i - lapStartIdx) * (double) step;
                double lapHr = 0;
                for (int k = lapStartIdx; k <= i; k++) lapHr += hr.get(k).bpm();
                laps.add(LapSample.builder()
                        .startTime(distS.get(lapStartIdx).timestamp())
                        .endTime(distS.get(i).timestamp())
                        .distanceMeters(round1(dl))
                        .avgSpeedMetersPerSecond(round2(dl / secs))
                        .avgHrBpm(round1(lapHr / (i - lapStartIdx + 1)))
                        .calories(round1(kcal * dl / dist))
                        .activeDurationSeconds((int) secs)
                        .triggerMethod(i == distS.size() - 1 ? "session_end" : "distance")
                        .build());
                lapStartIdx = i;
            }
        }
        String name = (start.getHour() < 12 ? "Morning " : "Evening ") + (ride ? "Ride" : "Run");
        return Activity.builder()
                .metadata(ActivityMetadata.builder()
                        .name(name)
                        .type(ride ? ActivityType.BIKING.value() : ActivityType.RUNNING.value())
                        .startTime(Timestamps.format(start))
                        .endTime(Timestamps.format(end))
                        .summaryId("sbx-act-" + Long.toHexString(seed) + "-" + d + "-" + index)
                        .city(p.city())
                        .country(p.country())
                        .timestampLocalization(TimestampLocalization.UTC.value())
                        .uploadType(UploadType.AUTOMATIC.value())
                        .build())
                .deviceData(device())
                .activeDurationsData(ActiveDurationsData.builder()
                        .activitySeconds(seconds)
                        .vigorousIntensitySeconds(seconds)
                        .build())
                .caloriesData(CaloriesData.builder()
                        .totalBurnedCalories(round1(kcal + bmr(d) / 86400 * seconds))
                        .netActivityCalories(round1(kcal))
                        .build())
                .distanceData(DistanceData.builder()
                        .summary(DistanceDataSummary.builder()
                                .distanceMeters(round1(dist))
                                .steps(steps)
                                .build())
                        .detailed(DistanceDataDetailed.builder()
                                .distanceSamples(distS)
                                .build())
                        .build())
                .heartRateData(HeartRateData.builder()
                        .summary(HeartRateDataSummary.builder()
                                .avgHrBpm(round1(hrSum / hr.size()))
                                .maxHrBpm(hrMax)
                                .restingHrBpm((double) restingHr(d))
                                .userMaxHrBpm((double) p.maxHr())
                                .build())
                        .detailed(HeartRateDataDetailed.builder().hrSamples(hr).build())
                        .build())
                .movementData(MovementData.builder()
                        .avgSpeedMetersPerSecond(round2(avgSpeed))
                        .maxSpeedMetersPerSecond(maxSpeed)
                        .avgPaceMinutesPerKilometer(round2(1000 / avgSpeed / 60))
                        .speedSamples(spd)
                        .build())
                .positionData(PositionData.builder()
                        .startPosLatLngDeg(track.get(0))
                        .endPosLatLngDeg(track.get(track.size() - 1))
                        .centerPosLatLngDeg(
                                List.of(Math.round(centerLat * 1e6) / 1e6, Math.round(centerLng * 1e6) / 1e6))
                        .positionSamples(pos)
                        .build())
                .polylineMapData(PolylineMapData.builder()
                        .summaryPolyline(Polyline.encode(track))
                        .build())
                .lapData(LapData.builder().laps(laps).build())
                .build();
    }
}
