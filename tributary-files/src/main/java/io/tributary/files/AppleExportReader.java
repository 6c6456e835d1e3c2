package io.tributary.files;

import static io.tributary.files.AppleExport.*;

import java.time.LocalDate;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams an Apple Health {@code export.xml} with StAX into an {@link AppleExport}: {@code Record}s through
 * {@link AppleRecordReader}, {@code Workout}s through {@link AppleWorkoutReader}, {@code ActivitySummary} rings and
 * the {@code ExportDate} here. Keeps the hostile-input protections of the format (root element, depth, entities).
 */
final class AppleExportReader {
    private final AppleExport x;
    private final ParseLimits limits;
    private final AppleDates dates = new AppleDates();
    private final AppleRecordReader records;
    private final AppleWorkoutReader workouts;

    AppleExportReader(AppleExport x, ParseLimits limits) {
        this.x = x;
        this.limits = limits;
        this.records = new AppleRecordReader(x, dates);
        this.workouts = new AppleWorkoutReader(x, dates);
    }

    /**
     * Reads the document: the root must be {@code <HealthData>}, nesting is bounded by {@link
     * ParseLimits#maxXmlDepth()}, entity references are refused (the DTD itself is never processed: {@link SafeXml}).
     */
    void read(XMLStreamReader r) throws XMLStreamException {
        int depth = 0;
        boolean sawRoot = false;
        Workout workout = null;
        boolean inRoute = false;
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (depth > limits.maxXmlDepth()) {
                    throw new FileParseException(
                            x.format, "the export nests elements deeper than " + limits.maxXmlDepth() + " levels");
                }
                String n = r.getLocalName();
                if (depth == 1) {
                    if (!n.equals("HealthData")) {
                        throw new FileParseException(
                                x.format, "the XML root is <" + n + ">, not <HealthData>: not an Apple Health export");
                    }
                    sawRoot = true;
                    continue;
                }
                if (depth == 2) {
                    switch (n) {
                        case "Record" -> records.record(r);
                        case "Workout" -> workout = workouts.workoutStart(r);
                        case "ActivitySummary" -> activitySummary(r);
                        case "ExportDate" -> {
                            String v = r.getAttributeValue(null, "value");
                            if (v != null && dates.parse(v)) {
                                x.defaultOffset = dates.offset;
                            }
                        }
                        default -> {}
                    }
                } else if (workout != null && depth == 3) {
                    switch (n) {
                        case "WorkoutStatistics" -> workouts.workoutStatistics(r, workout);
                        case "WorkoutEvent" -> workouts.workoutEvent(r, workout);
                        case "MetadataEntry" -> workouts.workoutMetadata(r, workout);
                        case "WorkoutRoute" -> inRoute = true;
                        default -> {}
                    }
                } else if (workout != null && inRoute && n.equals("FileReference")) {
                    workout.routePath = r.getAttributeValue(null, "path");
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                if (depth == 2 && workout != null) {
                    x.workouts.add(workout);
                    workout = null;
                }
                if (depth == 3) {
                    inRoute = false;
                }
                depth--;
            } else if (ev == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new FileParseException(x.format, "the export uses XML entities, which are not accepted");
            }
        }
        if (!sawRoot) {
            throw new FileParseException(x.format, "the file has no <HealthData> element: not an Apple Health export");
        }
    }

    void activitySummary(XMLStreamReader r) {
        String date = r.getAttributeValue(null, "dateComponents");
        if (date == null) {
            return;
        }
        LocalDate ld;
        try {
            ld = LocalDate.parse(date);
        } catch (RuntimeException e) {
            return;
        }
        int epochDay = (int) ld.toEpochDay();
        DayAgg d = x.day(epochDay, x.defaultOffset);
        Double active = GpxParser.num(r.getAttributeValue(null, "activeEnergyBurned"));
        if (active != null) {
            d.sums[S_RING_ACTIVE] = Units.kcal(active, r.getAttributeValue(null, "activeEnergyBurnedUnit"));
            d.hasSums |= 1 << S_RING_ACTIVE;
        }
        Double exercise = GpxParser.num(r.getAttributeValue(null, "appleExerciseTime"));
        if (exercise != null) {
            d.sums[S_RING_EXERCISE] = exercise;
            d.hasSums |= 1 << S_RING_EXERCISE;
        }
        Double stand = GpxParser.num(r.getAttributeValue(null, "appleStandHours"));
        if (stand != null) {
            d.sums[S_RING_STAND_HOURS] = stand;
            d.hasSums |= 1 << S_RING_STAND_HOURS;
        }
        d.dailyData = true;
    }
}
