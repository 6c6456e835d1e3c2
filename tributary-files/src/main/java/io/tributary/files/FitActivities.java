package io.tributary.files;

import static io.tributary.files.FitValues.instant;
import static io.tributary.files.FitValues.offset;
import static io.tributary.files.Numbers.toD;

import com.garmin.fit.LapMesg;
import com.garmin.fit.LengthMesg;
import com.garmin.fit.LengthType;
import com.garmin.fit.SessionMesg;
import io.tributary.model.Activity;
import io.tributary.model.TerraDataModel;
import io.tributary.model.nested.DeviceData;
import io.tributary.model.nested.LapSample;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * FIT {@code session} (+ {@code lap}, {@code record}, {@code event}, {@code hr}, {@code hrv}, {@code length}) → one
 * {@link Activity} per session, through {@link ActivityAssembler}.
 */
final class FitActivities {
    private final ParseLimits limits;

    FitActivities(ParseLimits limits) {
        this.limits = limits;
    }

    // ---------------------------------------------------------------- activity
    int map(FitMessages s, DeviceData device, Consumer<TerraDataModel> sink) {
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
                for (double[] hr : FitRecords.hrFromHrMessages(s.hrs)) {
                    Instant t = Instant.ofEpochMilli((long) hr[0]);
                    if (single || within(t, from, to)) {
                        ActivityAssembler.Point p = new ActivityAssembler.Point();
                        p.time = t;
                        p.hr = hr[1];
                        a.points.add(p);
                    }
                }
            }
            FitRecords.pauses(a, s.events, from, to);
            for (LapMesg l : s.laps) {
                Instant ls = instant(l.getStartTime());
                if (ls != null && (single || within(ls, from, to))) {
                    a.laps.add(lap(a, l));
                }
            }
            if (single || i == 0) {
                FitRecords.rr(a, s.hrvs, from);
            }
            swimming(a, s.lengths, single, from, to);
            Activity act = a.build();
            sink.accept(act);
            n++;
        }
        return n;
    }

    private static Instant firstRecordTime(FitMessages s) {
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
                : FitValues.pretty(sub != null && !"GENERIC".equals(sub) && !"INVALID".equals(sub) ? sub : sport);
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
}
