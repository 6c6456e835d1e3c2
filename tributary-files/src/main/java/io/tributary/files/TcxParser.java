package io.tributary.files;

import io.tributary.model.TerraDataModel;
import io.tributary.model.enums.ActivityType;
import io.tributary.model.nested.DeviceData;
import io.tributary.model.nested.LapSample;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Garmin Training Center XML (TCX v2) read with StAX: each {@code Activity} → one Terra Activity with laps,
 * trackpoint samples (HR, cadence, speed and watts from the {@code ActivityExtension/v2} TPX/LX extensions,
 * position, altitude, distance) and {@code Sport} mapped to the activity type. Totals are the sums of the laps.
 */
public final class TcxParser {
    private final ParseLimits limits;

    public TcxParser(ParseLimits limits) {
        this.limits = limits;
    }

    private static final class Lap {
        Instant start;
        Double totalTime;
        Double distance;
        Double calories;
        Double avgHr;
        Double maxHr;
        Double maxSpeed;
        Double avgSpeed;
        Double avgWatts;
        Double maxWatts;
        Double steps;
        String trigger;
        Instant lastPoint;
    }

    public int parse(Path file, Consumer<TerraDataModel> sink) {
        try (InputStream in = Files.newInputStream(file)) {
            SafeXml.check(in, FileFormat.TCX, false, limits.maxXmlDepth());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(SafeXml.reader(in, FileFormat.TCX), sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw SafeXml.error(FileFormat.TCX, e);
        }
    }

    private int read(XMLStreamReader r, Consumer<TerraDataModel> sink) throws XMLStreamException {
        List<String> path = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int count = 0;
        ActivityAssembler a = null;
        List<Lap> laps = new ArrayList<>();
        Lap lap = null;
        ActivityAssembler.Point p = null;
        String creatorName = null;
        String unitId = null;
        String versionMajor = null;
        String versionMinor = null;
        String notes = null;
        try {
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String n = r.getLocalName();
                    String startParent = parent(path);
                    path.add(n);
                    text.setLength(0);
                    if (n.equals("Activity") && startParent.equals("Activities")) {
                        a = new ActivityAssembler(limits.maxSamplesPerSeries());
                        String sport = r.getAttributeValue(null, "Sport");
                        a.type = sport == null
                                ? ActivityType.OTHER.value()
                                : sportType(sport).value();
                        a.name = sport;
                        laps.clear();
                        creatorName = null;
                        unitId = null;
                        versionMajor = null;
                        versionMinor = null;
                        notes = null;
                    } else if (n.equals("Lap") && a != null) {
                        lap = new Lap();
                        lap.start = time(r.getAttributeValue(null, "StartTime"));
                        laps.add(lap);
                    } else if (n.equals("Trackpoint") && a != null) {
                        p = new ActivityAssembler.Point();
                    }
                } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
                    if (text.length() < 100_000) {
                        text.append(r.getText());
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    String n = path.remove(path.size() - 1);
                    String parent = parent(path);
                    String v = text.toString().trim();
                    text.setLength(0);
                    if (a == null) {
                        continue;
                    }
                    if (p != null) {
                        switch (n) {
                            case "Time" -> p.time = time(v);
                            case "LatitudeDegrees" -> p.lat = GpxParser.num(v);
                            case "LongitudeDegrees" -> p.lon = GpxParser.num(v);
                            case "AltitudeMeters" -> p.altitude = GpxParser.num(v);
                            case "DistanceMeters" -> p.distance = GpxParser.num(v);
                            case "Value" -> {
                                if (parent.equals("HeartRateBpm")) {
                                    p.hr = GpxParser.num(v);
                                }
                            }
                            case "Cadence", "RunCadence" -> p.cadence = GpxParser.num(v);
                            case "Speed" -> p.speed = GpxParser.num(v);
                            case "Watts" -> p.power = GpxParser.num(v);
                            case "Trackpoint" -> {
                                if (p.time != null) {
                                    a.points.add(p);
                                    if (lap != null) {
                                        lap.lastPoint = p.time;
                                    }
                                }
                                p = null;
                            }
                            default -> {}
                        }
                        continue;
                    }
                    if (lap != null && path.contains("Lap")) {
                        switch (n) {
                            case "TotalTimeSeconds" -> lap.totalTime = GpxParser.num(v);
                            case "DistanceMeters" -> lap.distance = GpxParser.num(v);
                            case "Calories" -> lap.calories = GpxParser.num(v);
                            case "MaximumSpeed" -> lap.maxSpeed = GpxParser.num(v);
                            case "Value" -> {
                                if (parent.equals("AverageHeartRateBpm")) {
                                    lap.avgHr = GpxParser.num(v);
                                } else if (parent.equals("MaximumHeartRateBpm")) {
                                    lap.maxHr = GpxParser.num(v);
                                }
                            }
                            case "TriggerMethod" -> lap.trigger = v;
                            case "AvgSpeed" -> lap.avgSpeed = GpxParser.num(v);
                            case "AvgWatts" -> lap.avgWatts = GpxParser.num(v);
                            case "MaxWatts" -> lap.maxWatts = GpxParser.num(v);
                            case "Steps" -> lap.steps = GpxParser.num(v);
                            default -> {}
                        }
                    } else if (n.equals("Lap")) {
                        lap = null;
                    }
                    if (n.equals("Lap")) {
                        lap = null;
                    }
                    switch (n) {
                        case "Id" -> {
                            if (parent.equals("Activity")) {
                                Instant id = time(v);
                                if (id != null) {
                                    a.start = id;
                                }
                            }
                        }
                        case "Name" -> {
                            if (parent.equals("Creator")) {
                                creatorName = v;
                            }
                        }
                        case "UnitId" -> unitId = v;
                        case "VersionMajor" -> versionMajor = v;
                        case "VersionMinor" -> versionMinor = v;
                        case "Notes" -> {
                            if (parent.equals("Activity")) {
                                notes = v;
                            }
                        }
                        case "Activity" -> {
                            if (parent.equals("Activities")) {
                                finish(a, laps, creatorName, unitId, versionMajor, versionMinor, notes);
                                sink.accept(a.build());
                                count++;
                                a = null;
                            }
                        }
                        default -> {}
                    }
                }
            }
        } finally {
            SafeXml.close(r);
        }
        if (count == 0) {
            throw new FileParseException(
                    FileFormat.TCX, "the TCX file contains no Activity (courses and workouts are not imported)");
        }
        return count;
    }

    private static void finish(
            ActivityAssembler a,
            List<Lap> laps,
            String creatorName,
            String unitId,
            String versionMajor,
            String versionMinor,
            String notes) {
        if (a.start == null && !laps.isEmpty()) {
            a.start = laps.get(0).start;
        }
        double timer = 0;
        double dist = 0;
        double cal = 0;
        double hrWeighted = 0;
        double hrTime = 0;
        Double maxHr = null;
        Double maxSpeed = null;
        Double maxWatts = null;
        double steps = 0;
        boolean anyDist = false;
        boolean anyCal = false;
        boolean anySteps = false;
        Instant end = null;
        for (Lap l : laps) {
            if (l.totalTime != null) {
                timer += l.totalTime;
            }
            if (l.distance != null) {
                dist += l.distance;
                anyDist = true;
            }
            if (l.calories != null) {
                cal += l.calories;
                anyCal = true;
            }
            if (l.avgHr != null && l.totalTime != null) {
                hrWeighted += l.avgHr * l.totalTime;
                hrTime += l.totalTime;
            }
            if (l.maxHr != null && (maxHr == null || l.maxHr > maxHr)) {
                maxHr = l.maxHr;
            }
            if (l.maxSpeed != null && (maxSpeed == null || l.maxSpeed > maxSpeed)) {
                maxSpeed = l.maxSpeed;
            }
            if (l.maxWatts != null && (maxWatts == null || l.maxWatts > maxWatts)) {
                maxWatts = l.maxWatts;
            }
            if (l.steps != null) {
                steps += l.steps;
                anySteps = true;
            }
            Instant le = l.start == null || l.totalTime == null
                    ? l.lastPoint
                    : l.start.plusMillis(Math.round(l.totalTime * 1000));
            if (l.lastPoint != null && (le == null || l.lastPoint.isAfter(le))) {
                le = l.lastPoint;
            }
            if (le != null && (end == null || le.isAfter(end))) {
                end = le;
            }
        }
        if (!laps.isEmpty()) {
            a.timerSeconds = timer;
            a.totalDistance = anyDist ? dist : null;
            a.totalCalories = anyCal ? cal : null;
            a.avgHr = hrTime > 0 ? hrWeighted / hrTime : null;
            a.maxHr = maxHr;
            a.maxSpeed = maxSpeed;
            a.maxPower = maxWatts;
            a.steps = anySteps ? steps : null;
        }
        a.end = end;
        for (Lap l : laps) {
            if (l.start == null) {
                continue;
            }
            Instant le = l.totalTime == null ? l.lastPoint : l.start.plusMillis(Math.round(l.totalTime * 1000));
            Double avgSpeed = l.avgSpeed != null
                    ? l.avgSpeed
                    : (l.distance != null && l.totalTime != null && l.totalTime > 0 ? l.distance / l.totalTime : null);
            a.laps.add(LapSample.builder()
                    .startTime(a.ts(l.start))
                    .endTime(le == null ? null : a.ts(le))
                    .distanceMeters(l.distance)
                    .calories(l.calories)
                    .avgHrBpm(l.avgHr)
                    .avgSpeedMetersPerSecond(avgSpeed == null ? null : ActivityAssembler.round3(avgSpeed))
                    .avgWatts(l.avgWatts)
                    .activeDurationSeconds(l.totalTime == null ? null : (int) Math.round(l.totalTime))
                    .triggerMethod(l.trigger == null ? null : l.trigger.toLowerCase(Locale.ROOT))
                    .build());
        }
        if (creatorName != null || unitId != null) {
            a.device = DeviceData.builder()
                    .name(creatorName)
                    .serialNumber(unitId)
                    .softwareVersion(
                            versionMajor == null
                                    ? null
                                    : versionMajor + "." + (versionMinor == null ? "0" : versionMinor))
                    .build();
        }
        if (notes != null && !notes.isEmpty()) {
            a.name = notes.length() > 200 ? notes.substring(0, 200) : notes;
        }
    }

    static ActivityType sportType(String sport) {
        return switch (sport) {
            case "Running" -> ActivityType.RUNNING;
            case "Biking" -> ActivityType.BIKING;
            case "Other" -> ActivityType.OTHER;
            default -> ActivityTypes.of(sport, ActivityType.OTHER);
        };
    }

    private static String parent(List<String> path) {
        return path.isEmpty() ? "" : path.get(path.size() - 1);
    }

    static Instant time(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        Instant fast = FastTime.parseIso(s.trim());
        if (fast != null) {
            return fast;
        }
        try {
            return OffsetDateTime.parse(s.trim()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(s.trim());
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
