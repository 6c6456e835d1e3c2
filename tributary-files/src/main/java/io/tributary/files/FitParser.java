package io.tributary.files;

import com.garmin.fit.ActivityMesg;
import com.garmin.fit.DateTime;
import com.garmin.fit.Decode;
import com.garmin.fit.DeviceInfoMesg;
import com.garmin.fit.Event;
import com.garmin.fit.EventMesg;
import com.garmin.fit.EventType;
import com.garmin.fit.Field;
import com.garmin.fit.FileIdMesg;
import com.garmin.fit.FitRuntimeException;
import com.garmin.fit.GarminProduct;
import com.garmin.fit.HrMesg;
import com.garmin.fit.HrvMesg;
import com.garmin.fit.LapMesg;
import com.garmin.fit.LengthMesg;
import com.garmin.fit.LengthType;
import com.garmin.fit.Manufacturer;
import com.garmin.fit.Mesg;
import com.garmin.fit.MesgNum;
import com.garmin.fit.MonitoringInfoMesg;
import com.garmin.fit.MonitoringMesg;
import com.garmin.fit.RecordMesg;
import com.garmin.fit.SessionMesg;
import com.garmin.fit.SleepAssessmentMesg;
import com.garmin.fit.SleepLevelMesg;
import com.garmin.fit.WeightScaleMesg;
import io.tributary.model.Activity;
import io.tributary.model.Body;
import io.tributary.model.Daily;
import io.tributary.model.Sleep;
import io.tributary.model.SleepStageTally;
import io.tributary.model.TerraDataModel;
import io.tributary.model.Timestamps;
import io.tributary.model.enums.ActivityLevel;
import io.tributary.model.enums.SleepLevel;
import io.tributary.model.enums.SleepUploadType;
import io.tributary.model.enums.TimestampLocalization;
import io.tributary.model.enums.UploadType;
import io.tributary.model.nested.ActiveDurationsData;
import io.tributary.model.nested.ActivityLevelSample;
import io.tributary.model.nested.AsleepDurations;
import io.tributary.model.nested.AwakeDurations;
import io.tributary.model.nested.BodyMetadata;
import io.tributary.model.nested.CaloriesData;
import io.tributary.model.nested.DailyDistanceData;
import io.tributary.model.nested.DailyMetadata;
import io.tributary.model.nested.DeviceData;
import io.tributary.model.nested.DistanceDataDetailed;
import io.tributary.model.nested.ElevationData;
import io.tributary.model.nested.HeartRateData;
import io.tributary.model.nested.HeartRateDataDetailed;
import io.tributary.model.nested.HeartRateDataSample;
import io.tributary.model.nested.HeartRateDataSummary;
import io.tributary.model.nested.LapSample;
import io.tributary.model.nested.MeasurementDataSample;
import io.tributary.model.nested.MeasurementsData;
import io.tributary.model.nested.OtherSleepDurations;
import io.tributary.model.nested.SleepDataEnrichment;
import io.tributary.model.nested.SleepDurationsData;
import io.tributary.model.nested.SleepHypnogramSample;
import io.tributary.model.nested.SleepMetadata;
import io.tributary.model.nested.SleepScores;
import io.tributary.model.nested.StepSample;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Garmin FIT files (activity, monitoring, sleep, weight scale) read with Garmin's FIT SDK.
 *
 * <ul>
 *   <li>{@code session} (+ {@code lap}, {@code record}, {@code event}, {@code hr}, {@code hrv}, {@code length}) →
 *       one {@link Activity} per session;
 *   <li>{@code monitoring} → one {@link Daily} per local day;
 *   <li>{@code sleep_level} (+ {@code sleep_assessment}) → {@link Sleep};
 *   <li>{@code weight_scale} → one {@link Body} per day.
 * </ul>
 *
 * Times are written with the device's UTC offset when the file carries a local timestamp ({@code activity},
 * {@code monitoring_info}), otherwise in UTC. {@code upload_type} is Manual (2).
 */
public final class FitParser {
    private static final Instant FIT_EPOCH = Instant.parse("1989-12-31T00:00:00Z");

    private final ParseLimits limits;

    public FitParser(ParseLimits limits) {
        this.limits = limits;
    }

    /** Validates and decodes {@code bytes}, handing every record to {@code sink}; returns how many were emitted. */
    public int parse(byte[] bytes, Consumer<TerraDataModel> sink) {
        State s = new State();
        decode(bytes, limits, s::accept);
        return map(s, sink);
    }

    /** CRC/size validation plus decode into a list of messages (developer fields are kept but ignored). */
    static void decode(byte[] bytes, ParseLimits limits, com.garmin.fit.MesgListener listener) {
        if (bytes.length < 12 || !FileFormat.isFit(bytes)) {
            throw new FileParseException(
                    FileFormat.FIT, "not a FIT file: the 12/14-byte FIT header with '.FIT' is missing");
        }
        int headerSize = bytes[0] & 0xFF;
        long dataSize =
                (bytes[4] & 0xFFL) | (bytes[5] & 0xFFL) << 8 | (bytes[6] & 0xFFL) << 16 | (bytes[7] & 0xFFL) << 24;
        long expected = headerSize + dataSize + 2;
        if (bytes.length < expected) {
            throw new FileParseException(
                    FileFormat.FIT,
                    "the FIT file is truncated: its header declares " + expected + " bytes but only " + bytes.length
                            + " are present");
        }
        int fileCrc = (bytes[(int) expected - 2] & 0xFF) | (bytes[(int) expected - 1] & 0xFF) << 8;
        if (fileCrc != 0 && crc(bytes, 0, (int) expected - 2) != fileCrc) {
            throw new FileParseException(FileFormat.FIT, "the FIT file is corrupt: its CRC check failed");
        }
        if (headerSize == 14) {
            int headerCrc = (bytes[12] & 0xFF) | (bytes[13] & 0xFF) << 8;
            if (headerCrc != 0 && crc(bytes, 0, 12) != headerCrc) {
                throw new FileParseException(FileFormat.FIT, "the FIT file is corrupt: its header CRC check failed");
            }
        }
        Decode d = new Decode();
        try {
            d.read(new ByteArrayInputStream(bytes), listener);
        } catch (FitRuntimeException e) {
            throw new FileParseException(FileFormat.FIT, "the FIT file could not be decoded: " + e.getMessage(), e);
        }
    }

    private static final int[] CRC_TABLE = {
        0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401, 0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01,
        0x8801, 0x4400
    };

    /** The FIT CRC-16 of {@code bytes[from, to)}. */
    static int crc(byte[] bytes, int from, int to) {
        int crc = 0;
        for (int i = from; i < to; i++) {
            int b = bytes[i];
            int tmp = CRC_TABLE[crc & 0xF];
            crc = (crc >> 4) & 0x0FFF;
            crc = crc ^ tmp ^ CRC_TABLE[b & 0xF];
            tmp = CRC_TABLE[crc & 0xF];
            crc = (crc >> 4) & 0x0FFF;
            crc = crc ^ tmp ^ CRC_TABLE[(b >> 4) & 0xF];
        }
        return crc;
    }

    // --------------------------------------------------------------------------------------------------------
    private static final class State {
        FileIdMesg fileId;
        final List<SessionMesg> sessions = new ArrayList<>();
        final List<LapMesg> laps = new ArrayList<>();
        final List<ActivityAssembler.Point> records = new ArrayList<>();
        final List<EventMesg> events = new ArrayList<>();
        final List<HrMesg> hrs = new ArrayList<>();
        final List<HrvMesg> hrvs = new ArrayList<>();
        final List<LengthMesg> lengths = new ArrayList<>();
        final List<MonitoringMesg> monitoring = new ArrayList<>();
        final List<SleepLevelMesg> sleepLevels = new ArrayList<>();
        final List<WeightScaleMesg> weights = new ArrayList<>();
        final List<DeviceInfoMesg> devices = new ArrayList<>();
        SleepAssessmentMesg sleepAssessment;
        ActivityMesg activity;
        MonitoringInfoMesg monitoringInfo;

        void accept(Mesg m) {
            switch (m.getNum()) {
                case MesgNum.FILE_ID -> fileId = new FileIdMesg(m);
                case MesgNum.SESSION -> sessions.add(new SessionMesg(m));
                case MesgNum.LAP -> laps.add(new LapMesg(m));
                case MesgNum.RECORD -> {
                    ActivityAssembler.Point p = recordPoint(m);
                    if (p.time != null) {
                        records.add(p);
                    }
                }
                case MesgNum.EVENT -> events.add(new EventMesg(m));
                case MesgNum.HR -> hrs.add(new HrMesg(m));
                case MesgNum.HRV -> hrvs.add(new HrvMesg(m));
                case MesgNum.LENGTH -> lengths.add(new LengthMesg(m));
                case MesgNum.MONITORING -> monitoring.add(new MonitoringMesg(m));
                case MesgNum.MONITORING_INFO -> monitoringInfo = new MonitoringInfoMesg(m);
                case MesgNum.SLEEP_LEVEL -> sleepLevels.add(new SleepLevelMesg(m));
                case MesgNum.SLEEP_ASSESSMENT -> sleepAssessment = new SleepAssessmentMesg(m);
                case MesgNum.WEIGHT_SCALE -> weights.add(new WeightScaleMesg(m));
                case MesgNum.ACTIVITY -> activity = new ActivityMesg(m);
                case MesgNum.DEVICE_INFO -> devices.add(new DeviceInfoMesg(m));
                default -> {
                    // other messages (and developer data) are tolerated and ignored
                }
            }
        }
    }

    int map(State s, Consumer<TerraDataModel> sink) {
        int n = 0;
        DeviceData device = device(s);
        if (!s.sessions.isEmpty() || !s.records.isEmpty()) {
            n += activities(s, device, sink);
        }
        if (!s.monitoring.isEmpty()) {
            n += dailies(s, device, sink);
        }
        if (!s.sleepLevels.isEmpty()) {
            n += sleep(s, device, sink);
        }
        if (!s.weights.isEmpty()) {
            n += bodies(s, device, sink);
        }
        if (n == 0) {
            String type = s.fileId == null || s.fileId.getType() == null
                    ? "unknown"
                    : s.fileId.getType().name().toLowerCase(Locale.ROOT);
            throw new FileParseException(
                    FileFormat.FIT,
                    "the FIT file (type " + type + ") holds no activity session, records, monitoring, sleep or weight"
                            + " data");
        }
        return n;
    }

    static Instant instant(DateTime t) {
        if (t == null) {
            return null;
        }
        return FIT_EPOCH.plusSeconds(t.getTimestamp()).plusMillis(Math.round(t.getFractionalTimestamp() * 1000));
    }

    /** The UTC offset from a local timestamp (seconds since the FIT epoch, local time), rounded to 15 minutes. */
    static ZoneOffset offset(Long localTimestamp, DateTime utc) {
        if (localTimestamp == null || utc == null) {
            return null;
        }
        long diff = localTimestamp - utc.getTimestamp();
        long q = Math.round(diff / 900.0) * 900;
        if (Math.abs(q) > 18 * 3600) {
            return null;
        }
        return ZoneOffset.ofTotalSeconds((int) q);
    }

    private static DeviceData device(State s) {
        if (s.fileId == null) {
            return null;
        }
        Integer manufacturer = s.fileId.getManufacturer();
        String man = manufacturer == null ? null : Manufacturer.getStringFromValue(manufacturer);
        String product = s.fileId.getProductName();
        if (product == null
                && s.fileId.getGarminProduct() != null
                && manufacturer != null
                && manufacturer == Manufacturer.GARMIN) {
            product = GarminProduct.getStringFromValue(s.fileId.getGarminProduct());
        }
        String software = null;
        for (DeviceInfoMesg d : s.devices) {
            Short idx = d.getDeviceIndex();
            if ((idx == null || idx == 0) && d.getSoftwareVersion() != null) {
                software = String.valueOf(d.getSoftwareVersion());
                break;
            }
        }
        if (man == null && product == null && s.fileId.getSerialNumber() == null) {
            return null;
        }
        return DeviceData.builder()
                .manufacturer(pretty(man))
                .name(product == null || product.isEmpty() ? null : pretty(product))
                .serialNumber(s.fileId.getSerialNumber() == null ? null : String.valueOf(s.fileId.getSerialNumber()))
                .softwareVersion(software)
                .build();
    }

    private static String pretty(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        String[] parts = s.toLowerCase(Locale.ROOT).split("_");
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p.isEmpty()) {
                continue;
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(Character.toUpperCase(p.charAt(0))).append(p.substring(1));
        }
        return b.toString();
    }

    // ---------------------------------------------------------------- activity
    private int activities(State s, DeviceData device, Consumer<TerraDataModel> sink) {
        ZoneOffset off = s.activity == null ? null : offset(s.activity.getLocalTimestamp(), s.activity.getTimestamp());
        List<SessionMesg> sessions = new ArrayList<>(s.sessions);
        if (sessions.isEmpty()) {
            // records without a session (some exporters): one activity over the records
            sessions.add(null);
        }
        int n = 0;
        for (int i = 0; i < sessions.size(); i++) {
            SessionMesg ses = sessions.get(i);
            ActivityAssembler a = new ActivityAssembler(limits.maxSamplesPerSeries());
            if (off != null) {
                a.offset = off;
                a.localOffsetKnown = true;
            }
            a.device = device;
            Instant from;
            Instant to;
            if (ses != null) {
                from = instant(ses.getStartTime());
                Float elapsed = ses.getTotalElapsedTime();
                to = from == null || elapsed == null
                        ? instant(ses.getTimestamp())
                        : from.plusMillis(Math.round(elapsed * 1000.0));
                if (from == null) {
                    from = firstRecordTime(s);
                }
                fillSession(a, ses);
            } else {
                from = firstRecordTime(s);
                to = null;
                for (ActivityAssembler.Point r : s.records) {
                    Instant t = r.time;
                    if (t != null && (to == null || t.isAfter(to))) {
                        to = t;
                    }
                }
                a.type = io.tributary.model.enums.ActivityType.OTHER.value();
            }
            if (from == null) {
                continue;
            }
            a.start = from;
            a.end = to;
            boolean single = sessions.size() == 1;
            boolean recordsHaveHr = false;
            for (ActivityAssembler.Point p : s.records) {
                Instant t = p.time;
                if (t == null || !(single || within(t, from, to))) {
                    continue;
                }
                recordsHaveHr |= p.hr != null;
                a.points.add(p);
            }
            if (!recordsHaveHr) {
                for (double[] hr : hrFromHrMessages(s.hrs)) {
                    Instant t = Instant.ofEpochMilli((long) hr[0]);
                    if (single || within(t, from, to)) {
                        ActivityAssembler.Point p = new ActivityAssembler.Point();
                        p.time = t;
                        p.hr = hr[1];
                        a.points.add(p);
                    }
                }
            }
            pauses(a, s.events, from, to);
            for (LapMesg l : s.laps) {
                Instant ls = instant(l.getStartTime());
                if (ls != null && (single || within(ls, from, to))) {
                    a.laps.add(lap(a, l));
                }
            }
            if (single || i == 0) {
                rr(a, s.hrvs, from);
            }
            swimming(a, s.lengths, single, from, to);
            Activity act = a.build();
            sink.accept(act);
            n++;
        }
        return n;
    }

    /**
     * Reads a {@code record} message's raw field values directly (the FIT profile's scale/offset applied here), which
     * is several times faster than the SDK's typed getters.
     */
    static ActivityAssembler.Point recordPoint(Mesg r) {
        ActivityAssembler.Point p = new ActivityAssembler.Point();
        Double speed = null;
        Double enhancedSpeed = null;
        Double altitude = null;
        Double enhancedAltitude = null;
        Integer lat = null;
        Integer lon = null;
        Double cadence = null;
        double fractional = 0;
        for (Field f : r.getFields()) {
            Object raw = f.getRawValue(0);
            if (!(raw instanceof Number n)) {
                continue;
            }
            long v = n.longValue();
            switch (f.getNum()) {
                case RecordMesg.TimestampFieldNum -> {
                    if (v != 0xFFFFFFFFL) {
                        p.time = FIT_EPOCH.plusSeconds(v);
                    }
                }
                case RecordMesg.HeartRateFieldNum -> {
                    if (v != 0xFF && v > 0) {
                        p.hr = (double) v;
                    }
                }
                case RecordMesg.CadenceFieldNum -> {
                    if (v != 0xFF) {
                        cadence = (double) v;
                    }
                }
                case RecordMesg.FractionalCadenceFieldNum -> {
                    if (v != 0xFF) {
                        fractional = v / 128.0;
                    }
                }
                case RecordMesg.PowerFieldNum -> {
                    if (v != 0xFFFF) {
                        p.power = (double) v;
                    }
                }
                case RecordMesg.SpeedFieldNum -> {
                    if (v != 0xFFFF) {
                        speed = v / 1000.0;
                    }
                }
                case RecordMesg.EnhancedSpeedFieldNum -> {
                    if (v != 0xFFFFFFFFL) {
                        enhancedSpeed = v / 1000.0;
                    }
                }
                case RecordMesg.DistanceFieldNum -> {
                    if (v != 0xFFFFFFFFL) {
                        p.distance = v / 100.0;
                    }
                }
                case RecordMesg.AltitudeFieldNum -> {
                    if (v != 0xFFFF) {
                        altitude = v / 5.0 - 500.0;
                    }
                }
                case RecordMesg.EnhancedAltitudeFieldNum -> {
                    if (v != 0xFFFFFFFFL) {
                        enhancedAltitude = v / 5.0 - 500.0;
                    }
                }
                case RecordMesg.PositionLatFieldNum -> {
                    if (v != 0x7FFFFFFF) {
                        lat = (int) v;
                    }
                }
                case RecordMesg.PositionLongFieldNum -> {
                    if (v != 0x7FFFFFFF) {
                        lon = (int) v;
                    }
                }
                case RecordMesg.TemperatureFieldNum -> {
                    if (v != 0x7F) {
                        p.temperature = (double) v;
                    }
                }
                default -> {}
            }
        }
        p.speed = enhancedSpeed != null ? enhancedSpeed : speed;
        Double alt = enhancedAltitude != null ? enhancedAltitude : altitude;
        p.altitude = alt == null ? null : ActivityAssembler.round3(alt);
        if (cadence != null) {
            p.cadence = cadence + fractional;
        }
        if (lat != null && lon != null) {
            p.lat = Geo.semicirclesToDegrees(lat);
            p.lon = Geo.semicirclesToDegrees(lon);
        }
        return p;
    }

    private static Instant firstRecordTime(State s) {
        for (ActivityAssembler.Point r : s.records) {
            Instant t = r.time;
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    private static boolean within(Instant t, Instant from, Instant to) {
        return !t.isBefore(from) && (to == null || !t.isAfter(to));
    }

    private static void fillSession(ActivityAssembler a, SessionMesg ses) {
        String sport = ses.getSport() == null ? null : ses.getSport().name();
        String sub = ses.getSubSport() == null ? null : ses.getSubSport().name();
        a.type = ActivityTypes.fit(sport, sub).value();
        a.name = ses.getSportProfileName() != null && !ses.getSportProfileName().isBlank()
                ? ses.getSportProfileName()
                : pretty(sub != null && !"GENERIC".equals(sub) && !"INVALID".equals(sub) ? sub : sport);
        a.elapsedSeconds = toD(ses.getTotalElapsedTime());
        a.timerSeconds = toD(ses.getTotalTimerTime());
        a.totalDistance = toD(ses.getTotalDistance());
        a.totalCalories = toD(ses.getTotalCalories());
        a.avgHr = toD(ses.getAvgHeartRate());
        a.maxHr = toD(ses.getMaxHeartRate());
        a.minHr = toD(ses.getMinHeartRate());
        a.avgSpeed = toD(ses.getEnhancedAvgSpeed() != null ? ses.getEnhancedAvgSpeed() : ses.getAvgSpeed());
        a.maxSpeed = toD(ses.getEnhancedMaxSpeed() != null ? ses.getEnhancedMaxSpeed() : ses.getMaxSpeed());
        a.avgCadence = toD(ses.getAvgCadence());
        a.maxCadence = toD(ses.getMaxCadence());
        a.avgPower = toD(ses.getAvgPower());
        a.maxPower = toD(ses.getMaxPower());
        a.ascent = toD(ses.getTotalAscent());
        a.descent = toD(ses.getTotalDescent());
        a.workKj = ses.getTotalWork() == null ? null : ses.getTotalWork() / 1000.0;
        a.normalizedPower = toD(ses.getNormalizedPower());
        a.tss = toD(ses.getTrainingStressScore());
        a.intensityFactor = toD(ses.getIntensityFactor());
        if (ses.getTotalStrides() != null && a.type != null && isFoot(a.type)) {
            a.steps = ses.getTotalStrides() * 2.0;
        }
        if (ses.getNumActiveLengths() != null) {
            a.swimLengths = ses.getNumActiveLengths();
        }
        if (ses.getTotalStrokes() != null) {
            a.swimStrokes = (int) (long) ses.getTotalStrokes();
        }
        if (ses.getPoolLength() != null) {
            a.poolLengthMeters = Math.round(ses.getPoolLength());
        }
    }

    private static boolean isFoot(int type) {
        return type == 8
                || type == 7
                || type == 35
                || type == 149
                || type == 58
                || type == 133
                || type == 93
                || type == 95;
    }

    private static LapSample lap(ActivityAssembler a, LapMesg l) {
        Instant ls = instant(l.getStartTime());
        Float elapsed = l.getTotalElapsedTime();
        Instant le = elapsed == null ? instant(l.getTimestamp()) : ls.plusMillis(Math.round(elapsed * 1000.0));
        Float speed = l.getEnhancedAvgSpeed() != null ? l.getEnhancedAvgSpeed() : l.getAvgSpeed();
        return LapSample.builder()
                .startTime(a.ts(ls))
                .endTime(le == null ? null : a.ts(le))
                .distanceMeters(toD(l.getTotalDistance()))
                .calories(toD(l.getTotalCalories()))
                .avgHrBpm(toD(l.getAvgHeartRate()))
                .avgSpeedMetersPerSecond(toD(speed))
                .avgWatts(toD(l.getAvgPower()))
                .totalStrokes(strokes(l))
                .strokeType(
                        l.getSwimStroke() == null
                                ? null
                                : l.getSwimStroke().name().toLowerCase(Locale.ROOT))
                .activeDurationSeconds(l.getTotalTimerTime() == null ? null : Math.round(l.getTotalTimerTime()))
                .triggerMethod(
                        l.getLapTrigger() == null
                                ? null
                                : l.getLapTrigger().name().toLowerCase(Locale.ROOT))
                .build();
    }

    private static Integer strokes(LapMesg l) {
        Long s = l.getTotalStrokes();
        if (s == null && (l.getSwimStroke() != null || l.getNumActiveLengths() != null)) {
            s = l.getTotalCycles();
        }
        return s == null ? null : (int) (long) s;
    }

    private static void pauses(ActivityAssembler a, List<EventMesg> events, Instant from, Instant to) {
        Instant stoppedAt = null;
        for (EventMesg e : events) {
            if (e.getEvent() != Event.TIMER || e.getEventType() == null) {
                continue;
            }
            Instant t = instant(e.getTimestamp());
            if (t == null || t.isBefore(from) || (to != null && t.isAfter(to))) {
                continue;
            }
            EventType et = e.getEventType();
            if (et == EventType.STOP
                    || et == EventType.STOP_ALL
                    || et == EventType.STOP_DISABLE
                    || et == EventType.STOP_DISABLE_ALL) {
                if (stoppedAt == null) {
                    stoppedAt = t;
                }
            } else if (et == EventType.START && stoppedAt != null) {
                a.pauses.add(new Instant[] {stoppedAt, t});
                stoppedAt = null;
            }
        }
    }

    /**
     * Heart rate from {@code hr} messages (HRM-Pro / swim logging): the first message with a timestamp anchors the
     * 1/1024-second {@code event_timestamp}s to UTC. Returns [epochMillis, bpm] pairs.
     */
    static List<double[]> hrFromHrMessages(List<HrMesg> hrs) {
        List<double[]> out = new ArrayList<>();
        Double anchorMs = null;
        Double anchorEvent = null;
        for (HrMesg h : hrs) {
            if (h.getTimestamp() != null) {
                anchorMs = instant(h.getTimestamp()).toEpochMilli()
                        + (h.getFractionalTimestamp() == null ? 0 : h.getFractionalTimestamp() * 1000.0);
                anchorEvent = null;
            }
            Float[] ev = h.getEventTimestamp();
            Short[] bpm = h.getFilteredBpm();
            if (ev == null || bpm == null || anchorMs == null) {
                continue;
            }
            for (int i = 0; i < ev.length && i < bpm.length; i++) {
                if (ev[i] == null || bpm[i] == null || bpm[i] <= 0 || bpm[i] == 255) {
                    continue;
                }
                if (anchorEvent == null) {
                    anchorEvent = (double) ev[i];
                }
                double t = anchorMs + (ev[i] - anchorEvent) * 1000.0;
                out.add(new double[] {Math.round(t), bpm[i]});
            }
        }
        return out;
    }

    private static void rr(ActivityAssembler a, List<HrvMesg> hrvs, Instant from) {
        double clock = from.toEpochMilli();
        for (HrvMesg h : hrvs) {
            Float[] times = h.getTime();
            if (times == null) {
                continue;
            }
            for (Float t : times) {
                if (t == null || t <= 0 || t >= 65.0) {
                    continue; // 0xFFFF (65.535 s) marks an invalid interval
                }
                double ms = t * 1000.0;
                clock += ms;
                if (ms >= 200 && ms <= 2500) {
                    a.rr.add(new double[] {ms, clock});
                }
            }
        }
    }

    private static void swimming(
            ActivityAssembler a, List<LengthMesg> lengths, boolean single, Instant from, Instant to) {
        if (lengths.isEmpty()) {
            return;
        }
        int active = 0;
        int strokes = 0;
        for (LengthMesg l : lengths) {
            Instant t = instant(l.getStartTime());
            if (!single && (t == null || !within(t, from, to))) {
                continue;
            }
            if (l.getLengthType() == LengthType.ACTIVE || l.getLengthType() == null) {
                active++;
                if (l.getTotalStrokes() != null) {
                    strokes += l.getTotalStrokes();
                }
            }
        }
        if (a.swimLengths == null) {
            a.swimLengths = active;
        }
        if (a.swimStrokes == null) {
            a.swimStrokes = strokes;
        }
    }

    // ---------------------------------------------------------------- monitoring → Daily
    private static final class Day {
        final Map<String, double[]> perType = new HashMap<>(); // type -> [steps, distance, activeCalories, activeTime]
        final TreeMap<Instant, Double> hr = new TreeMap<>();
        final TreeMap<Instant, Double> steps = new TreeMap<>();
        final TreeMap<Instant, Integer> levels = new TreeMap<>();
        double moderateMin;
        double vigorousMin;
        double ascent;
        double descent;
    }

    private int dailies(State s, DeviceData device, Consumer<TerraDataModel> sink) {
        ZoneOffset off = s.monitoringInfo == null
                ? null
                : offset(s.monitoringInfo.getLocalTimestamp(), s.monitoringInfo.getTimestamp());
        boolean local = off != null;
        ZoneOffset zone = local ? off : ZoneOffset.UTC;
        Integer rmr = s.monitoringInfo == null ? null : s.monitoringInfo.getRestingMetabolicRate();
        TreeMap<LocalDate, Day> days = new TreeMap<>();
        Long lastTs = null;
        Map<String, Double> lastStepsPerType = new HashMap<>();
        if (s.monitoringInfo != null && s.monitoringInfo.getTimestamp() != null) {
            lastTs = s.monitoringInfo.getTimestamp().getTimestamp();
        }
        for (MonitoringMesg m : s.monitoring) {
            long ts;
            if (m.getTimestamp() != null) {
                ts = m.getTimestamp().getTimestamp();
            } else if (m.getTimestamp16() != null && lastTs != null) {
                ts = lastTs + ((m.getTimestamp16() - (lastTs & 0xFFFF)) & 0xFFFF);
            } else {
                continue;
            }
            lastTs = ts;
            Instant t = FIT_EPOCH.plusSeconds(ts);
            LocalDate date = t.atOffset(zone).toLocalDate();
            Day d = days.computeIfAbsent(date, k -> new Day());
            if (m.getHeartRate() != null && m.getHeartRate() > 0) {
                d.hr.put(t, (double) m.getHeartRate());
            }
            String type = m.getActivityType() == null
                    ? "GENERIC"
                    : m.getActivityType().name();
            double[] v = d.perType.computeIfAbsent(type, k -> new double[4]);
            Double steps = m.getSteps() != null ? Double.valueOf(m.getSteps()) : null;
            if (steps == null && m.getCycles() != null && ("WALKING".equals(type) || "RUNNING".equals(type))) {
                steps = (double) m.getCycles();
            }
            if (steps != null) {
                String key = date + "|" + type;
                double prev = lastStepsPerType.getOrDefault(key, 0.0);
                if (steps > prev) {
                    d.steps.merge(t, steps - prev, Double::sum);
                }
                lastStepsPerType.put(key, Math.max(prev, steps));
                v[0] = Math.max(v[0], steps);
            }
            if (m.getDistance() != null) {
                v[1] = Math.max(v[1], m.getDistance());
            }
            Integer cal = m.getActiveCalories() != null ? m.getActiveCalories() : m.getCalories();
            if (cal != null) {
                v[2] = Math.max(v[2], cal);
            }
            if (m.getActiveTime() != null) {
                v[3] = Math.max(v[3], m.getActiveTime());
            }
            if (m.getModerateActivityMinutes() != null) {
                d.moderateMin = Math.max(d.moderateMin, m.getModerateActivityMinutes());
            }
            if (m.getVigorousActivityMinutes() != null) {
                d.vigorousMin = Math.max(d.vigorousMin, m.getVigorousActivityMinutes());
            }
            if (m.getAscent() != null) {
                d.ascent = Math.max(d.ascent, m.getAscent());
            }
            if (m.getDescent() != null) {
                d.descent = Math.max(d.descent, m.getDescent());
            }
            Integer level = null;
            if ("SEDENTARY".equals(type)) {
                level = ActivityLevel.INACTIVE.value();
            } else if (m.getActivityLevel() != null) {
                level = switch (m.getActivityLevel()) {
                    case LOW -> ActivityLevel.LOW_INTENSITY.value();
                    case MEDIUM -> ActivityLevel.MEDIUM_INTENSITY.value();
                    case HIGH -> ActivityLevel.HIGH_INTENSITY.value();
                    default -> null;
                };
            }
            if (level != null) {
                d.levels.put(t, level);
            }
        }
        int n = 0;
        for (Map.Entry<LocalDate, Day> e : days.entrySet()) {
            Day d = e.getValue();
            double steps = 0;
            double dist = 0;
            double activeCal = 0;
            double activeTime = 0;
            for (Map.Entry<String, double[]> t : d.perType.entrySet()) {
                steps += t.getValue()[0];
                dist += t.getValue()[1];
                activeCal += t.getValue()[2];
                if (!"SEDENTARY".equals(t.getKey())) {
                    activeTime += t.getValue()[3];
                }
            }
            Instant dayStart = e.getKey().atStartOfDay().toInstant(zone);
            Instant dayEnd = dayStart.plus(Duration.ofDays(1));
            List<HeartRateDataSample> hrSamples = new ArrayList<>();
            double sum = 0;
            double max = 0;
            double min = Double.MAX_VALUE;
            for (Map.Entry<Instant, Double> h : d.hr.entrySet()) {
                hrSamples.add(HeartRateDataSample.builder()
                        .timestamp(Timestamps.format(h.getKey(), zone))
                        .bpm(h.getValue())
                        .build());
                sum += h.getValue();
                max = Math.max(max, h.getValue());
                min = Math.min(min, h.getValue());
            }
            List<StepSample> stepSamples = new ArrayList<>();
            for (Map.Entry<Instant, Double> st : d.steps.entrySet()) {
                stepSamples.add(StepSample.builder()
                        .timestamp(Timestamps.format(st.getKey(), zone))
                        .steps(st.getValue())
                        .build());
            }
            List<ActivityLevelSample> levelSamples = new ArrayList<>();
            for (Map.Entry<Instant, Integer> l : d.levels.entrySet()) {
                levelSamples.add(ActivityLevelSample.builder()
                        .timestamp(Timestamps.format(l.getKey(), zone))
                        .activityLevel(l.getValue())
                        .level(l.getValue())
                        .build());
            }
            Double bmr = rmr == null ? null : (double) rmr;
            Daily daily = Daily.builder()
                    .metadata(DailyMetadata.builder()
                            .startTime(Timestamps.format(dayStart, zone))
                            .endTime(Timestamps.format(dayEnd, zone))
                            .uploadType(UploadType.MANUAL)
                            .timestampLocalization(local ? TimestampLocalization.LOCAL : TimestampLocalization.UTC)
                            .build())
                    .distanceData(DailyDistanceData.builder()
                            .steps((int) Math.round(steps))
                            .distanceMeters(ActivityAssembler.round3(dist))
                            .elevation(
                                    d.ascent > 0 || d.descent > 0
                                            ? ElevationData.builder()
                                                    .gainActualMeters(d.ascent)
                                                    .lossActualMeters(d.descent)
                                                    .build()
                                            : null)
                            .detailed(
                                    stepSamples.isEmpty()
                                            ? null
                                            : DistanceDataDetailed.builder()
                                                    .stepSamples(stepSamples)
                                                    .build())
                            .build())
                    .caloriesData(CaloriesData.builder()
                            .netActivityCalories(activeCal)
                            .bmrCalories(bmr)
                            .totalBurnedCalories(bmr == null ? activeCal : activeCal + bmr)
                            .build())
                    .activeDurationsData(ActiveDurationsData.builder()
                            .activitySeconds(activeTime)
                            .moderateIntensitySeconds(d.moderateMin * 60)
                            .vigorousIntensitySeconds(d.vigorousMin * 60)
                            .activityLevelsSamples(levelSamples.isEmpty() ? null : levelSamples)
                            .build())
                    .heartRateData(
                            hrSamples.isEmpty()
                                    ? null
                                    : HeartRateData.builder()
                                            .summary(HeartRateDataSummary.builder()
                                                    .avgHrBpm(ActivityAssembler.round3(sum / hrSamples.size()))
                                                    .maxHrBpm(max)
                                                    .minHrBpm(min)
                                                    .build())
                                            .detailed(HeartRateDataDetailed.builder()
                                                    .hrSamples(hrSamples)
                                                    .build())
                                            .build())
                    .deviceData(device)
                    .build();
            sink.accept(daily);
            n++;
        }
        return n;
    }

    // ---------------------------------------------------------------- sleep
    static int terraSleepLevel(com.garmin.fit.SleepLevel l) {
        if (l == null) {
            return SleepLevel.UNKNOWN.value();
        }
        return switch (l) {
            case AWAKE -> SleepLevel.AWAKE.value();
            case LIGHT -> SleepLevel.LIGHT_SLEEP.value();
            case DEEP -> SleepLevel.DEEP_SLEEP.value();
            case REM -> SleepLevel.REM_SLEEP.value();
            default -> SleepLevel.UNKNOWN.value();
        };
    }

    private int sleep(State s, DeviceData device, Consumer<TerraDataModel> sink) {
        List<SleepLevelMesg> levels = new ArrayList<>();
        for (SleepLevelMesg m : s.sleepLevels) {
            if (m.getTimestamp() != null) {
                levels.add(m);
            }
        }
        if (levels.isEmpty()) {
            return 0;
        }
        levels.sort((x, y) ->
                Long.compare(x.getTimestamp().getTimestamp(), y.getTimestamp().getTimestamp()));
        ZoneOffset zone = ZoneOffset.UTC;
        boolean local = false;
        if (s.activity != null) {
            ZoneOffset o = offset(s.activity.getLocalTimestamp(), s.activity.getTimestamp());
            if (o != null) {
                zone = o;
                local = true;
            }
        }
        Instant start = instant(levels.get(0).getTimestamp());
        // each level lasts until the next message; the last one lasts the typical interval
        long step = 60;
        if (levels.size() >= 2) {
            long[] gaps = new long[levels.size() - 1];
            for (int i = 1; i < levels.size(); i++) {
                gaps[i - 1] = levels.get(i).getTimestamp().getTimestamp()
                        - levels.get(i - 1).getTimestamp().getTimestamp();
            }
            java.util.Arrays.sort(gaps);
            step = Math.max(1, Math.min(gaps[gaps.length / 2], 3600));
        }
        Instant end = instant(levels.get(levels.size() - 1).getTimestamp()).plusSeconds(step);
        double[] secs = new double[7];
        List<SleepHypnogramSample> hyp = new ArrayList<>();
        int wakeups = 0;
        int remEvents = 0;
        Integer prev = null;
        for (int i = 0; i < levels.size(); i++) {
            Instant t = instant(levels.get(i).getTimestamp());
            Instant next = i + 1 < levels.size() ? instant(levels.get(i + 1).getTimestamp()) : end;
            int lvl = terraSleepLevel(levels.get(i).getSleepLevel());
            secs[lvl] += Duration.between(t, next).getSeconds();
            if (!Integer.valueOf(lvl).equals(prev)) {
                hyp.add(SleepHypnogramSample.builder()
                        .timestamp(Timestamps.format(t, zone))
                        .level(lvl)
                        .build());
                if (lvl == SleepLevel.AWAKE.value() && prev != null) {
                    wakeups++;
                }
                if (lvl == SleepLevel.REM_SLEEP.value()) {
                    remEvents++;
                }
            }
            prev = lvl;
        }
        double light = secs[SleepLevel.LIGHT_SLEEP.value()];
        double deep = secs[SleepLevel.DEEP_SLEEP.value()];
        double rem = secs[SleepLevel.REM_SLEEP.value()];
        double awake = secs[SleepLevel.AWAKE.value()];
        double unknown = secs[SleepLevel.UNKNOWN.value()];
        double asleep = light + deep + rem;
        double inBed = Duration.between(start, end).getSeconds();
        SleepAssessmentMesg sa = s.sleepAssessment;
        Short score = sa == null ? null : sa.getOverallSleepScore();
        Map<String, Double> contributors = new java.util.LinkedHashMap<>();
        if (sa != null) {
            putScore(contributors, "sleep_duration", sa.getSleepDurationScore());
            putScore(contributors, "sleep_quality", sa.getSleepQualityScore());
            putScore(contributors, "sleep_recovery", sa.getSleepRecoveryScore());
            putScore(contributors, "deep_sleep", sa.getDeepSleepScore());
            putScore(contributors, "light_sleep", sa.getLightSleepScore());
            putScore(contributors, "rem_sleep", sa.getRemSleepScore());
            putScore(contributors, "awake_time", sa.getAwakeTimeScore());
            putScore(contributors, "awakenings_count", sa.getAwakeningsCountScore());
            putScore(contributors, "restlessness", sa.getSleepRestlessnessScore());
            putScore(contributors, "interruptions", sa.getInterruptionsScore());
        }
        Sleep sleep = Sleep.builder()
                .metadata(SleepMetadata.builder()
                        .startTime(Timestamps.format(start, zone))
                        .endTime(Timestamps.format(end, zone))
                        .summaryId(SummaryIds.sleep(start))
                        .isNap(inBed < 3 * 3600)
                        .uploadType(SleepUploadType.MANUAL)
                        .timestampLocalization(local ? TimestampLocalization.LOCAL : TimestampLocalization.UTC)
                        .build())
                .sleepDurationsData(SleepDurationsData.builder()
                        .asleep(AsleepDurations.builder()
                                .durationAsleepStateSeconds(asleep)
                                .durationLightSleepStateSeconds(light)
                                .durationDeepSleepStateSeconds(deep)
                                .durationRemSleepStateSeconds(rem)
                                .numRemEvents(remEvents)
                                .build())
                        .awake(AwakeDurations.builder()
                                .durationAwakeStateSeconds(awake)
                                .numWakeupEvents(
                                        sa != null && sa.getAwakeningsCount() != null
                                                ? (int) sa.getAwakeningsCount()
                                                : wakeups)
                                .build())
                        .other(OtherSleepDurations.builder()
                                .durationInBedSeconds(inBed)
                                .durationUnmeasurableSleepSeconds(unknown)
                                .build())
                        .sleepEfficiency(SleepStageTally.efficiencyPercent(asleep, inBed))
                        .hypnogramSamples(hyp)
                        .build())
                .scores(
                        score == null
                                ? null
                                : SleepScores.builder().sleep((double) score).build())
                .dataEnrichment(
                        score == null
                                ? null
                                : SleepDataEnrichment.builder()
                                        .sleepScore((double) score)
                                        .sleepContributors(contributors.isEmpty() ? null : contributors)
                                        .build())
                .deviceData(device)
                .build();
        sink.accept(sleep);
        return 1;
    }

    private static void putScore(Map<String, Double> m, String k, Short v) {
        if (v != null) {
            m.put(k, (double) v);
        }
    }

    // ---------------------------------------------------------------- weight → Body
    private int bodies(State s, DeviceData device, Consumer<TerraDataModel> sink) {
        TreeMap<LocalDate, List<MeasurementDataSample>> days = new TreeMap<>();
        for (WeightScaleMesg w : s.weights) {
            Instant t = instant(w.getTimestamp());
            if (t == null) {
                continue;
            }
            Double weight = w.getWeight() == null || w.getWeight() >= 655.0 ? null : (double) w.getWeight();
            days.computeIfAbsent(t.atOffset(ZoneOffset.UTC).toLocalDate(), k -> new ArrayList<>())
                    .add(MeasurementDataSample.builder()
                            .measurementTime(Timestamps.format(t))
                            .weightKg(weight)
                            .bodyfatPercentage(toD(w.getPercentFat()))
                            .waterPercentage(toD(w.getPercentHydration()))
                            .boneMassG(
                                    w.getBoneMass() == null ? null : ActivityAssembler.round3(w.getBoneMass() * 1000.0))
                            .muscleMassG(
                                    w.getMuscleMass() == null
                                            ? null
                                            : ActivityAssembler.round3(w.getMuscleMass() * 1000.0))
                            .bmr(toD(w.getBasalMet()))
                            .bmi(toD(w.getBmi()))
                            .visceralFatLevel(toD(w.getVisceralFatRating()))
                            .estimatedFitnessAge(w.getMetabolicAge() == null ? null : (int) w.getMetabolicAge())
                            .build());
        }
        int n = 0;
        for (Map.Entry<LocalDate, List<MeasurementDataSample>> e : days.entrySet()) {
            Instant ds = e.getKey().atStartOfDay().toInstant(ZoneOffset.UTC);
            List<MeasurementDataSample> ms = e.getValue();
            sink.accept(Body.builder()
                    .metadata(BodyMetadata.builder()
                            .startTime(Timestamps.format(ds))
                            .endTime(Timestamps.format(ds.plus(Duration.ofDays(1))))
                            .timestampLocalization(TimestampLocalization.UTC)
                            .build())
                    .measurementsData(MeasurementsData.builder()
                            .measurements(ms)
                            .dayAvgWeightKg(avg(ms, MeasurementDataSample::weightKg))
                            .dayAvgBodyfatPercentage(avg(ms, MeasurementDataSample::bodyfatPercentage))
                            .dayAvgWaterPercentage(avg(ms, MeasurementDataSample::waterPercentage))
                            .dayAvgBmi(avg(ms, MeasurementDataSample::bmi))
                            .dayAvgBmr(avg(ms, MeasurementDataSample::bmr))
                            .dayAvgBoneMassG(avg(ms, MeasurementDataSample::boneMassG))
                            .dayAvgMuscleMassG(avg(ms, MeasurementDataSample::muscleMassG))
                            .build())
                    .deviceData(device)
                    .build());
            n++;
        }
        return n;
    }

    static <T> Double avg(List<T> items, java.util.function.Function<T, Double> f) {
        double sum = 0;
        int n = 0;
        for (T t : items) {
            Double v = f.apply(t);
            if (v != null) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? null : ActivityAssembler.round3(sum / n);
    }

    static Double toD(Number n) {
        return n == null ? null : ActivityAssembler.round3(n.doubleValue());
    }
}
