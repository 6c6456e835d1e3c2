package io.tributary.files;

import io.tributary.model.Activity;
import io.tributary.model.enums.TimestampLocalization;
import io.tributary.model.enums.UploadType;
import io.tributary.model.nested.ActiveDurationsData;
import io.tributary.model.nested.ActivityMetadata;
import io.tributary.model.nested.CadenceSample;
import io.tributary.model.nested.CaloriesData;
import io.tributary.model.nested.DeviceData;
import io.tributary.model.nested.DistanceData;
import io.tributary.model.nested.DistanceDataDetailed;
import io.tributary.model.nested.DistanceDataSummary;
import io.tributary.model.nested.DistanceSample;
import io.tributary.model.nested.ElevationData;
import io.tributary.model.nested.ElevationSample;
import io.tributary.model.nested.HeartRateData;
import io.tributary.model.nested.HeartRateDataDetailed;
import io.tributary.model.nested.HeartRateDataSample;
import io.tributary.model.nested.HeartRateDataSummary;
import io.tributary.model.nested.HeartRateVariabilityDataSampleRMSSD;
import io.tributary.model.nested.HeartRateVariabilityDataSampleSDNN;
import io.tributary.model.nested.LapData;
import io.tributary.model.nested.LapSample;
import io.tributary.model.nested.MovementData;
import io.tributary.model.nested.PolylineMapData;
import io.tributary.model.nested.PositionData;
import io.tributary.model.nested.PositionSample;
import io.tributary.model.nested.PowerData;
import io.tributary.model.nested.PowerSample;
import io.tributary.model.nested.SpeedSample;
import io.tributary.model.nested.StepSample;
import io.tributary.model.nested.SwimmingData;
import io.tributary.model.nested.TSSData;
import io.tributary.model.nested.TSSSample;
import io.tributary.model.nested.WorkData;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects what an activity file holds (declared totals, track points, pauses, laps, R-R intervals) and builds one
 * Terra {@link Activity}. Totals the file declares win; missing ones are computed from the samples.
 */
final class ActivityAssembler {

    /** One track point; any value may be null. */
    static final class Point {
        Instant time;
        Double hr;
        Double speed;
        Double cadence;
        Double power;
        Double altitude;
        Double lat;
        Double lon;
        Double distance;
        Double temperature;
        Double steps;
    }

    Instant start;
    Instant end;
    ZoneOffset offset = ZoneOffset.UTC;
    boolean localOffsetKnown;
    Integer type;
    String name;
    String summaryId;
    int uploadType = UploadType.MANUAL.value();

    /** The track points, by column (see {@link TrackPoints}); parsers add {@link Point}s, which are copied. */
    final TrackPoints points = new TrackPoints();
    /** Timer pauses as [stop, restart) pairs. */
    final List<Instant[]> pauses = new ArrayList<>();

    final List<LapSample> laps = new ArrayList<>();
    /** R-R intervals in ms, with the instant each beat ended. */
    final List<double[]> rr = new ArrayList<>();

    Double totalDistance;
    Double totalCalories;
    Double avgHr;
    Double maxHr;
    Double minHr;
    Double avgSpeed;
    Double maxSpeed;
    Double avgCadence;
    Double maxCadence;
    Double avgPower;
    Double maxPower;
    Double ascent;
    Double descent;
    Double elapsedSeconds;
    Double timerSeconds;
    Double workKj;
    Double normalizedPower;
    Double tss;
    Double intensityFactor;
    Double steps;
    Integer swimLengths;
    Integer swimStrokes;
    Integer poolLengthMeters;
    DeviceData device;
    final Map<String, Object> extra = new LinkedHashMap<>();

    private final int maxSamples;

    ActivityAssembler(int maxSamples) {
        this.maxSamples = Math.max(1, maxSamples);
    }

    String ts(Instant t) {
        return FastTime.format(t, offset);
    }

    private static long timerMillis(long t, long startMs, long[] pauseFrom, long[] pauseTo) {
        long paused = 0;
        for (int i = 0; i < pauseFrom.length; i++) {
            if (pauseFrom[i] >= t) {
                continue;
            }
            paused += Math.max(0, Math.min(pauseTo[i], t) - pauseFrom[i]);
        }
        return Math.max(0, t - startMs - paused);
    }

    /** Seconds of timer time (elapsed minus pauses) from the start to {@code t}. */
    double timer(Instant t) {
        double elapsed = Duration.between(start, t).toMillis() / 1000.0;
        double paused = 0;
        for (Instant[] p : pauses) {
            if (p[1] == null || !p[0].isBefore(t)) {
                continue;
            }
            Instant to = p[1].isBefore(t) ? p[1] : t;
            paused += Math.max(0, Duration.between(p[0], to).toMillis() / 1000.0);
        }
        return Math.max(0, elapsed - paused);
    }

    Activity build() {
        points.sortByTime();
        int n = points.size();
        if (start == null) {
            start = n == 0 ? null : points.time(0);
        }
        if (start == null) {
            throw new IllegalStateException("activity without a start time");
        }
        if (end == null) {
            if (elapsedSeconds != null) {
                end = start.plusMillis(Math.round(elapsedSeconds * 1000));
            } else if (n > 0) {
                end = points.time(n - 1);
            } else {
                end = start;
            }
        }
        if (elapsedSeconds == null) {
            elapsedSeconds = Duration.between(start, end).toMillis() / 1000.0;
        }
        if (timerSeconds == null) {
            timerSeconds = timer(end);
        }
        // Each series is thinned on its own: a point carries only some values (an Apple Health speed reading has
        // no heart rate, a route point no power), and one stride over all points would keep only the points of one
        // series when series alternate. Where every point carries the series this is the same as thinning points.
        Thinning thin = new Thinning(points, maxSamples);

        // ---- series
        List<HeartRateDataSample> hr = new ArrayList<>();
        List<SpeedSample> speed = new ArrayList<>();
        List<CadenceSample> cadence = new ArrayList<>();
        List<PowerSample> power = new ArrayList<>();
        List<ElevationSample> elevation = new ArrayList<>();
        List<DistanceSample> distance = new ArrayList<>();
        List<PositionSample> position = new ArrayList<>();
        List<StepSample> stepSamples = new ArrayList<>();
        long[] pauseFrom = new long[pauses.size()];
        long[] pauseTo = new long[pauses.size()];
        for (int i = 0; i < pauses.size(); i++) {
            pauseFrom[i] = pauses.get(i)[0].toEpochMilli();
            pauseTo[i] = pauses.get(i)[1] == null ? pauseFrom[i] : pauses.get(i)[1].toEpochMilli();
        }
        long startMs = start.toEpochMilli();
        for (int i = 0; i < n; i++) {
            boolean[] keep = thin.next(i);
            if (keep == null) {
                continue;
            }
            String t = ts(points.time(i));
            Double td = round3(timerMillis(points.epochMilli(i), startMs, pauseFrom, pauseTo) / 1000.0);
            if (keep[0]) {
                hr.add(new HeartRateDataSample(t, points.value(i, TrackPoints.HR), td, null, null));
            }
            if (keep[1]) {
                speed.add(new SpeedSample(t, points.value(i, TrackPoints.SPEED), td, null));
            }
            if (keep[2]) {
                cadence.add(new CadenceSample(t, points.value(i, TrackPoints.CADENCE), td, null));
            }
            if (keep[3]) {
                power.add(new PowerSample(t, points.value(i, TrackPoints.POWER), td, null));
            }
            if (keep[4]) {
                elevation.add(new ElevationSample(t, points.value(i, TrackPoints.ALTITUDE), td, null));
            }
            if (keep[5]) {
                distance.add(new DistanceSample(t, points.value(i, TrackPoints.DISTANCE), td, null));
            }
            if (keep[6]) {
                position.add(new PositionSample(
                        t, List.of(points.value(i, TrackPoints.LAT), points.value(i, TrackPoints.LON)), td, null));
            }
            if (keep[7]) {
                stepSamples.add(new StepSample(t, points.value(i, TrackPoints.STEPS), td, null));
            }
        }

        // ---- computed totals (full-resolution points)
        if (totalDistance == null) {
            totalDistance = computedDistance();
        }
        if (avgHr == null) {
            avgHr = mean(TrackPoints.HR);
        }
        if (maxHr == null) {
            maxHr = max(TrackPoints.HR);
        }
        if (minHr == null) {
            minHr = min(TrackPoints.HR);
        }
        if (maxSpeed == null) {
            maxSpeed = max(TrackPoints.SPEED);
        }
        if (avgSpeed == null && totalDistance != null && timerSeconds != null && timerSeconds > 0) {
            avgSpeed = totalDistance / timerSeconds;
        }
        if (avgSpeed == null) {
            avgSpeed = mean(TrackPoints.SPEED); // no distance to divide: the speed readings' mean
        }
        if (avgCadence == null) {
            avgCadence = mean(TrackPoints.CADENCE);
        }
        if (maxCadence == null) {
            maxCadence = max(TrackPoints.CADENCE);
        }
        if (avgPower == null) {
            avgPower = mean(TrackPoints.POWER);
        }
        if (maxPower == null) {
            maxPower = max(TrackPoints.POWER);
        }
        if (ascent == null || descent == null) {
            double[] gl = gainLoss();
            if (gl != null) {
                if (ascent == null) {
                    ascent = gl[0];
                }
                if (descent == null) {
                    descent = gl[1];
                }
            }
        }
        if (workKj == null && avgPower != null && timerSeconds != null) {
            workKj = round3(avgPower * timerSeconds / 1000.0);
        }

        // ---- assemble
        Activity.Builder a = Activity.builder();
        a.metadata(ActivityMetadata.builder()
                .startTime(ts(start))
                .endTime(ts(end))
                .summaryId(summaryId != null ? summaryId : SummaryIds.activity(start))
                .type(type == null ? io.tributary.model.enums.ActivityType.UNKNOWN.value() : type)
                .name(name)
                .uploadType(uploadType)
                .timestampLocalization(localOffsetKnown ? TimestampLocalization.LOCAL : TimestampLocalization.UTC)
                .build());
        a.activeDurationsData(ActiveDurationsData.builder()
                .activitySeconds(round3(timerSeconds))
                .restSeconds(round3(Math.max(0, elapsedSeconds - timerSeconds)))
                .build());
        if (totalCalories != null) {
            a.caloriesData(
                    CaloriesData.builder().totalBurnedCalories(totalCalories).build());
        }
        ElevationData elev = null;
        Double avgAlt = mean(TrackPoints.ALTITUDE);
        if (ascent != null || descent != null || avgAlt != null) {
            elev = ElevationData.builder()
                    .gainActualMeters(ascent)
                    .lossActualMeters(descent)
                    .avgMeters(avgAlt == null ? null : round3(avgAlt))
                    .maxMeters(max(TrackPoints.ALTITUDE))
                    .minMeters(min(TrackPoints.ALTITUDE))
                    .build();
        }
        SwimmingData swim = swimLengths == null && swimStrokes == null && poolLengthMeters == null
                ? null
                : SwimmingData.builder()
                        .numLaps(swimLengths)
                        .numStrokes(swimStrokes)
                        .poolLengthMeters(poolLengthMeters)
                        .build();
        a.distanceData(DistanceData.builder()
                .summary(DistanceDataSummary.builder()
                        .distanceMeters(totalDistance == null ? null : round3(totalDistance))
                        .steps(steps == null ? null : (int) Math.round(steps))
                        .elevation(elev)
                        .swimming(swim)
                        .build())
                .detailed(DistanceDataDetailed.builder()
                        .distanceSamples(nullIfEmpty(distance))
                        .elevationSamples(nullIfEmpty(elevation))
                        .stepSamples(stepSamples.isEmpty() ? null : stepSamples)
                        .build())
                .build());

        HeartRateDataDetailed.Builder hrd = HeartRateDataDetailed.builder().hrSamples(nullIfEmpty(hr));
        HeartRateDataSummary.Builder hrs = HeartRateDataSummary.builder()
                .avgHrBpm(avgHr == null ? null : round3(avgHr))
                .maxHrBpm(maxHr)
                .minHrBpm(minHr);
        if (!rr.isEmpty()) {
            addHrv(hrd, hrs);
        }
        a.heartRateData(HeartRateData.builder()
                .summary(hrs.build())
                .detailed(hrd.build())
                .build());
        a.movementData(MovementData.builder()
                .avgSpeedMetersPerSecond(avgSpeed == null ? null : round3(avgSpeed))
                .maxSpeedMetersPerSecond(maxSpeed)
                .avgVelocityMetersPerSecond(avgSpeed == null ? null : round3(avgSpeed))
                .maxVelocityMetersPerSecond(maxSpeed)
                .avgPaceMinutesPerKilometer(pace(avgSpeed))
                .maxPaceMinutesPerKilometer(pace(maxSpeed))
                .avgCadenceRpm(avgCadence == null ? null : round3(avgCadence))
                .maxCadenceRpm(maxCadence)
                .speedSamples(nullIfEmpty(speed))
                .cadenceSamples(nullIfEmpty(cadence))
                .build());
        if (avgPower != null || maxPower != null || !power.isEmpty()) {
            a.powerData(PowerData.builder()
                    .avgWatts(avgPower == null ? null : round3(avgPower))
                    .maxWatts(maxPower)
                    .powerSamples(nullIfEmpty(power))
                    .build());
        }
        if (workKj != null) {
            a.workData(WorkData.builder().workKilojoules(workKj).build());
        }
        if (tss != null || normalizedPower != null || intensityFactor != null) {
            a.tssData(TSSData.builder()
                    .tssSamples(List.of(TSSSample.builder()
                            .actual(tss)
                            .intensityFactorActual(intensityFactor)
                            .normalizedPowerWatts(normalizedPower)
                            .method("Power")
                            .build()))
                    .build());
        }
        if (!position.isEmpty()) {
            a.positionData(positionData(position));
            a.polylineMapData(PolylineMapData.builder()
                    .summaryPolyline(Polyline.encode(points))
                    .build());
        }
        if (!laps.isEmpty()) {
            a.lapData(LapData.builder().laps(laps).build());
        }
        if (device != null) {
            a.deviceData(device);
        }
        a.extra(extra);
        return a.build();
    }

    private void addHrv(HeartRateDataDetailed.Builder hrd, HeartRateDataSummary.Builder hrs) {
        List<Map<String, Object>> rrSamples = new ArrayList<>();
        List<HeartRateVariabilityDataSampleRMSSD> rmssd = new ArrayList<>();
        List<HeartRateVariabilityDataSampleSDNN> sdnn = new ArrayList<>();
        int stride = Math.max(1, (rr.size() + maxSamples - 1) / maxSamples);
        for (int i = 0; i < rr.size(); i += stride) {
            double[] r = rr.get(i);
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("timestamp", ts(Instant.ofEpochMilli((long) r[1])));
            s.put("rr_interval_ms", round3(r[0]));
            s.put("hr_bpm", round3(60000.0 / r[0]));
            rrSamples.add(s);
        }
        hrd.putExtra("rr_interval_samples", rrSamples);
        // five-minute windows
        long window = 300_000;
        int i = 0;
        while (i < rr.size()) {
            long w0 = (long) rr.get(i)[1];
            int j = i;
            while (j < rr.size() && (long) rr.get(j)[1] < w0 + window) {
                j++;
            }
            double[] v = new double[j - i];
            for (int k = i; k < j; k++) {
                v[k - i] = rr.get(k)[0];
            }
            if (v.length >= 2) {
                String t = ts(Instant.ofEpochMilli(w0));
                rmssd.add(HeartRateVariabilityDataSampleRMSSD.builder()
                        .timestamp(t)
                        .hrvRmssd(round3(Hrv.rmssd(v)))
                        .build());
                sdnn.add(HeartRateVariabilityDataSampleSDNN.builder()
                        .timestamp(t)
                        .hrvSdnn(round3(Hrv.sdnn(v)))
                        .build());
            }
            i = j;
        }
        double[] all = new double[rr.size()];
        for (int k = 0; k < all.length; k++) {
            all[k] = rr.get(k)[0];
        }
        if (all.length >= 2) {
            hrs.avgHrvRmssd(round3(Hrv.rmssd(all))).avgHrvSdnn(round3(Hrv.sdnn(all)));
        }
        hrd.hrvSamplesRmssd(rmssd).hrvSamplesSdnn(sdnn);
    }

    private PositionData positionData(List<PositionSample> position) {
        double minLat = Double.MAX_VALUE;
        double maxLat = -Double.MAX_VALUE;
        double minLon = Double.MAX_VALUE;
        double maxLon = -Double.MAX_VALUE;
        for (int i = 0; i < points.size(); i++) {
            if (points.has(i, TrackPoints.LAT) && points.has(i, TrackPoints.LON)) {
                double lat = points.value(i, TrackPoints.LAT);
                double lon = points.value(i, TrackPoints.LON);
                minLat = Math.min(minLat, lat);
                maxLat = Math.max(maxLat, lat);
                minLon = Math.min(minLon, lon);
                maxLon = Math.max(maxLon, lon);
            }
        }
        return PositionData.builder()
                .positionSamples(position)
                .startPosLatLngDeg(position.get(0).coordsLatLngDeg())
                .endPosLatLngDeg(position.get(position.size() - 1).coordsLatLngDeg())
                .centerPosLatLngDeg(List.of((minLat + maxLat) / 2, (minLon + maxLon) / 2))
                .build();
    }

    private Double computedDistance() {
        boolean anyDistance = false;
        double last = 0;
        for (int i = 0; i < points.size(); i++) {
            if (points.has(i, TrackPoints.DISTANCE)) {
                anyDistance = true;
                last = points.value(i, TrackPoints.DISTANCE);
            }
        }
        if (anyDistance && last > 0) {
            return last;
        }
        double d = 0;
        boolean havePrev = false;
        double prevLat = 0;
        double prevLon = 0;
        boolean any = false;
        for (int i = 0; i < points.size(); i++) {
            if (!points.has(i, TrackPoints.LAT) || !points.has(i, TrackPoints.LON)) {
                continue;
            }
            double lat = points.value(i, TrackPoints.LAT);
            double lon = points.value(i, TrackPoints.LON);
            if (havePrev) {
                d += Geo.haversineMeters(prevLat, prevLon, lat, lon);
                any = true;
            }
            prevLat = lat;
            prevLon = lon;
            havePrev = true;
        }
        return any ? d : null;
    }

    /** Sum of positive and negative altitude changes between consecutive points (no smoothing). */
    private double[] gainLoss() {
        Double prev = null;
        double gain = 0;
        double loss = 0;
        boolean any = false;
        for (int i = 0; i < points.size(); i++) {
            if (!points.has(i, TrackPoints.ALTITUDE)) {
                continue;
            }
            double altitude = points.value(i, TrackPoints.ALTITUDE);
            if (prev != null) {
                double d = altitude - prev;
                if (d > 0) {
                    gain += d;
                } else {
                    loss -= d;
                }
                any = true;
            }
            prev = altitude;
        }
        return any ? new double[] {round3(gain), round3(loss)} : null;
    }

    /** Per series (hr, speed, cadence, power, altitude, distance, position, steps), every n-th value is kept. */
    private static final class Thinning {
        private static final int SERIES = 8;
        private final int[] stride = new int[SERIES];
        private final int[] seen = new int[SERIES];
        private final boolean[] keep = new boolean[SERIES];

        private final TrackPoints points;

        Thinning(TrackPoints points, int maxSamples) {
            this.points = points;
            int[] count = new int[SERIES];
            boolean[] has = new boolean[SERIES];
            for (int i = 0; i < points.size(); i++) {
                present(points, i, has);
                for (int s = 0; s < SERIES; s++) {
                    if (has[s]) {
                        count[s]++;
                    }
                }
            }
            for (int s = 0; s < SERIES; s++) {
                stride[s] = Math.max(1, (count[s] + maxSamples - 1) / maxSamples);
            }
        }

        private static void present(TrackPoints p, int i, boolean[] has) {
            has[0] = p.has(i, TrackPoints.HR);
            has[1] = p.has(i, TrackPoints.SPEED);
            has[2] = p.has(i, TrackPoints.CADENCE);
            has[3] = p.has(i, TrackPoints.POWER);
            has[4] = p.has(i, TrackPoints.ALTITUDE);
            has[5] = p.has(i, TrackPoints.DISTANCE);
            has[6] = p.has(i, TrackPoints.LAT) && p.has(i, TrackPoints.LON);
            has[7] = p.has(i, TrackPoints.STEPS);
        }

        /** Which of the point's values are kept, or null when none is (the array is reused). */
        boolean[] next(int i) {
            present(points, i, keep);
            boolean any = false;
            for (int s = 0; s < SERIES; s++) {
                if (keep[s]) {
                    keep[s] = seen[s]++ % stride[s] == 0;
                    any |= keep[s];
                }
            }
            return any ? keep : null;
        }
    }

    static <T> List<T> nullIfEmpty(List<T> list) {
        return list == null || list.isEmpty() ? null : list;
    }

    static Double pace(Double speed) {
        return speed == null || speed <= 0 ? null : round3(1000.0 / 60.0 / speed);
    }

    private Double mean(int column) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < points.size(); i++) {
            if (points.has(i, column)) {
                sum += points.value(i, column);
                n++;
            }
        }
        return n == 0 ? null : sum / n;
    }

    private Double max(int column) {
        Double m = null;
        for (int i = 0; i < points.size(); i++) {
            if (points.has(i, column)) {
                double v = points.value(i, column);
                if (m == null || v > m) {
                    m = v;
                }
            }
        }
        return m;
    }

    private Double min(int column) {
        Double m = null;
        for (int i = 0; i < points.size(); i++) {
            if (points.has(i, column)) {
                double v = points.value(i, column);
                if (m == null || v < m) {
                    m = v;
                }
            }
        }
        return m;
    }

    static double round3(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }
}
