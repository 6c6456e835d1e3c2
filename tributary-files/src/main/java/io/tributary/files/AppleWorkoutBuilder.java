package io.tributary.files;

import static io.tributary.files.AppleExport.*;

import io.tributary.model.Activity;
import io.tributary.model.enums.ActivityType;
import io.tributary.model.nested.DeviceData;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * An Apple export workout as an {@link Activity}: its totals and statistics, pauses, the samples collected from the
 * records inside it (heart rate, power, speed, cadence) and the route GPX from the zip; the type from the
 * {@link HealthKitTypes} table, refined by {@code HKIndoorWorkout} and {@code HKLapLength}.
 */
final class AppleWorkoutBuilder {
    private AppleWorkoutBuilder() {}

    static Activity workout(
            Workout w,
            List<ActivityAssembler.Point> samples,
            ParseLimits limits,
            AppleHealthParser.RouteSource routes) {
        ActivityAssembler a = new ActivityAssembler(limits.maxSamplesPerSeries());
        a.offset = ZoneOffset.ofTotalSeconds(w.offset);
        a.localOffsetKnown = true;
        a.start = Instant.ofEpochMilli(w.start);
        a.end = Instant.ofEpochMilli(Math.max(w.end, w.start));
        ActivityType type = HealthKitTypes.workoutType(w.type);
        if (Boolean.TRUE.equals(w.indoor)) {
            if (type == ActivityType.RUNNING) {
                type = ActivityType.INDOOR_RUNNING;
            } else if (type == ActivityType.BIKING) {
                type = ActivityType.STATIONARY_BIKING;
            } else if (type == ActivityType.WALKING) {
                type = ActivityType.TREADMILL_WALKING;
            }
        }
        if (type == ActivityType.SWIMMING && w.lapLengthMeters != null) {
            type = ActivityType.SWIMMING_IN_POOL;
        }
        a.type = type.value();
        a.name = type.label();
        a.timerSeconds = w.durationSeconds;
        a.totalDistance = w.distance;
        a.totalCalories = w.energy == null ? null : ActivityAssembler.round3(w.energy);
        a.avgHr = w.avgHr;
        a.maxHr = w.maxHr;
        a.minHr = w.minHr;
        a.ascent = w.ascentMeters;
        a.steps = w.stepsStat;
        if (w.swimStrokes != null) {
            a.swimStrokes = (int) Math.round(w.swimStrokes);
        }
        if (w.lapLengthMeters != null) {
            a.poolLengthMeters = (int) Math.round(w.lapLengthMeters);
        }
        for (long[] p : w.pauses) {
            a.pauses.add(new Instant[] {Instant.ofEpochMilli(p[0]), Instant.ofEpochMilli(p[1])});
        }
        a.device = DeviceData.builder().name(w.source).build();
        if (w.avgMets != null) {
            a.extra.put("MET_data", Map.of("avg_level", w.avgMets));
        }
        a.points.addAll(samples);
        if (w.routePath != null && routes != null) {
            try (InputStream in = routes.open(w.routePath)) {
                if (in != null) {
                    RouteReader.read(in, a.points, limits);
                }
            } catch (IOException | FileParseException e) {
                // a broken route file loses the route, not the workout
            }
        }
        return a.build();
    }
}
