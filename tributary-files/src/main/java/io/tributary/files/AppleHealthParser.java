package io.tributary.files;

import io.tributary.model.Activity;
import io.tributary.model.Body;
import io.tributary.model.BreathingRates;
import io.tributary.model.Daily;
import io.tributary.model.Menstruation;
import io.tributary.model.Nutrition;
import io.tributary.model.Sleep;
import io.tributary.model.SleepStageTally;
import io.tributary.model.TerraDataModel;
import io.tributary.model.Timestamps;
import io.tributary.model.enums.ActivityType;
import io.tributary.model.enums.SleepLevel;
import io.tributary.model.enums.SleepUploadType;
import io.tributary.model.enums.TimestampLocalization;
import io.tributary.model.enums.UploadType;
import io.tributary.model.nested.ActiveDurationsData;
import io.tributary.model.nested.BloodPressureData;
import io.tributary.model.nested.BloodPressureSample;
import io.tributary.model.nested.BodyMetadata;
import io.tributary.model.nested.CalorieSample;
import io.tributary.model.nested.CaloriesData;
import io.tributary.model.nested.DailyDistanceData;
import io.tributary.model.nested.DailyMetadata;
import io.tributary.model.nested.DeviceData;
import io.tributary.model.nested.DistanceDataDetailed;
import io.tributary.model.nested.DistanceSample;
import io.tributary.model.nested.FloorsClimbedSample;
import io.tributary.model.nested.GlucoseData;
import io.tributary.model.nested.GlucoseDataSample;
import io.tributary.model.nested.HeartRateData;
import io.tributary.model.nested.HeartRateDataDetailed;
import io.tributary.model.nested.HeartRateDataSample;
import io.tributary.model.nested.HeartRateDataSummary;
import io.tributary.model.nested.HeartRateVariabilityDataSampleSDNN;
import io.tributary.model.nested.MeasurementDataSample;
import io.tributary.model.nested.MeasurementsData;
import io.tributary.model.nested.MenstruationData;
import io.tributary.model.nested.MenstruationFlowSample;
import io.tributary.model.nested.MenstruationMetadata;
import io.tributary.model.nested.NutritionMacros;
import io.tributary.model.nested.NutritionMetadata;
import io.tributary.model.nested.NutritionMicros;
import io.tributary.model.nested.NutritionSummary;
import io.tributary.model.nested.OxygenData;
import io.tributary.model.nested.OxygenSaturationSample;
import io.tributary.model.nested.RespirationData;
import io.tributary.model.nested.SleepMetadata;
import io.tributary.model.nested.StepSample;
import io.tributary.model.nested.TemperatureData;
import io.tributary.model.nested.TemperatureSample;
import io.tributary.model.nested.Vo2MaxSample;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Apple Health {@code export.zip} / {@code export.xml}, streamed with StAX in constant memory.
 *
 * <p>Quantity samples are spilled to per-month temporary files ({@link SampleSpill}); per-day totals stay in memory
 * (a few hundred bytes per day). When the document has been read, each month is loaded in turn and its days are
 * emitted: {@link Daily} (steps, distance, floors, active/basal energy, heart rate, HRV SDNN, VO2max, SpO2, exercise
 * and stand time, ActivitySummary rings), {@link Body} (weight, body fat, height, BMI, lean mass, blood pressure,
 * glucose, body temperature, SpO2), {@link Nutrition} (Dietary* records), {@link Menstruation} (MenstrualFlow); then
 * {@link Activity} per Workout (totals, statistics, pauses, heart rate, power, speed and cadence from the Records
 * inside it, and the route GPX when the zip holds it) and {@link Sleep} per night (SleepAnalysis segments merged
 * per source, respiratory rate from the Records inside it). Samples are matched by time only: the spill does not
 * keep a record's source.
 *
 * <p>The internal DTD of real exports is skipped, never processed: entity references fail the import (no XXE, no
 * entity expansion).
 */
public final class AppleHealthParser {
    private static final String EXPORT_DIR_SUFFIX = "export.xml";

    private final ParseLimits limits;
    private final Path tempDir;

    public AppleHealthParser(ParseLimits limits, Path tempDir) {
        this.limits = limits;
        this.tempDir = tempDir;
    }

    /** Routes referenced by {@code WorkoutRoute/FileReference}, resolved inside the export zip. */
    interface RouteSource {
        InputStream open(String path) throws IOException;
    }

    // ---------------------------------------------------------------- entry points
    public int parseZip(Path zipPath, LongConsumer progress, Consumer<TerraDataModel> sink) {
        try (ZipFile zip = new ZipFile(zipPath.toFile())) {
            int entries = 0;
            ZipEntry export = null;
            var en = zip.entries();
            while (en.hasMoreElements()) {
                ZipEntry e = en.nextElement();
                if (++entries > limits.maxZipEntries()) {
                    throw new FileParseException(
                            FileFormat.APPLE_HEALTH_ZIP,
                            "the zip archive lists more than " + limits.maxZipEntries() + " entries; refused");
                }
                String n = e.getName();
                if (!e.isDirectory()
                        && n.endsWith(EXPORT_DIR_SUFFIX)
                        && !n.endsWith("export_cda.xml")
                        && (export == null || n.length() < export.getName().length())) {
                    export = e;
                }
            }
            if (export == null) {
                throw new FileParseException(
                        FileFormat.APPLE_HEALTH_ZIP,
                        "the zip archive has no export.xml; is it an Apple Health export?");
            }
            String base = export.getName().substring(0, export.getName().length() - EXPORT_DIR_SUFFIX.length());
            RouteSource routes = path -> {
                String p = path.startsWith("/") ? path.substring(1) : path;
                ZipEntry e = zip.getEntry(base + p);
                if (e == null) {
                    return null;
                }
                return SafeZip.limited(zip, e, limits, FileFormat.APPLE_HEALTH_ZIP);
            };
            // progress is reported in bytes of the zip file: inflated bytes scaled by the entry's ratio
            long zipSize = java.nio.file.Files.size(zipPath);
            long entrySize = export.getSize();
            LongConsumer scaled = progress == null
                    ? null
                    : b -> progress.accept(
                            entrySize > 0 ? Math.min(zipSize, (long) ((double) b / entrySize * zipSize)) : 0);
            try (InputStream in = SafeZip.limited(zip, export, limits, FileFormat.APPLE_HEALTH_ZIP)) {
                return parse(new CountingInputStream(in, scaled), routes, FileFormat.APPLE_HEALTH_ZIP, sink);
            }
        } catch (java.util.zip.ZipException e) {
            throw new FileParseException(
                    FileFormat.APPLE_HEALTH_ZIP, "the zip archive is corrupt: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int parseXml(Path xml, LongConsumer progress, Consumer<TerraDataModel> sink) {
        try (InputStream in = Files.newInputStream(xml)) {
            return parse(new CountingInputStream(in, progress), null, FileFormat.APPLE_HEALTH_XML, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int parse(InputStream in, Consumer<TerraDataModel> sink) {
        return parse(in, null, FileFormat.APPLE_HEALTH_XML, sink);
    }

    int parse(InputStream in, RouteSource routes, FileFormat format, Consumer<TerraDataModel> sink) {
        try (SampleSpill spill = new SampleSpill(tempDir)) {
            Reader reader = new Reader(spill, routes, format);
            XMLStreamReader r = SafeXml.reader(in, format);
            try {
                reader.read(r);
            } catch (XMLStreamException e) {
                throw SafeXml.error(format, e);
            } finally {
                SafeXml.close(r);
            }
            return reader.emit(sink);
        }
    }

    // ---------------------------------------------------------------- state
    static final byte K_HR = 1;
    static final byte K_HRV = 2;
    static final byte K_STEPS = 3;
    static final byte K_DIST = 4;
    static final byte K_ACTIVE = 5;
    static final byte K_FLOORS = 6;
    static final byte K_SPO2 = 7;
    static final byte K_WEIGHT = 8;
    static final byte K_FAT = 9;
    static final byte K_HEIGHT = 10;
    static final byte K_BMI = 11;
    static final byte K_LEAN = 12;
    static final byte K_SYS = 13;
    static final byte K_DIA = 14;
    static final byte K_GLUCOSE = 15;
    static final byte K_BODYTEMP = 16;
    static final byte K_VO2 = 17;
    static final byte K_RESTING = 18;
    static final byte K_FLOW = 19;
    static final byte K_WRIST_TEMP = 20;
    static final byte K_RESP = 21;
    static final byte K_POWER = 22;
    static final byte K_SPEED = 23;
    static final byte K_CADENCE = 24;
    static final int KINDS = 25;

    /** Spilled kinds a workout collects from the records inside its interval. */
    private static final byte[] WORKOUT_KINDS = {K_HR, K_POWER, K_SPEED, K_CADENCE};

    private static final byte[] SLEEP_KINDS = {K_RESP};

    // per-day sums
    static final int S_STEPS = 0;
    static final int S_DIST = 1;
    static final int S_FLOORS = 2;
    static final int S_ACTIVE = 3;
    static final int S_BASAL = 4;
    static final int S_EXERCISE_MIN = 5;
    static final int S_STAND_MIN = 6;
    static final int S_RING_ACTIVE = 7;
    static final int S_RING_EXERCISE = 8;
    static final int S_RING_STAND_HOURS = 9;
    static final int SUMS = 10;

    /** Dietary record → nutrition slot, target unit: 0 kcal, 1 g, 2 mg, 3 mL. */
    private static final Map<String, int[]> DIETARY = new HashMap<>();

    private static final String[] NUTR_NAMES = {
        "calories",
        "protein_g",
        "carbohydrates_g",
        "fat_g",
        "fiber_g",
        "sugar_g",
        "saturated_fat_g",
        "cholesterol_mg",
        "sodium_mg",
        "water_ml",
        "caffeine_mg",
        "calcium_mg",
        "iron_mg",
        "potassium_mg",
        "magnesium_mg",
        "vitamin_C_mg",
        "vitamin_D_mg",
        "zinc_mg",
        "monounsaturated_fat_g",
        "polyunsaturated_fat_g",
        "vitamin_A_mg",
        "vitamin_B6_mg",
        "vitamin_B12_mg",
        "vitamin_E_mg",
        "vitamin_K_mg",
        "folate_mg",
        "phosphorus_mg",
        "niacin_mg",
        "riboflavin_mg",
        "thiamin_mg",
        "selenium_mg",
        "copper_mg",
        "manganese_mg",
        "biotin_mg",
        "pantothenic_acid_mg",
        "iodine_mg",
        "chromium_mg",
        "molybdenum_mg",
        "chloride_mg"
    };

    static {
        String[] hk = {
            "EnergyConsumed",
            "Protein",
            "Carbohydrates",
            "FatTotal",
            "Fiber",
            "Sugar",
            "FatSaturated",
            "Cholesterol",
            "Sodium",
            "Water",
            "Caffeine",
            "Calcium",
            "Iron",
            "Potassium",
            "Magnesium",
            "VitaminC",
            "VitaminD",
            "Zinc",
            "FatMonounsaturated",
            "FatPolyunsaturated",
            "VitaminA",
            "VitaminB6",
            "VitaminB12",
            "VitaminE",
            "VitaminK",
            "Folate",
            "Phosphorus",
            "Niacin",
            "Riboflavin",
            "Thiamin",
            "Selenium",
            "Copper",
            "Manganese",
            "Biotin",
            "PantothenicAcid",
            "Iodine",
            "Chromium",
            "Molybdenum",
            "Chloride"
        };
        for (int i = 0; i < hk.length; i++) {
            String n = NUTR_NAMES[i];
            int unit = i == 0 ? 0 : n.endsWith("_g") ? 1 : n.endsWith("_ml") ? 3 : 2;
            DIETARY.put("HKQuantityTypeIdentifierDietary" + hk[i], new int[] {i, unit});
        }
    }

    static final class DayAgg {
        int offset = Integer.MIN_VALUE;
        final double[] sums = new double[SUMS];
        int hasSums;
        double[] nutr;
        long nutrMask;
        boolean dailyData;
        boolean bodyData;
        boolean flow;
    }

    static final class Segment {
        final String source;
        final long start;
        final long end;
        final int offset;
        final int stage; // Terra SleepLevel, or -1 for "in bed"

        Segment(String source, long start, long end, int offset, int stage) {
            this.source = source;
            this.start = start;
            this.end = end;
            this.offset = offset;
            this.stage = stage;
        }
    }

    static final class Workout {
        String type;
        String source;
        String device;
        long start;
        long end;
        int offset;
        Double durationSeconds;
        Double distance;
        Double energy;
        Double avgHr;
        Double maxHr;
        Double minHr;
        Double ascentMeters;
        Double avgMets;
        Boolean indoor;
        String routePath;
        Double stepsStat;
        Double swimStrokes;
        Double lapLengthMeters;
        final List<long[]> pauses = new ArrayList<>();
        long pausedAt = -1;
    }

    /** Time-value pairs of one spilled kind, in arrival order. */
    static final class Series {
        long[] time = new long[16];
        double[] value = new double[16];
        int size;

        void add(long t, double v) {
            if (size == time.length) {
                time = Arrays.copyOf(time, size * 2);
                value = Arrays.copyOf(value, size * 2);
            }
            time[size] = t;
            value[size] = v;
            size++;
        }

        /** Keeps every second pair in time order: an implausibly long interval must not hold unbounded samples. */
        void halve() {
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.comparingLong(i -> time[i]));
            long[] t = new long[size / 2 + 1];
            double[] v = new double[size / 2 + 1];
            int n = 0;
            for (int i = 0; i < size; i += 2) {
                t[n] = time[order[i]];
                v[n++] = value[order[i]];
            }
            time = t;
            value = v;
            size = n;
        }
    }

    /**
     * A workout or a night whose samples (the spilled {@code kinds} inside [start, end]) are still being collected
     * month by month; exactly one of {@code workout} and {@code night} is set.
     */
    static final class Pending {
        final Workout workout;
        final List<Segment> night;
        final long start;
        final long end;
        final int offset;
        final byte[] kinds;
        final Series[] series;

        Pending(Workout w) {
            this(w, null, w.start, Math.max(w.end, w.start), w.offset, WORKOUT_KINDS);
        }

        Pending(List<Segment> night, long start, long end) {
            this(null, night, start, end, night.get(0).offset, SLEEP_KINDS);
        }

        private Pending(Workout w, List<Segment> night, long start, long end, int offset, byte[] kinds) {
            this.workout = w;
            this.night = night;
            this.start = start;
            this.end = end;
            this.offset = offset;
            this.kinds = kinds;
            this.series = new Series[kinds.length];
            for (int i = 0; i < kinds.length; i++) {
                series[i] = new Series();
            }
        }
    }

    final class Reader {
        final SampleSpill spill;
        final RouteSource routes;
        final FileFormat format;
        final TreeMap<Integer, DayAgg> days = new TreeMap<>();
        final List<Segment> sleep = new ArrayList<>();
        final List<Workout> workouts = new ArrayList<>();
        int defaultOffset = 0;
        long records;

        // date cache
        private String lastDatePrefix;
        private long lastEpochDay;
        long tMillis;
        int tOffset;
        private int lastMonthDay = Integer.MIN_VALUE;
        private int lastMonthKey;

        Reader(SampleSpill spill, RouteSource routes, FileFormat format) {
            this.spill = spill;
            this.routes = routes;
            this.format = format;
        }

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
                                format, "the export nests elements deeper than " + limits.maxXmlDepth() + " levels");
                    }
                    String n = r.getLocalName();
                    if (depth == 1) {
                        if (!n.equals("HealthData")) {
                            throw new FileParseException(
                                    format,
                                    "the XML root is <" + n + ">, not <HealthData>: not an Apple Health export");
                        }
                        sawRoot = true;
                        continue;
                    }
                    if (depth == 2) {
                        switch (n) {
                            case "Record" -> record(r);
                            case "Workout" -> workout = workoutStart(r);
                            case "ActivitySummary" -> activitySummary(r);
                            case "ExportDate" -> {
                                String v = r.getAttributeValue(null, "value");
                                if (v != null && parseDate(v)) {
                                    defaultOffset = tOffset;
                                }
                            }
                            default -> {}
                        }
                    } else if (workout != null && depth == 3) {
                        switch (n) {
                            case "WorkoutStatistics" -> workoutStatistics(r, workout);
                            case "WorkoutEvent" -> workoutEvent(r, workout);
                            case "MetadataEntry" -> workoutMetadata(r, workout);
                            case "WorkoutRoute" -> inRoute = true;
                            default -> {}
                        }
                    } else if (workout != null && inRoute && n.equals("FileReference")) {
                        workout.routePath = r.getAttributeValue(null, "path");
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    if (depth == 2 && workout != null) {
                        workouts.add(workout);
                        workout = null;
                    }
                    if (depth == 3) {
                        inRoute = false;
                    }
                    depth--;
                } else if (ev == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new FileParseException(format, "the export uses XML entities, which are not accepted");
                }
            }
            if (!sawRoot) {
                throw new FileParseException(
                        format, "the file has no <HealthData> element: not an Apple Health export");
            }
        }

        /** Parses {@code yyyy-MM-dd HH:mm:ss ±hhmm} into {@link #tMillis}/{@link #tOffset}. */
        boolean parseDate(String s) {
            if (s == null || s.length() < 19) {
                return false;
            }
            try {
                String prefix = s.substring(0, 10);
                long epochDay;
                if (prefix.equals(lastDatePrefix)) {
                    epochDay = lastEpochDay;
                } else {
                    epochDay = LocalDate.of(num(s, 0, 4), num(s, 5, 7), num(s, 8, 10))
                            .toEpochDay();
                    lastDatePrefix = prefix;
                    lastEpochDay = epochDay;
                }
                int secs = num(s, 11, 13) * 3600 + num(s, 14, 16) * 60 + num(s, 17, 19);
                int off = 0;
                int i = 19;
                while (i < s.length() && s.charAt(i) == ' ') {
                    i++;
                }
                if (i < s.length()) {
                    char sign = s.charAt(i);
                    if (sign == 'Z') {
                        off = 0;
                    } else if ((sign == '+' || sign == '-') && s.length() >= i + 5) {
                        int hh = num(s, i + 1, i + 3);
                        int mm = s.charAt(i + 3) == ':' ? num(s, i + 4, i + 6) : num(s, i + 3, i + 5);
                        off = (hh * 3600 + mm * 60) * (sign == '-' ? -1 : 1);
                    }
                }
                if (Math.abs(off) > 18 * 3600) {
                    return false;
                }
                tOffset = off;
                tMillis = (epochDay * 86400L + secs - off) * 1000L;
                return true;
            } catch (RuntimeException e) {
                return false;
            }
        }

        private int num(String s, int from, int to) {
            int v = 0;
            for (int i = from; i < to; i++) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') {
                    throw new NumberFormatException(s);
                }
                v = v * 10 + (c - '0');
            }
            return v;
        }

        int localDay(long millis, int offset) {
            return (int) Math.floorDiv(millis / 1000 + offset, 86400L);
        }

        int monthKey(int epochDay) {
            if (epochDay != lastMonthDay) {
                LocalDate d = LocalDate.ofEpochDay(epochDay);
                lastMonthKey = d.getYear() * 12 + d.getMonthValue() - 1;
                lastMonthDay = epochDay;
            }
            return lastMonthKey;
        }

        DayAgg day(int epochDay, int offset) {
            DayAgg d = days.get(epochDay);
            if (d == null) {
                if (days.size() > 200_000) {
                    throw new FileParseException(format, "the export spans more than 200 000 days; refused");
                }
                d = new DayAgg();
                days.put(epochDay, d);
            }
            if (d.offset == Integer.MIN_VALUE) {
                d.offset = offset;
            }
            return d;
        }

        void sample(byte kind, int epochDay, double v) {
            spill.add(monthKey(epochDay), kind, tMillis, tOffset, v);
        }

        void record(XMLStreamReader r) {
            String type = null;
            String unit = null;
            String start = null;
            String end = null;
            String value = null;
            String source = null;
            for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
                String a = r.getAttributeLocalName(i);
                switch (a) {
                    case "type" -> type = r.getAttributeValue(i);
                    case "unit" -> unit = r.getAttributeValue(i);
                    case "startDate" -> start = r.getAttributeValue(i);
                    case "endDate" -> end = r.getAttributeValue(i);
                    case "value" -> value = r.getAttributeValue(i);
                    case "sourceName" -> source = r.getAttributeValue(i);
                    default -> {}
                }
            }
            if (type == null || !parseDate(start)) {
                return;
            }
            records++;
            if (type.equals("HKCategoryTypeIdentifierSleepAnalysis")) {
                long s = tMillis;
                int off = tOffset;
                if (!parseDate(end)) {
                    return;
                }
                int stage = sleepStage(value);
                if (stage != Integer.MIN_VALUE && tMillis > s && tMillis - s < 48L * 3600_000) {
                    if (sleep.size() >= 5_000_000) {
                        throw new FileParseException(
                                format, "the export holds more than 5 000 000 sleep records; refused");
                    }
                    sleep.add(new Segment(source == null ? "" : source, s, tMillis, off, stage));
                }
                return;
            }
            int epochDay = localDay(tMillis, tOffset);
            if (type.equals("HKCategoryTypeIdentifierMenstrualFlow")) {
                int flow = flow(value);
                DayAgg d = day(epochDay, tOffset);
                d.flow = true;
                sample(K_FLOW, epochDay, flow);
                return;
            }
            double v;
            try {
                v = value == null ? Double.NaN : Double.parseDouble(value);
            } catch (NumberFormatException e) {
                return;
            }
            if (!Double.isFinite(v)) {
                return;
            }
            int[] diet = DIETARY.get(type);
            if (diet != null) {
                DayAgg d = day(epochDay, tOffset);
                double conv = switch (diet[1]) {
                    case 0 -> Units.kcal(v, unit);
                    case 1 -> Units.grams(v, unit);
                    case 2 -> Units.grams(v, unit) * 1000.0;
                    default -> Units.milliliters(v, unit);
                };
                if (d.nutr == null) {
                    d.nutr = new double[NUTR_NAMES.length];
                }
                d.nutr[diet[0]] += conv;
                d.nutrMask |= 1L << diet[0];
                return;
            }
            switch (type) {
                case "HKQuantityTypeIdentifierStepCount" -> cumulative(epochDay, S_STEPS, K_STEPS, v, end);
                case "HKQuantityTypeIdentifierDistanceWalkingRunning", "HKQuantityTypeIdentifierDistanceWheelchair" ->
                    cumulative(epochDay, S_DIST, K_DIST, Units.meters(v, unit), end);
                case "HKQuantityTypeIdentifierFlightsClimbed" -> cumulative(epochDay, S_FLOORS, K_FLOORS, v, end);
                case "HKQuantityTypeIdentifierActiveEnergyBurned" ->
                    cumulative(epochDay, S_ACTIVE, K_ACTIVE, Units.kcal(v, unit), end);
                case "HKQuantityTypeIdentifierBasalEnergyBurned" ->
                    cumulative(epochDay, S_BASAL, (byte) 0, Units.kcal(v, unit), end);
                case "HKQuantityTypeIdentifierAppleExerciseTime" ->
                    cumulative(epochDay, S_EXERCISE_MIN, (byte) 0, Units.minutes(v, unit), end);
                case "HKQuantityTypeIdentifierAppleStandTime" ->
                    cumulative(epochDay, S_STAND_MIN, (byte) 0, Units.minutes(v, unit), end);
                case "HKQuantityTypeIdentifierHeartRate" -> dailySample(epochDay, K_HR, v);
                case "HKQuantityTypeIdentifierRestingHeartRate" -> dailySample(epochDay, K_RESTING, v);
                case "HKQuantityTypeIdentifierHeartRateVariabilitySDNN" -> dailySample(epochDay, K_HRV, v);
                case "HKQuantityTypeIdentifierVO2Max" -> dailySample(epochDay, K_VO2, v);
                case "HKQuantityTypeIdentifierOxygenSaturation" -> {
                    day(epochDay, tOffset).bodyData = true;
                    dailySample(epochDay, K_SPO2, Units.percent(v, unit));
                }
                case "HKQuantityTypeIdentifierBodyMass" -> bodySample(epochDay, K_WEIGHT, Units.kilograms(v, unit));
                case "HKQuantityTypeIdentifierBodyFatPercentage" -> bodySample(epochDay, K_FAT, Units.percent(v, unit));
                case "HKQuantityTypeIdentifierHeight" -> bodySample(epochDay, K_HEIGHT, Units.meters(v, unit) * 100.0);
                case "HKQuantityTypeIdentifierBodyMassIndex" -> bodySample(epochDay, K_BMI, v);
                case "HKQuantityTypeIdentifierLeanBodyMass" ->
                    bodySample(epochDay, K_LEAN, Units.kilograms(v, unit) * 1000.0);
                case "HKQuantityTypeIdentifierBloodPressureSystolic" -> bodySample(epochDay, K_SYS, v);
                case "HKQuantityTypeIdentifierBloodPressureDiastolic" -> bodySample(epochDay, K_DIA, v);
                case "HKQuantityTypeIdentifierBloodGlucose" -> bodySample(epochDay, K_GLUCOSE, Units.mgPerDl(v, unit));
                case "HKQuantityTypeIdentifierBodyTemperature" ->
                    bodySample(epochDay, K_BODYTEMP, Units.celsius(v, unit));
                case "HKQuantityTypeIdentifierAppleSleepingWristTemperature" ->
                    bodySample(epochDay, K_WRIST_TEMP, Units.celsius(v, unit));
                // kept for the sleep or workout they fall inside, not for the day
                case "HKQuantityTypeIdentifierRespiratoryRate" -> sample(K_RESP, epochDay, Units.perMinute(v, unit));
                case "HKQuantityTypeIdentifierRunningPower", "HKQuantityTypeIdentifierCyclingPower" ->
                    sample(K_POWER, epochDay, v);
                case "HKQuantityTypeIdentifierRunningSpeed",
                        "HKQuantityTypeIdentifierCyclingSpeed",
                        "HKQuantityTypeIdentifierWalkingSpeed" ->
                    sample(K_SPEED, epochDay, Units.metersPerSecond(v, unit));
                case "HKQuantityTypeIdentifierCyclingCadence" -> sample(K_CADENCE, epochDay, Units.perMinute(v, unit));
                default -> {}
            }
        }

        /**
         * A cumulative quantity over [start, end]: a record that crosses local midnight (a step count from 23:50 to
         * 00:10) is shared between the days in proportion to the time spent in each, so each Daily gets its part;
         * the part of the next day is filed at that day's midnight.
         */
        private void cumulative(int epochDay, int sum, byte kind, double v, String endDate) {
            long start = tMillis;
            int off = tOffset;
            long dayEnd = (epochDay + 1L) * 86400_000L - off * 1000L;
            if (endDate == null || endDate.length() < 19 || endDate.regionMatches(0, lastDatePrefix, 0, 10)) {
                daily(epochDay, sum, kind, v); // same calendar date as the start (the common case): no split
                return;
            }
            if (!parseDate(endDate) || tMillis <= dayEnd || tMillis - start > 7L * 86400_000L) {
                tMillis = start;
                tOffset = off;
                daily(epochDay, sum, kind, v);
                return;
            }
            long end = tMillis;
            double total = end - start;
            long from = start;
            int d = epochDay;
            while (from < end) {
                long to = Math.min(end, (d + 1L) * 86400_000L - off * 1000L);
                tMillis = from;
                tOffset = off;
                daily(d, sum, kind, v * ((to - from) / total));
                from = to;
                d++;
            }
            tMillis = start;
            tOffset = off;
        }

        private void daily(int epochDay, int sum, byte kind, double v) {
            DayAgg d = day(epochDay, tOffset);
            d.sums[sum] += v;
            d.hasSums |= 1 << sum;
            d.dailyData = true;
            if (kind != 0) {
                sample(kind, epochDay, v);
            }
        }

        private void dailySample(int epochDay, byte kind, double v) {
            DayAgg d = day(epochDay, tOffset);
            d.dailyData = true;
            sample(kind, epochDay, v);
        }

        private void bodySample(int epochDay, byte kind, double v) {
            DayAgg d = day(epochDay, tOffset);
            d.bodyData = true;
            sample(kind, epochDay, v);
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
            DayAgg d = day(epochDay, defaultOffset);
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
            if (!parseDate(start)) {
                return null;
            }
            w.start = tMillis;
            w.offset = tOffset;
            w.end = parseDate(end) ? tMillis : w.start;
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
            if (workouts.size() >= 1_000_000) {
                throw new FileParseException(format, "the export holds more than 1 000 000 workouts; refused");
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
            switch (type) {
                case "HKQuantityTypeIdentifierHeartRate" -> {
                    w.avgHr = GpxParser.num(r.getAttributeValue(null, "average"));
                    w.maxHr = GpxParser.num(r.getAttributeValue(null, "maximum"));
                    w.minHr = GpxParser.num(r.getAttributeValue(null, "minimum"));
                }
                case "HKQuantityTypeIdentifierActiveEnergyBurned" -> {
                    if (w.energy == null && sum != null) {
                        w.energy = Units.kcal(sum, unit);
                    }
                }
                case "HKQuantityTypeIdentifierDistanceWalkingRunning",
                        "HKQuantityTypeIdentifierDistanceCycling",
                        "HKQuantityTypeIdentifierDistanceSwimming",
                        "HKQuantityTypeIdentifierDistanceWheelchair",
                        "HKQuantityTypeIdentifierDistanceDownhillSnowSports" -> {
                    if (w.distance == null && sum != null) {
                        w.distance = Units.meters(sum, unit);
                    }
                }
                case "HKQuantityTypeIdentifierStepCount" -> w.stepsStat = sum;
                case "HKQuantityTypeIdentifierSwimmingStrokeCount" -> w.swimStrokes = sum;
                default -> {}
            }
        }

        void workoutEvent(XMLStreamReader r, Workout w) {
            if (w == null) {
                return;
            }
            String type = r.getAttributeValue(null, "type");
            if (type == null || !parseDate(r.getAttributeValue(null, "date"))) {
                return;
            }
            if (type.equals("HKWorkoutEventTypePause") || type.equals("HKWorkoutEventTypeMotionPaused")) {
                if (w.pausedAt < 0) {
                    w.pausedAt = tMillis;
                }
            } else if (type.equals("HKWorkoutEventTypeResume") || type.equals("HKWorkoutEventTypeMotionResumed")) {
                if (w.pausedAt >= 0 && tMillis > w.pausedAt) {
                    w.pauses.add(new long[] {w.pausedAt, tMillis});
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

        // ------------------------------------------------------------ emit
        int emit(Consumer<TerraDataModel> sink) {
            int n = 0;
            TreeSet<Integer> months = new TreeSet<>(spill.months());
            for (Integer day : days.keySet()) {
                months.add(monthKey(day));
            }
            List<Pending> pending = new ArrayList<>();
            for (Workout w : workouts) {
                pending.add(new Pending(w));
            }
            for (List<Segment> night : sleepSessions()) {
                long[] sp = span(night);
                pending.add(new Pending(night, sp[0], sp[1]));
            }
            pending.sort(Comparator.comparingLong(p -> p.start));
            // A workout (heart rate, power, speed, cadence) or a night (respiratory rate) collects its samples from
            // every month its interval touches (a run from 23:30 on the 31st to 00:30 on the 1st needs two months),
            // and is emitted once the last of them has been read. Only the samples of intervals in progress are held,
            // never more than one month of spilled samples.
            List<Pending> inProgress = new ArrayList<>();
            int wi = 0;
            for (int month : months) {
                SampleSpill.Month m = spill.load(month);
                Map<Integer, int[][]> byDay = index(m);
                int first = (int) LocalDate.of(month / 12, month % 12 + 1, 1).toEpochDay();
                int last = (int) LocalDate.of(month / 12, month % 12 + 1, 1)
                        .plusMonths(1)
                        .toEpochDay();
                for (Map.Entry<Integer, DayAgg> e : days.subMap(first, last).entrySet()) {
                    int[][] idx = byDay.getOrDefault(e.getKey(), new int[KINDS][]);
                    n += emitDay(e.getKey(), e.getValue(), m, idx, sink);
                }
                while (wi < pending.size() && firstSampleMonth(pending.get(wi)) <= month) {
                    inProgress.add(pending.get(wi++));
                }
                for (var it = inProgress.iterator(); it.hasNext(); ) {
                    Pending p = it.next();
                    collectSamples(p, m, byDay);
                    if (lastSampleMonth(p) <= month) {
                        sink.accept(build(p));
                        n++;
                        it.remove();
                    }
                }
                spill.delete(month);
            }
            for (Pending p : inProgress) {
                sink.accept(build(p));
                n++;
            }
            for (; wi < pending.size(); wi++) {
                sink.accept(build(pending.get(wi)));
                n++;
            }
            if (n == 0 && records == 0) {
                throw new FileParseException(
                        format, "the Apple Health export contains no records, workouts or summaries");
            }
            return n;
        }

        /** Per local day and kind, the indices of the month's samples sorted by time. */
        private Map<Integer, int[][]> index(SampleSpill.Month m) {
            Map<Long, int[]> counts = new HashMap<>();
            Map<Integer, int[][]> out = new HashMap<>();
            int[] dayOf = new int[m.size];
            Map<Long, Integer> sizes = new HashMap<>();
            for (int i = 0; i < m.size; i++) {
                int d = localDay(m.time[i], m.offset[i]);
                dayOf[i] = d;
                sizes.merge(((long) d << 8) | m.kind[i], 1, Integer::sum);
            }
            for (Map.Entry<Long, Integer> e : sizes.entrySet()) {
                int d = (int) (e.getKey() >> 8);
                int k = (int) (e.getKey() & 0xFF);
                out.computeIfAbsent(d, x -> new int[KINDS][])[k] = new int[e.getValue()];
                counts.put(e.getKey(), new int[] {0});
            }
            for (int i = 0; i < m.size; i++) {
                long key = ((long) dayOf[i] << 8) | m.kind[i];
                int[] c = counts.get(key);
                out.get(dayOf[i])[m.kind[i]][c[0]++] = i;
            }
            for (int[][] perKind : out.values()) {
                for (int[] arr : perKind) {
                    if (arr != null) {
                        sortByTime(arr, m.time);
                    }
                }
            }
            return out;
        }

        private void sortByTime(int[] idx, long[] time) {
            boolean sorted = true;
            for (int i = 1; i < idx.length && sorted; i++) {
                sorted = time[idx[i - 1]] <= time[idx[i]];
            }
            if (sorted) {
                return;
            }
            long base = Long.MAX_VALUE;
            for (int i : idx) {
                base = Math.min(base, time[i]);
            }
            long[] keys = new long[idx.length];
            for (int j = 0; j < idx.length; j++) {
                long rel = (time[idx[j]] - base) / 1000; // seconds, fits 30 bits for a month
                keys[j] = (Math.min(rel, (1L << 33) - 1) << 30) | idx[j];
            }
            Arrays.sort(keys);
            for (int j = 0; j < idx.length; j++) {
                idx[j] = (int) (keys[j] & ((1 << 30) - 1));
            }
        }

        /** One sample per spilled record of {@code indexes} (none when null), in record order. */
        private <T> List<T> samples(SampleSpill.Month m, int[] indexes, BiFunction<String, Double, T> make) {
            List<T> out = new ArrayList<>();
            if (indexes != null) for (int i : indexes) out.add(make.apply(ts(m, i), m.value[i]));
            return out;
        }

        private String ts(SampleSpill.Month m, int i) {
            return FastTime.format(Instant.ofEpochMilli(m.time[i]), ZoneOffset.ofTotalSeconds(m.offset[i]));
        }

        private int emitDay(int epochDay, DayAgg d, SampleSpill.Month m, int[][] idx, Consumer<TerraDataModel> sink) {
            int n = 0;
            ZoneOffset zone = ZoneOffset.ofTotalSeconds(d.offset == Integer.MIN_VALUE ? defaultOffset : d.offset);
            Instant dayStart = LocalDate.ofEpochDay(epochDay).atStartOfDay().toInstant(zone);
            String start = Timestamps.format(dayStart, zone);
            String end = Timestamps.format(dayStart.plusSeconds(86400), zone);
            if (d.dailyData) {
                sink.accept(daily(d, m, idx, start, end));
                n++;
            }
            if (d.bodyData) {
                Body b = body(m, idx, start, end);
                if (b != null) {
                    sink.accept(b);
                    n++;
                }
            }
            if (d.nutr != null) {
                sink.accept(nutrition(d, start, end));
                n++;
            }
            if (d.flow && idx[K_FLOW] != null) {
                List<MenstruationFlowSample> flows = new ArrayList<>();
                for (int i : idx[K_FLOW]) {
                    flows.add(MenstruationFlowSample.builder()
                            .timestamp(ts(m, i))
                            .flow((int) m.value[i])
                            .build());
                }
                sink.accept(Menstruation.builder()
                        .metadata(MenstruationMetadata.builder()
                                .startTime(start)
                                .endTime(end)
                                .timestampLocalization(TimestampLocalization.LOCAL)
                                .build())
                        .menstruationData(MenstruationData.builder()
                                .menstruationFlow(flows)
                                .build())
                        .build());
                n++;
            }
            return n;
        }

        private boolean has(DayAgg d, int sum) {
            return (d.hasSums & (1 << sum)) != 0;
        }

        private Daily daily(DayAgg d, SampleSpill.Month m, int[][] idx, String start, String end) {
            Daily.Builder b = Daily.builder()
                    .metadata(DailyMetadata.builder()
                            .startTime(start)
                            .endTime(end)
                            .uploadType(UploadType.MANUAL)
                            .timestampLocalization(TimestampLocalization.LOCAL)
                            .build());
            // distance / steps / floors
            List<StepSample> steps = samples(
                    m,
                    idx[K_STEPS],
                    (t, v) -> StepSample.builder().timestamp(t).steps(v).build());
            List<DistanceSample> dist = new ArrayList<>();
            if (idx[K_DIST] != null) {
                double cum = 0;
                for (int i : idx[K_DIST]) {
                    cum += m.value[i];
                    dist.add(DistanceSample.builder()
                            .timestamp(ts(m, i))
                            .distanceMeters(ActivityAssembler.round3(cum))
                            .build());
                }
            }
            List<FloorsClimbedSample> floors = samples(
                    m,
                    idx[K_FLOORS],
                    (t, v) -> FloorsClimbedSample.builder()
                            .timestamp(t)
                            .floorsClimbed(v)
                            .build());
            if (has(d, S_STEPS) || has(d, S_DIST) || has(d, S_FLOORS)) {
                b.distanceData(DailyDistanceData.builder()
                        .steps(has(d, S_STEPS) ? (int) Math.round(d.sums[S_STEPS]) : null)
                        .distanceMeters(has(d, S_DIST) ? ActivityAssembler.round3(d.sums[S_DIST]) : null)
                        .floorsClimbed(has(d, S_FLOORS) ? (int) Math.round(d.sums[S_FLOORS]) : null)
                        .detailed(DistanceDataDetailed.builder()
                                .stepSamples(ActivityAssembler.nullIfEmpty(steps))
                                .distanceSamples(ActivityAssembler.nullIfEmpty(dist))
                                .floorsClimbedSamples(ActivityAssembler.nullIfEmpty(floors))
                                .build())
                        .build());
            }
            // calories
            Double active = has(d, S_ACTIVE)
                    ? Double.valueOf(d.sums[S_ACTIVE])
                    : has(d, S_RING_ACTIVE) ? Double.valueOf(d.sums[S_RING_ACTIVE]) : null;
            Double basal = has(d, S_BASAL) ? Double.valueOf(d.sums[S_BASAL]) : null;
            if (active != null || basal != null) {
                List<CalorieSample> cal = samples(
                        m,
                        idx[K_ACTIVE],
                        (t, v) -> CalorieSample.builder()
                                .timestamp(t)
                                .calories(ActivityAssembler.round3(v))
                                .build());
                b.caloriesData(CaloriesData.builder()
                        .netActivityCalories(active == null ? null : ActivityAssembler.round3(active))
                        .bmrCalories(basal == null ? null : ActivityAssembler.round3(basal))
                        .totalBurnedCalories(
                                ActivityAssembler.round3((active == null ? 0 : active) + (basal == null ? 0 : basal)))
                        .calorieSamples(ActivityAssembler.nullIfEmpty(cal))
                        .build());
            }
            // active durations
            Double exercise = has(d, S_EXERCISE_MIN)
                    ? Double.valueOf(d.sums[S_EXERCISE_MIN])
                    : has(d, S_RING_EXERCISE) ? Double.valueOf(d.sums[S_RING_EXERCISE]) : null;
            if (exercise != null || has(d, S_STAND_MIN) || has(d, S_RING_STAND_HOURS)) {
                b.activeDurationsData(ActiveDurationsData.builder()
                        .activitySeconds(exercise == null ? null : exercise * 60.0)
                        .vigorousIntensitySeconds(null)
                        .standingSeconds(has(d, S_STAND_MIN) ? d.sums[S_STAND_MIN] * 60.0 : null)
                        .standingHoursCount(has(d, S_RING_STAND_HOURS) ? d.sums[S_RING_STAND_HOURS] : null)
                        .build());
            }
            // heart rate
            if (idx[K_HR] != null || idx[K_RESTING] != null || idx[K_HRV] != null) {
                List<HeartRateDataSample> hr = new ArrayList<>();
                double sum = 0;
                Double max = null;
                Double min = null;
                if (idx[K_HR] != null) {
                    for (int i : idx[K_HR]) {
                        double v = m.value[i];
                        hr.add(HeartRateDataSample.builder()
                                .timestamp(ts(m, i))
                                .bpm(v)
                                .build());
                        sum += v;
                        max = max == null ? v : Math.max(max, v);
                        min = min == null ? v : Math.min(min, v);
                    }
                }
                List<HeartRateVariabilityDataSampleSDNN> hrv = new ArrayList<>();
                double hrvSum = 0;
                if (idx[K_HRV] != null) {
                    for (int i : idx[K_HRV]) {
                        hrv.add(HeartRateVariabilityDataSampleSDNN.builder()
                                .timestamp(ts(m, i))
                                .hrvSdnn(ActivityAssembler.round3(m.value[i]))
                                .build());
                        hrvSum += m.value[i];
                    }
                }
                Double resting = null;
                if (idx[K_RESTING] != null) {
                    int[] r = idx[K_RESTING];
                    resting = m.value[r[r.length - 1]];
                }
                b.heartRateData(HeartRateData.builder()
                        .summary(HeartRateDataSummary.builder()
                                .avgHrBpm(hr.isEmpty() ? null : ActivityAssembler.round3(sum / hr.size()))
                                .maxHrBpm(max)
                                .minHrBpm(min)
                                .restingHrBpm(resting)
                                .avgHrvSdnn(hrv.isEmpty() ? null : ActivityAssembler.round3(hrvSum / hrv.size()))
                                .build())
                        .detailed(HeartRateDataDetailed.builder()
                                .hrSamples(ActivityAssembler.nullIfEmpty(hr))
                                .hrvSamplesSdnn(hrv.isEmpty() ? null : hrv)
                                .build())
                        .build());
            }
            OxygenData oxygen = oxygen(m, idx, true);
            if (oxygen != null) {
                b.oxygenData(oxygen);
            }
            return b.build();
        }

        private OxygenData oxygen(SampleSpill.Month m, int[][] idx, boolean withVo2) {
            List<OxygenSaturationSample> spo2 = new ArrayList<>();
            double sum = 0;
            if (idx[K_SPO2] != null) {
                for (int i : idx[K_SPO2]) {
                    spo2.add(OxygenSaturationSample.builder()
                            .timestamp(ts(m, i))
                            .percentage(ActivityAssembler.round3(m.value[i]))
                            .type(0)
                            .build());
                    sum += m.value[i];
                }
            }
            List<Vo2MaxSample> vo2 = new ArrayList<>();
            Double lastVo2 = null;
            if (withVo2 && idx[K_VO2] != null) {
                for (int i : idx[K_VO2]) {
                    vo2.add(Vo2MaxSample.builder()
                            .timestamp(ts(m, i))
                            .vo2maxMlPerMinPerKg(ActivityAssembler.round3(m.value[i]))
                            .build());
                    lastVo2 = ActivityAssembler.round3(m.value[i]);
                }
            }
            if (spo2.isEmpty() && vo2.isEmpty()) {
                return null;
            }
            return OxygenData.builder()
                    .saturationSamples(spo2.isEmpty() ? null : spo2)
                    .avgSaturationPercentage(spo2.isEmpty() ? null : ActivityAssembler.round3(sum / spo2.size()))
                    .vo2Samples(vo2.isEmpty() ? null : vo2)
                    .vo2maxMlPerMinPerKg(lastVo2)
                    .build();
        }

        private Body body(SampleSpill.Month m, int[][] idx, String start, String end) {
            Body.Builder b = Body.builder()
                    .metadata(BodyMetadata.builder()
                            .startTime(start)
                            .endTime(end)
                            .timestampLocalization(TimestampLocalization.LOCAL)
                            .build());
            boolean any = false;
            // measurements merged by timestamp
            TreeMap<Long, MeasurementDataSample.Builder> meas = new TreeMap<>();
            Map<Long, String> measTs = new HashMap<>();
            byte[] mk = {K_WEIGHT, K_FAT, K_HEIGHT, K_BMI, K_LEAN};
            for (byte k : mk) {
                if (idx[k] == null) {
                    continue;
                }
                for (int i : idx[k]) {
                    MeasurementDataSample.Builder s =
                            meas.computeIfAbsent(m.time[i], t -> MeasurementDataSample.builder());
                    measTs.putIfAbsent(m.time[i], ts(m, i));
                    double v = ActivityAssembler.round3(m.value[i]);
                    switch (k) {
                        case K_WEIGHT -> s.weightKg(v);
                        case K_FAT -> s.bodyfatPercentage(v);
                        case K_HEIGHT -> s.heightCm(v);
                        case K_BMI -> s.bmi(v);
                        default -> s.leanMassG(v);
                    }
                }
            }
            if (!meas.isEmpty()) {
                List<MeasurementDataSample> list = new ArrayList<>();
                for (Map.Entry<Long, MeasurementDataSample.Builder> e : meas.entrySet()) {
                    list.add(
                            e.getValue().measurementTime(measTs.get(e.getKey())).build());
                }
                b.measurementsData(MeasurementsData.builder()
                        .measurements(list)
                        .dayAvgWeightKg(FitParser.avg(list, MeasurementDataSample::weightKg))
                        .dayAvgBodyfatPercentage(FitParser.avg(list, MeasurementDataSample::bodyfatPercentage))
                        .dayAvgHeightCm(FitParser.avg(list, MeasurementDataSample::heightCm))
                        .dayAvgBmi(FitParser.avg(list, MeasurementDataSample::bmi))
                        .dayAvgLeanMassG(FitParser.avg(list, MeasurementDataSample::leanMassG))
                        .build());
                any = true;
            }
            if (idx[K_SYS] != null || idx[K_DIA] != null) {
                TreeMap<Long, double[]> bp = new TreeMap<>();
                Map<Long, String> bpTs = new HashMap<>();
                for (byte k : new byte[] {K_SYS, K_DIA}) {
                    if (idx[k] == null) {
                        continue;
                    }
                    for (int i : idx[k]) {
                        double[] pair = bp.computeIfAbsent(m.time[i], t -> new double[] {Double.NaN, Double.NaN});
                        pair[k == K_SYS ? 0 : 1] = m.value[i];
                        bpTs.putIfAbsent(m.time[i], ts(m, i));
                    }
                }
                List<BloodPressureSample> samples = new ArrayList<>();
                double sys = 0;
                double dia = 0;
                int ns = 0;
                int nd = 0;
                for (Map.Entry<Long, double[]> e : bp.entrySet()) {
                    double[] p = e.getValue();
                    samples.add(BloodPressureSample.builder()
                            .timestamp(bpTs.get(e.getKey()))
                            .systolicBp(Double.isNaN(p[0]) ? null : p[0])
                            .diastolicBp(Double.isNaN(p[1]) ? null : p[1])
                            .build());
                    if (!Double.isNaN(p[0])) {
                        sys += p[0];
                        ns++;
                    }
                    if (!Double.isNaN(p[1])) {
                        dia += p[1];
                        nd++;
                    }
                }
                b.bloodPressureData(BloodPressureData.builder()
                        .bloodPressureSamples(samples)
                        .dayAvgSystolicBp(ns == 0 ? null : ActivityAssembler.round3(sys / ns))
                        .dayAvgDiastolicBp(nd == 0 ? null : ActivityAssembler.round3(dia / nd))
                        .build());
                any = true;
            }
            if (idx[K_GLUCOSE] != null) {
                List<GlucoseDataSample> g = new ArrayList<>();
                double sum = 0;
                for (int i : idx[K_GLUCOSE]) {
                    double v = ActivityAssembler.round3(m.value[i]);
                    g.add(GlucoseDataSample.builder()
                            .timestamp(ts(m, i))
                            .bloodGlucoseMgPerDl(v)
                            .build());
                    sum += v;
                }
                b.glucoseData(GlucoseData.builder()
                        .bloodGlucoseSamples(g)
                        .dayAvgBloodGlucoseMgPerDl(ActivityAssembler.round3(sum / g.size()))
                        .build());
                any = true;
            }
            if (idx[K_BODYTEMP] != null || idx[K_WRIST_TEMP] != null) {
                List<TemperatureSample> bodyT = temps(m, idx[K_BODYTEMP]);
                List<TemperatureSample> skinT = temps(m, idx[K_WRIST_TEMP]);
                b.temperatureData(TemperatureData.builder()
                        .bodyTemperatureSamples(bodyT.isEmpty() ? null : bodyT)
                        .skinTemperatureSamples(skinT.isEmpty() ? null : skinT)
                        .dayAvgBodyTemperatureCelsius(avgTemp(bodyT))
                        .dayAvgSkinTemperatureCelsius(avgTemp(skinT))
                        .build());
                any = true;
            }
            OxygenData oxygen = oxygen(m, idx, false);
            if (oxygen != null) {
                b.oxygenData(oxygen);
                any = true;
            }
            return any ? b.build() : null;
        }

        private List<TemperatureSample> temps(SampleSpill.Month m, int[] idx) {
            List<TemperatureSample> out = new ArrayList<>();
            if (idx != null) {
                for (int i : idx) {
                    out.add(TemperatureSample.builder()
                            .timestamp(ts(m, i))
                            .temperatureCelsius(ActivityAssembler.round3(m.value[i]))
                            .build());
                }
            }
            return out;
        }

        private Double avgTemp(List<TemperatureSample> t) {
            return FitParser.avg(t, TemperatureSample::temperatureCelsius);
        }

        private Nutrition nutrition(DayAgg d, String start, String end) {
            Map<String, Object> macros = new LinkedHashMap<>();
            Map<String, Object> micros = new LinkedHashMap<>();
            Double water = null;
            for (int i = 0; i < NUTR_NAMES.length; i++) {
                if ((d.nutrMask & (1L << i)) == 0) {
                    continue;
                }
                double v = ActivityAssembler.round3(d.nutr[i]);
                String name = NUTR_NAMES[i];
                switch (name) {
                    case "water_ml" -> water = v;
                    case "calories",
                            "protein_g",
                            "carbohydrates_g",
                            "fat_g",
                            "fiber_g",
                            "sugar_g",
                            "saturated_fat_g",
                            "cholesterol_mg",
                            "sodium_mg" -> macros.put(name, v);
                    default -> micros.put(name, v);
                }
            }
            NutritionMacros.Builder mb = NutritionMacros.builder();
            mb.calories((Double) macros.get("calories"))
                    .proteinG((Double) macros.get("protein_g"))
                    .carbohydratesG((Double) macros.get("carbohydrates_g"))
                    .fatG((Double) macros.get("fat_g"))
                    .fiberG((Double) macros.get("fiber_g"))
                    .sugarG((Double) macros.get("sugar_g"))
                    .saturatedFatG((Double) macros.get("saturated_fat_g"))
                    .cholesterolMg((Double) macros.get("cholesterol_mg"))
                    .sodiumMg((Double) macros.get("sodium_mg"));
            NutritionMicros.Builder mi = NutritionMicros.builder()
                    .caffeineMg((Double) micros.get("caffeine_mg"))
                    .calciumMg((Double) micros.get("calcium_mg"))
                    .ironMg((Double) micros.get("iron_mg"))
                    .potassiumMg((Double) micros.get("potassium_mg"))
                    .magnesiumMg((Double) micros.get("magnesium_mg"))
                    .vitaminCMg((Double) micros.get("vitamin_C_mg"))
                    .vitaminDMg((Double) micros.get("vitamin_D_mg"))
                    .zincMg((Double) micros.get("zinc_mg"))
                    .monounsaturatedFatG((Double) micros.get("monounsaturated_fat_g"))
                    .polyunsaturatedFatG((Double) micros.get("polyunsaturated_fat_g"))
                    .vitaminAMg((Double) micros.get("vitamin_A_mg"))
                    .vitaminB6Mg((Double) micros.get("vitamin_B6_mg"))
                    .vitaminB12Mg((Double) micros.get("vitamin_B12_mg"))
                    .vitaminEMg((Double) micros.get("vitamin_E_mg"))
                    .vitaminKMg((Double) micros.get("vitamin_K_mg"))
                    .folateMg((Double) micros.get("folate_mg"))
                    .phosphorusMg((Double) micros.get("phosphorus_mg"))
                    .niacinMg((Double) micros.get("niacin_mg"))
                    .riboflavinMg((Double) micros.get("riboflavin_mg"))
                    .thiaminMg((Double) micros.get("thiamin_mg"))
                    .seleniumMg((Double) micros.get("selenium_mg"))
                    .copperMg((Double) micros.get("copper_mg"))
                    .manganeseMg((Double) micros.get("manganese_mg"))
                    .biotinMg((Double) micros.get("biotin_mg"))
                    .pantothenicAcidMg((Double) micros.get("pantothenic_acid_mg"))
                    .iodineMg((Double) micros.get("iodine_mg"))
                    .chromiumMg((Double) micros.get("chromium_mg"))
                    .molybdenumMg((Double) micros.get("molybdenum_mg"))
                    .chlorideMg((Double) micros.get("chloride_mg"));
            return Nutrition.builder()
                    .metadata(NutritionMetadata.builder()
                            .startTime(start)
                            .endTime(end)
                            .timestampLocalization(TimestampLocalization.LOCAL)
                            .build())
                    .summary(NutritionSummary.builder()
                            .macros(mb.build())
                            .micros(mi.build())
                            .waterMl(water)
                            .build())
                    .build();
        }

        /** Month key of the earliest local day a sample inside the interval can be filed under (offsets may differ). */
        private int firstSampleMonth(Pending p) {
            return monthKey(localDay(p.start, p.offset) - 1);
        }

        private int lastSampleMonth(Pending p) {
            return monthKey(localDay(p.end, p.offset) + 1);
        }

        /** Adds the month's samples of the interval's kinds that fall inside it. */
        private void collectSamples(Pending p, SampleSpill.Month m, Map<Integer, int[][]> byDay) {
            int d0 = localDay(p.start, p.offset) - 1;
            int d1 = localDay(p.end, p.offset) + 1;
            for (int d = d0; d <= d1; d++) {
                int[][] idx = byDay.get(d);
                if (idx == null) {
                    continue;
                }
                for (int k = 0; k < p.kinds.length; k++) {
                    if (idx[p.kinds[k]] == null) {
                        continue;
                    }
                    for (int i : idx[p.kinds[k]]) {
                        if (m.time[i] >= p.start && m.time[i] <= p.end) {
                            p.series[k].add(m.time[i], m.value[i]);
                        }
                    }
                }
            }
            // an implausibly long interval must not hold unbounded samples: thin evenly (the builders thin anyway)
            for (Series x : p.series) {
                if (x.size > 4 * Math.max(1, limits.maxSamplesPerSeries())) {
                    x.halve();
                }
            }
        }

        private TerraDataModel build(Pending p) {
            if (p.night != null) {
                BreathingRates breaths = new BreathingRates(p.start, p.end, ZoneOffset.ofTotalSeconds(p.offset));
                Series resp = p.series[0];
                for (int i = 0; i < resp.size; i++) {
                    breaths.add(resp.time[i], resp.value[i]);
                }
                return sleepOf(p.night, breaths.build(limits.maxSamplesPerSeries()));
            }
            List<ActivityAssembler.Point> points = new ArrayList<>();
            for (int k = 0; k < p.kinds.length; k++) {
                Series x = p.series[k];
                for (int i = 0; i < x.size; i++) {
                    ActivityAssembler.Point pt = new ActivityAssembler.Point();
                    pt.time = Instant.ofEpochMilli(x.time[i]);
                    switch (p.kinds[k]) {
                        case K_HR -> pt.hr = x.value[i];
                        case K_POWER -> pt.power = x.value[i];
                        case K_SPEED -> pt.speed = x.value[i];
                        default -> pt.cadence = x.value[i];
                    }
                    points.add(pt);
                }
            }
            return workout(p.workout, points);
        }

        private Activity workout(Workout w, List<ActivityAssembler.Point> samples) {
            ActivityAssembler a = new ActivityAssembler(limits.maxSamplesPerSeries());
            a.offset = ZoneOffset.ofTotalSeconds(w.offset);
            a.localOffsetKnown = true;
            a.start = Instant.ofEpochMilli(w.start);
            a.end = Instant.ofEpochMilli(Math.max(w.end, w.start));
            ActivityType type = ActivityTypes.of(w.type, ActivityType.OTHER);
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

        // ------------------------------------------------------------ sleep
        /** The nights: segments grouped per source, where sources overlap the one with most sleep stages. */
        private List<List<Segment>> sleepSessions() {
            if (sleep.isEmpty()) {
                return List.of();
            }
            Map<String, List<Segment>> bySource = new LinkedHashMap<>();
            for (Segment s : sleep) {
                bySource.computeIfAbsent(s.source, k -> new ArrayList<>()).add(s);
            }
            List<List<Segment>> sessions = new ArrayList<>();
            for (List<Segment> list : bySource.values()) {
                list.sort(Comparator.comparingLong(s -> s.start));
                List<Segment> cur = null;
                long curEnd = Long.MIN_VALUE;
                for (Segment s : list) {
                    if (cur == null || s.start > curEnd + 2 * 3600_000L) {
                        cur = new ArrayList<>();
                        sessions.add(cur);
                        curEnd = Long.MIN_VALUE;
                    }
                    cur.add(s);
                    curEnd = Math.max(curEnd, s.end);
                }
            }
            // where sources overlap, keep the session with sleep stages (most staged time)
            sessions.sort(Comparator.comparingLong(s -> s.get(0).start));
            boolean[] dropped = new boolean[sessions.size()];
            for (int i = 0; i < sessions.size(); i++) {
                for (int j = i + 1; j < sessions.size(); j++) {
                    if (dropped[i] || dropped[j]) {
                        continue;
                    }
                    long[] a = span(sessions.get(i));
                    long[] b = span(sessions.get(j));
                    long overlap = Math.min(a[1], b[1]) - Math.max(a[0], b[0]);
                    if (b[0] > a[1]) {
                        break;
                    }
                    if (overlap > 0.5 * Math.min(a[1] - a[0], b[1] - b[0])) {
                        if (staged(sessions.get(i)) >= staged(sessions.get(j))) {
                            dropped[j] = true;
                        } else {
                            dropped[i] = true;
                        }
                    }
                }
            }
            List<List<Segment>> kept = new ArrayList<>();
            for (int i = 0; i < sessions.size(); i++) {
                if (!dropped[i]) {
                    kept.add(sessions.get(i));
                }
            }
            return kept;
        }

        private long[] span(List<Segment> s) {
            long a = Long.MAX_VALUE;
            long b = Long.MIN_VALUE;
            for (Segment x : s) {
                a = Math.min(a, x.start);
                b = Math.max(b, x.end);
            }
            return new long[] {a, b};
        }

        private long staged(List<Segment> s) {
            long t = 0;
            for (Segment x : s) {
                if (x.stage == SleepLevel.LIGHT_SLEEP.value()
                        || x.stage == SleepLevel.DEEP_SLEEP.value()
                        || x.stage == SleepLevel.REM_SLEEP.value()) {
                    t += x.end - x.start;
                }
            }
            return t * 2 + s.size();
        }

        private Sleep sleepOf(List<Segment> segs, RespirationData respiration) {
            long[] sp = span(segs);
            ZoneOffset zone = ZoneOffset.ofTotalSeconds(segs.get(0).offset);
            double inBedDeclared = 0;
            SleepStageTally tally = new SleepStageTally(zone);
            for (Segment s : segs) {
                if (s.stage < 0) {
                    inBedDeclared += (s.end - s.start) / 1000.0;
                } else {
                    tally.add(s.start, s.end, s.stage);
                }
            }
            double inBed = (sp[1] - sp[0]) / 1000.0;
            Instant start = Instant.ofEpochMilli(sp[0]);
            return Sleep.builder()
                    .metadata(SleepMetadata.builder()
                            .startTime(Timestamps.format(start, zone))
                            .endTime(Timestamps.format(Instant.ofEpochMilli(sp[1]), zone))
                            .summaryId(SummaryIds.sleep(start))
                            .isNap(inBed < 3 * 3600)
                            .uploadType(SleepUploadType.MANUAL)
                            .timestampLocalization(TimestampLocalization.LOCAL)
                            .build())
                    .sleepDurationsData(tally.durations(Math.max(inBed, inBedDeclared), inBed, false))
                    .deviceData(DeviceData.builder().name(segs.get(0).source).build())
                    .respirationData(respiration)
                    .build();
        }
    }

    /** Terra sleep level of a SleepAnalysis value; -1 for in-bed; MIN_VALUE to ignore. */
    static int sleepStage(String value) {
        if (value == null) {
            return Integer.MIN_VALUE;
        }
        return switch (value) {
            case "HKCategoryValueSleepAnalysisInBed" -> -1;
            case "HKCategoryValueSleepAnalysisAsleep", "HKCategoryValueSleepAnalysisAsleepUnspecified" ->
                SleepLevel.SLEEPING.value();
            case "HKCategoryValueSleepAnalysisAsleepCore" -> SleepLevel.LIGHT_SLEEP.value();
            case "HKCategoryValueSleepAnalysisAsleepDeep" -> SleepLevel.DEEP_SLEEP.value();
            case "HKCategoryValueSleepAnalysisAsleepREM" -> SleepLevel.REM_SLEEP.value();
            case "HKCategoryValueSleepAnalysisAwake" -> SleepLevel.AWAKE.value();
            default -> Integer.MIN_VALUE;
        };
    }

    static int flow(String value) {
        if (value == null) {
            return 0;
        }
        return switch (value) {
            case "HKCategoryValueMenstrualFlowNone" -> 1;
            case "HKCategoryValueMenstrualFlowLight" -> 2;
            case "HKCategoryValueMenstrualFlowMedium" -> 3;
            case "HKCategoryValueMenstrualFlowHeavy" -> 4;
            case "HKCategoryValueMenstrualFlowUnspecified" -> 5;
            default -> 0;
        };
    }
}
