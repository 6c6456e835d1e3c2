package io.tributary.files;

import static io.tributary.files.FitValues.instant;

import com.garmin.fit.Event;
import com.garmin.fit.EventMesg;
import com.garmin.fit.EventType;
import com.garmin.fit.Field;
import com.garmin.fit.HrMesg;
import com.garmin.fit.HrvMesg;
import com.garmin.fit.Mesg;
import com.garmin.fit.RecordMesg;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** FIT per-sample messages ({@code record}, {@code hr}, {@code hrv}, pause {@code event}s) → an activity's samples. */
final class FitRecords {
    private FitRecords() {}

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
                        p.time = FitValues.FIT_EPOCH.plusSeconds(v);
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

    static void pauses(ActivityAssembler a, List<EventMesg> events, Instant from, Instant to) {
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

    static void rr(ActivityAssembler a, List<HrvMesg> hrvs, Instant from) {
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
}
