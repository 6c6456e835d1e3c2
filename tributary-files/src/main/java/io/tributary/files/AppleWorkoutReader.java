package io.tributary.files;

import static io.tributary.files.AppleExport.*;

import io.tributary.files.HealthKitTypes.Quantity;
import javax.xml.stream.XMLStreamReader;

/**
 * An Apple export {@code <Workout>}: its attributes, and the {@code WorkoutStatistics}, {@code WorkoutEvent}
 * (pauses) and {@code MetadataEntry} elements inside it.
 */
final class AppleWorkoutReader {
    private final AppleExport x;
    private final AppleDates t;

    AppleWorkoutReader(AppleExport x, AppleDates t) {
        this.x = x;
        this.t = t;
    }

    Workout workoutStart(XMLStreamReader r) {
        Workout w = new Workout();
        String start = null;
        String end = null;
        String duration = null;
        String durationUnit = null;
        String dist = null;
        String distUnit = null;
        String energy = null;
        String energyUnit = null;
        for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
            String v = r.getAttributeValue(i);
            switch (r.getAttributeLocalName(i)) {
                case "workoutActivityType" -> w.type = v;
                case "sourceName" -> w.source = v;
                case "device" -> w.device = v;
                case "startDate" -> start = v;
                case "endDate" -> end = v;
                case "duration" -> duration = v;
                case "durationUnit" -> durationUnit = v;
                case "totalDistance" -> dist = v;
                case "totalDistanceUnit" -> distUnit = v;
                case "totalEnergyBurned" -> energy = v;
                case "totalEnergyBurnedUnit" -> energyUnit = v;
                default -> {}
            }
        }
        if (!t.parse(start)) {
            return null;
        }
        w.start = t.millis;
        w.offset = t.offset;
        w.end = t.parse(end) ? t.millis : w.start;
        Double d = GpxParser.num(duration);
        if (d != null) {
            w.durationSeconds = Units.minutes(d, durationUnit == null ? "min" : durationUnit) * 60.0;
        }
        Double di = GpxParser.num(dist);
        if (di != null && di > 0) {
            w.distance = Units.meters(di, distUnit);
        }
        Double en = GpxParser.num(energy);
        if (en != null && en > 0) {
            w.energy = Units.kcal(en, energyUnit);
        }
        if (x.workouts.size() >= 1_000_000) {
            throw new FileParseException(x.format, "the export holds more than 1 000 000 workouts; refused");
        }
        return w;
    }

    void workoutStatistics(XMLStreamReader r, Workout w) {
        if (w == null) {
            return;
        }
        String type = r.getAttributeValue(null, "type");
        String unit = r.getAttributeValue(null, "unit");
        Double sum = GpxParser.num(r.getAttributeValue(null, "sum"));
        if (type == null) {
            return;
        }
        Quantity q = HealthKitTypes.quantity(type);
        if (q == null) {
            return;
        }
        switch (q) {
            case HEART_RATE -> {
                w.avgHr = GpxParser.num(r.getAttributeValue(null, "average"));
                w.maxHr = GpxParser.num(r.getAttributeValue(null, "maximum"));
                w.minHr = GpxParser.num(r.getAttributeValue(null, "minimum"));
            }
            case ACTIVE_ENERGY_BURNED -> {
                if (w.energy == null && sum != null) {
                    w.energy = q.toTerra(sum, unit);
                }
            }
            case DISTANCE_WALKING_RUNNING,
                    DISTANCE_CYCLING,
                    DISTANCE_SWIMMING,
                    DISTANCE_WHEELCHAIR,
                    DISTANCE_DOWNHILL_SNOW_SPORTS -> {
                if (w.distance == null && sum != null) {
                    w.distance = q.toTerra(sum, unit);
                }
            }
            case STEP_COUNT -> w.stepsStat = sum;
            case SWIMMING_STROKE_COUNT -> w.swimStrokes = sum;
            default -> {}
        }
    }

    void workoutEvent(XMLStreamReader r, Workout w) {
        if (w == null) {
            return;
        }
        String type = r.getAttributeValue(null, "type");
        if (type == null || !t.parse(r.getAttributeValue(null, "date"))) {
            return;
        }
        if (type.equals("HKWorkoutEventTypePause") || type.equals("HKWorkoutEventTypeMotionPaused")) {
            if (w.pausedAt < 0) {
                w.pausedAt = t.millis;
            }
        } else if (type.equals("HKWorkoutEventTypeResume") || type.equals("HKWorkoutEventTypeMotionResumed")) {
            if (w.pausedAt >= 0 && t.millis > w.pausedAt) {
                w.pauses.add(new long[] {w.pausedAt, t.millis});
            }
            w.pausedAt = -1;
        }
    }

    void workoutMetadata(XMLStreamReader r, Workout w) {
        if (w == null) {
            return;
        }
        String key = r.getAttributeValue(null, "key");
        String value = r.getAttributeValue(null, "value");
        if (key == null || value == null) {
            return;
        }
        switch (key) {
            case "HKIndoorWorkout" -> w.indoor = "1".equals(value.trim());
            case "HKElevationAscended" -> w.ascentMeters = Units.quantityMeters(value);
            case "HKAverageMETs" -> w.avgMets = GpxParser.num(value.split(" ")[0]);
            case "HKLapLength" -> w.lapLengthMeters = Units.quantityMeters(value);
            default -> {}
        }
    }
}
