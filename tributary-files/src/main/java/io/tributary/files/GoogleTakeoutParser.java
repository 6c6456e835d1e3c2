package io.tributary.files;

import io.tributary.model.Body;
import io.tributary.model.Daily;
import io.tributary.model.TerraDataModel;
import io.tributary.model.Timestamps;
import io.tributary.model.enums.ActivityType;
import io.tributary.model.enums.TimestampLocalization;
import io.tributary.model.enums.UploadType;
import io.tributary.model.nested.ActiveDurationsData;
import io.tributary.model.nested.BodyMetadata;
import io.tributary.model.nested.CalorieSample;
import io.tributary.model.nested.CaloriesData;
import io.tributary.model.nested.DailyDistanceData;
import io.tributary.model.nested.DailyMetadata;
import io.tributary.model.nested.DistanceDataDetailed;
import io.tributary.model.nested.HeartRateData;
import io.tributary.model.nested.HeartRateDataDetailed;
import io.tributary.model.nested.HeartRateDataSample;
import io.tributary.model.nested.HeartRateDataSummary;
import io.tributary.model.nested.MeasurementDataSample;
import io.tributary.model.nested.MeasurementsData;
import io.tributary.model.nested.StepSample;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Google Takeout "Fit" exports: the per-day activity CSVs ({@code Daily activity metrics/2024-03-01.csv}, 15-minute
 * rows with their UTC offset), the summary {@code Daily activity metrics.csv} (one row per day, local dates) and the
 * session JSONs ({@code All Sessions/2024-03-01T07_30_00.000+01_00_RUNNING.json}, whose file name carries the local
 * UTC offset, used for the activity's timestamps).
 */
public final class GoogleTakeoutParser {
    private static final Pattern DAY_FILE = Pattern.compile("(?:^|/)(\\d{4}-\\d{2}-\\d{2})\\.csv$");
    private static final Pattern SESSION_OFFSET =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}_\\d{2}_\\d{2}(?:\\.\\d+)?([+-])(\\d{2})_(\\d{2})");
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final long MAX_ENTRY = 64L << 20;

    private final ParseLimits limits;

    public GoogleTakeoutParser(ParseLimits limits) {
        this.limits = limits;
    }

    public int parseZip(Path zipPath, Consumer<TerraDataModel> sink) {
        int n = 0;
        try (ZipFile zip = new ZipFile(zipPath.toFile())) {
            List<ZipEntry> dayFiles = new ArrayList<>();
            List<ZipEntry> summaries = new ArrayList<>();
            List<ZipEntry> sessions = new ArrayList<>();
            int count = 0;
            var en = zip.entries();
            while (en.hasMoreElements()) {
                ZipEntry e = en.nextElement();
                if (++count > limits.maxZipEntries()) {
                    throw new FileParseException(
                            FileFormat.GOOGLE_TAKEOUT_ZIP,
                            "the zip archive lists more than " + limits.maxZipEntries() + " entries; refused");
                }
                String name = e.getName();
                if (e.isDirectory() || !name.contains("Fit/")) {
                    continue;
                }
                if (DAY_FILE.matcher(name).find()) {
                    dayFiles.add(e);
                } else if (name.endsWith("Daily activity metrics.csv") || name.endsWith("Daily Summaries.csv")) {
                    summaries.add(e);
                } else if (name.endsWith(".json") && (name.contains("Sessions/") || name.contains("Activities/"))) {
                    sessions.add(e);
                }
            }
            Set<LocalDate> seen = new HashSet<>();
            for (ZipEntry e : dayFiles) {
                n += dailyCsv(e.getName(), read(zip, e), sink, seen, null);
            }
            for (ZipEntry e : summaries) {
                n += dailyCsv(e.getName(), read(zip, e), sink, null, seen);
            }
            for (ZipEntry e : sessions) {
                try {
                    n += session(e.getName(), read(zip, e), sink);
                } catch (FileParseException ex) {
                    // one unreadable session does not fail the archive
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new FileParseException(
                    FileFormat.GOOGLE_TAKEOUT_ZIP, "the zip archive is corrupt: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (n == 0) {
            throw new FileParseException(
                    FileFormat.GOOGLE_TAKEOUT_ZIP,
                    "the Takeout archive has no Fit daily-metrics CSV or session JSON (Takeout/Fit/...)");
        }
        return n;
    }

    private String read(ZipFile zip, ZipEntry e) throws IOException {
        ParseLimits l = limits.withMaxUncompressedBytes(Math.min(MAX_ENTRY, limits.maxUncompressedBytes()));
        try (InputStream in = SafeZip.limited(zip, e, l, FileFormat.GOOGLE_TAKEOUT_ZIP)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    public int parseFile(Path file, String filename, FileFormat format, Consumer<TerraDataModel> sink) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new FileParseException(format, "the file is not UTF-8 text: " + e.getMessage(), e);
        }
        if (format == FileFormat.GOOGLE_FIT_SESSION_JSON) {
            return session(filename, text, sink);
        }
        int n = dailyCsv(filename == null ? "" : filename, text, sink, null, null);
        if (n == 0) {
            throw new FileParseException(format, "the Google Fit CSV has no data rows");
        }
        return n;
    }

    // ---------------------------------------------------------------- daily CSV
    int dailyCsv(String name, String text, Consumer<TerraDataModel> sink, Set<LocalDate> record, Set<LocalDate> skip) {
        String[] lines = text.split("\r?\n");
        if (lines.length == 0) {
            return 0;
        }
        String[] header = split(lines[0].replace("\uFEFF", ""));
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
            col.put(header[i].trim(), i);
        }
        if (col.containsKey("Date")) {
            return summaryCsv(lines, col, sink, skip);
        }
        if (!col.containsKey("Start time")) {
            throw new FileParseException(
                    FileFormat.GOOGLE_FIT_DAILY_CSV, "the CSV has neither a 'Date' nor a 'Start time' column");
        }
        Matcher m = DAY_FILE.matcher(name);
        if (!m.find()) {
            throw new FileParseException(
                    FileFormat.GOOGLE_FIT_DAILY_CSV,
                    "a Google Fit per-day CSV must keep its file name (YYYY-MM-DD.csv): the date is only in the name");
        }
        LocalDate date = LocalDate.parse(m.group(1));
        ZoneOffset zone = null;
        double steps = 0;
        double cal = 0;
        double dist = 0;
        double move = 0;
        boolean anySteps = false;
        boolean anyCal = false;
        boolean anyDist = false;
        List<StepSample> stepSamples = new ArrayList<>();
        List<CalorieSample> calSamples = new ArrayList<>();
        List<HeartRateDataSample> hr = new ArrayList<>();
        Double maxHr = null;
        Double minHr = null;
        int rows = 0;
        for (int li = 1; li < lines.length; li++) {
            if (lines[li].isBlank()) {
                continue;
            }
            String[] f = split(lines[li]);
            String st = get(f, col, "Start time");
            if (st == null) {
                continue;
            }
            OffsetDateTime start;
            try {
                start = OffsetDateTime.of(
                        date,
                        LocalTime.parse(st.substring(0, st.length() - 6)),
                        ZoneOffset.of(st.substring(st.length() - 6)));
            } catch (RuntimeException e) {
                continue;
            }
            if (zone == null) {
                zone = start.getOffset();
            }
            rows++;
            String ts = Timestamps.format(start);
            Double s = num(get(f, col, "Step count"));
            if (s != null) {
                steps += s;
                anySteps = true;
                stepSamples.add(StepSample.builder().timestamp(ts).steps(s).build());
            }
            Double c = num(get(f, col, "Calories (kcal)"));
            if (c != null) {
                cal += c;
                anyCal = true;
                calSamples.add(CalorieSample.builder()
                        .timestamp(ts)
                        .calories(ActivityAssembler.round3(c))
                        .build());
            }
            Double d = num(get(f, col, "Distance (m)"));
            if (d != null) {
                dist += d;
                anyDist = true;
            }
            Double mm = num(get(f, col, "Move Minutes count"));
            if (mm != null) {
                move += mm;
            }
            Double avg = num(get(f, col, "Average heart rate (bpm)"));
            if (avg != null) {
                hr.add(HeartRateDataSample.builder()
                        .timestamp(ts)
                        .bpm(ActivityAssembler.round3(avg))
                        .build());
            }
            Double mx = num(get(f, col, "Max heart rate (bpm)"));
            if (mx != null && (maxHr == null || mx > maxHr)) {
                maxHr = mx;
            }
            Double mn = num(get(f, col, "Min heart rate (bpm)"));
            if (mn != null && (minHr == null || mn < minHr)) {
                minHr = mn;
            }
        }
        if (rows == 0) {
            return 0;
        }
        if (record != null) {
            record.add(date);
        }
        Double avgHr = Numbers.avg(hr, HeartRateDataSample::bpm);
        sink.accept(daily(
                date,
                zone,
                anySteps ? steps : null,
                anyDist ? dist : null,
                anyCal ? cal : null,
                move,
                null,
                avgHr,
                maxHr,
                minHr,
                stepSamples,
                calSamples,
                hr));
        return 1;
    }

    private int summaryCsv(
            String[] lines, Map<String, Integer> col, Consumer<TerraDataModel> sink, Set<LocalDate> skip) {
        int n = 0;
        for (int li = 1; li < lines.length; li++) {
            if (lines[li].isBlank()) {
                continue;
            }
            String[] f = split(lines[li]);
            LocalDate date;
            try {
                date = LocalDate.parse(get(f, col, "Date").trim());
            } catch (RuntimeException e) {
                continue;
            }
            Double weight = num(get(f, col, "Average weight (kg)"));
            if (weight != null) {
                String start = Timestamps.formatLocal(date.atStartOfDay());
                sink.accept(Body.builder()
                        .metadata(BodyMetadata.builder()
                                .startTime(start)
                                .endTime(Timestamps.formatLocal(date.plusDays(1).atStartOfDay()))
                                .timestampLocalization(TimestampLocalization.LOCAL)
                                .build())
                        .measurementsData(MeasurementsData.builder()
                                .measurements(List.of(MeasurementDataSample.builder()
                                        .measurementTime(start)
                                        .weightKg(ActivityAssembler.round3(weight))
                                        .build()))
                                .dayAvgWeightKg(ActivityAssembler.round3(weight))
                                .build())
                        .build());
                n++;
            }
            if (skip != null && skip.contains(date)) {
                continue;
            }
            Double inactiveMs = num(get(f, col, "Inactive duration (ms)"));
            Double move = num(get(f, col, "Move Minutes count"));
            sink.accept(daily(
                    date,
                    null,
                    num(get(f, col, "Step count")),
                    num(get(f, col, "Distance (m)")),
                    num(get(f, col, "Calories (kcal)")),
                    move == null ? 0 : move,
                    inactiveMs == null ? null : inactiveMs / 1000.0,
                    num(get(f, col, "Average heart rate (bpm)")),
                    num(get(f, col, "Max heart rate (bpm)")),
                    num(get(f, col, "Min heart rate (bpm)")),
                    List.of(),
                    List.of(),
                    List.of()));
            n++;
        }
        return n;
    }

    private static Daily daily(
            LocalDate date,
            ZoneOffset zone,
            Double steps,
            Double dist,
            Double cal,
            double moveMinutes,
            Double inactiveSeconds,
            Double avgHr,
            Double maxHr,
            Double minHr,
            List<StepSample> stepSamples,
            List<CalorieSample> calSamples,
            List<HeartRateDataSample> hr) {
        String start = zone == null
                ? Timestamps.formatLocal(date.atStartOfDay())
                : Timestamps.format(date.atStartOfDay().atOffset(zone));
        String end = zone == null
                ? Timestamps.formatLocal(date.plusDays(1).atStartOfDay())
                : Timestamps.format(date.plusDays(1).atStartOfDay().atOffset(zone));
        Daily.Builder b = Daily.builder()
                .metadata(DailyMetadata.builder()
                        .startTime(start)
                        .endTime(end)
                        .uploadType(UploadType.MANUAL)
                        .timestampLocalization(TimestampLocalization.LOCAL)
                        .build())
                .distanceData(DailyDistanceData.builder()
                        .steps(steps == null ? null : (int) Math.round(steps))
                        .distanceMeters(dist == null ? null : ActivityAssembler.round3(dist))
                        .detailed(
                                stepSamples.isEmpty()
                                        ? null
                                        : DistanceDataDetailed.builder()
                                                .stepSamples(stepSamples)
                                                .build())
                        .build())
                .activeDurationsData(ActiveDurationsData.builder()
                        .activitySeconds(moveMinutes * 60.0)
                        .inactivitySeconds(inactiveSeconds)
                        .build());
        if (cal != null) {
            b.caloriesData(CaloriesData.builder()
                    .totalBurnedCalories(ActivityAssembler.round3(cal))
                    .calorieSamples(calSamples.isEmpty() ? null : calSamples)
                    .build());
        }
        if (avgHr != null || maxHr != null || !hr.isEmpty()) {
            b.heartRateData(HeartRateData.builder()
                    .summary(HeartRateDataSummary.builder()
                            .avgHrBpm(avgHr == null ? null : ActivityAssembler.round3(avgHr))
                            .maxHrBpm(maxHr)
                            .minHrBpm(minHr)
                            .build())
                    .detailed(
                            hr.isEmpty()
                                    ? null
                                    : HeartRateDataDetailed.builder()
                                            .hrSamples(hr)
                                            .build())
                    .build());
        }
        return b.build();
    }

    // ---------------------------------------------------------------- session JSON
    int session(String name, String text, Consumer<TerraDataModel> sink) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (RuntimeException e) {
            throw new FileParseException(
                    FileFormat.GOOGLE_FIT_SESSION_JSON, "the session file is not valid JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject() || !root.has("startTime")) {
            throw new FileParseException(FileFormat.GOOGLE_FIT_SESSION_JSON, "the session JSON has no startTime");
        }
        ActivityAssembler a = new ActivityAssembler(limits.maxSamplesPerSeries());
        ZoneOffset off = offsetFromName(name);
        if (off != null) {
            a.offset = off;
            a.localOffsetKnown = true;
        }
        try {
            a.start = OffsetDateTime.parse(root.get("startTime").asString()).toInstant();
            if (root.has("endTime")) {
                a.end = OffsetDateTime.parse(root.get("endTime").asString()).toInstant();
            }
        } catch (RuntimeException e) {
            throw new FileParseException(
                    FileFormat.GOOGLE_FIT_SESSION_JSON, "the session's startTime/endTime is not an ISO-8601 time", e);
        }
        String activity = root.path("fitnessActivity").asString("");
        ActivityType type = ActivityTypes.of(activity, ActivityType.OTHER);
        a.type = type.value();
        a.name = root.has("name") ? root.get("name").asString() : type.label();
        String dur = root.path("duration").asString("");
        if (dur.endsWith("s")) {
            Double d = num(dur.substring(0, dur.length() - 1));
            if (d != null) {
                a.timerSeconds = d;
            }
        }
        for (JsonNode seg : root.path("segment")) {
            // pauses are "still"/"paused" segments inside the session
            String act = seg.path("fitnessActivity").asString("");
            if (act.equals("still") || act.equals("paused") || act.equals("unknown")) {
                try {
                    a.pauses.add(new Instant[] {
                        OffsetDateTime.parse(seg.get("startTime").asString()).toInstant(),
                        OffsetDateTime.parse(seg.get("endTime").asString()).toInstant()
                    });
                } catch (RuntimeException ignored) {
                    // malformed segment
                }
            }
        }
        for (JsonNode ag : root.path("aggregate")) {
            String metric = ag.path("metricName").asString("");
            Double v = ag.has("floatValue")
                    ? ag.get("floatValue").asDouble()
                    : ag.has("intValue") ? ag.get("intValue").asDouble() : null;
            if (v == null) {
                continue;
            }
            switch (metric) {
                case "com.google.calories.expended" -> a.totalCalories = ActivityAssembler.round3(v);
                case "com.google.step_count.delta" -> a.steps = v;
                case "com.google.distance.delta" -> a.totalDistance = v;
                case "com.google.speed.summary" -> a.avgSpeed = v;
                case "com.google.heart_rate.summary" -> a.avgHr = v;
                case "com.google.active_minutes" -> {
                    if (a.timerSeconds == null) {
                        a.timerSeconds = v * 60.0;
                    }
                }
                default -> {}
            }
        }
        if (a.end == null && a.timerSeconds != null) {
            a.end = a.start.plus(Duration.ofMillis(Math.round(a.timerSeconds * 1000)));
        }
        sink.accept(a.build());
        return 1;
    }

    static ZoneOffset offsetFromName(String name) {
        if (name == null) {
            return null;
        }
        Matcher m = SESSION_OFFSET.matcher(name);
        if (!m.find()) {
            return null;
        }
        int h = Integer.parseInt(m.group(2));
        int mi = Integer.parseInt(m.group(3));
        int total = (h * 3600 + mi * 60) * (m.group(1).equals("-") ? -1 : 1);
        if (Math.abs(total) > 18 * 3600) {
            return null;
        }
        return ZoneOffset.ofTotalSeconds(total);
    }

    private static String get(String[] f, Map<String, Integer> col, String name) {
        Integer i = col.get(name);
        if (i == null || i >= f.length) {
            return null;
        }
        String s = f[i].trim();
        return s.isEmpty() ? null : s;
    }

    private static Double num(String s) {
        return GpxParser.num(s);
    }

    private static String[] split(String line) {
        if (line.indexOf('"') < 0) {
            return line.split(",", -1);
        }
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean q = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                q = !q;
            } else if (c == ',' && !q) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out.toArray(String[]::new);
    }
}
