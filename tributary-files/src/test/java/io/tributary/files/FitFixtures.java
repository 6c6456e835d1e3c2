package io.tributary.files;

import com.garmin.fit.ActivityMesg;
import com.garmin.fit.BufferEncoder;
import com.garmin.fit.DateTime;
import com.garmin.fit.DeveloperDataIdMesg;
import com.garmin.fit.DeveloperField;
import com.garmin.fit.DeviceInfoMesg;
import com.garmin.fit.Event;
import com.garmin.fit.EventMesg;
import com.garmin.fit.EventType;
import com.garmin.fit.FieldDescriptionMesg;
import com.garmin.fit.File;
import com.garmin.fit.FileIdMesg;
import com.garmin.fit.Fit;
import com.garmin.fit.FitBaseType;
import com.garmin.fit.GarminProduct;
import com.garmin.fit.HrMesg;
import com.garmin.fit.HrvMesg;
import com.garmin.fit.LapMesg;
import com.garmin.fit.LengthMesg;
import com.garmin.fit.LengthType;
import com.garmin.fit.Manufacturer;
import com.garmin.fit.Mesg;
import com.garmin.fit.MonitoringInfoMesg;
import com.garmin.fit.MonitoringMesg;
import com.garmin.fit.RecordMesg;
import com.garmin.fit.SessionMesg;
import com.garmin.fit.SleepAssessmentMesg;
import com.garmin.fit.SleepLevel;
import com.garmin.fit.SleepLevelMesg;
import com.garmin.fit.Sport;
import com.garmin.fit.SubSport;
import com.garmin.fit.SwimStroke;
import com.garmin.fit.WeightScaleMesg;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Builds FIT fixture files with Garmin's encoder. Every value is chosen so the expected Terra output can be computed
 * by hand (see the tests).
 */
final class FitFixtures {
    static final Instant RUN_START = Instant.parse("2024-05-04T06:00:00Z");
    static final Instant SWIM_START = Instant.parse("2024-05-04T17:00:00Z");
    static final Instant MONITORING_START = Instant.parse("2024-05-04T22:00:00Z");
    static final Instant SLEEP_START = Instant.parse("2024-05-04T21:00:00Z");
    static final Instant WEIGHT_TIME = Instant.parse("2024-05-06T07:15:00Z");
    static final long FIT_EPOCH_OFFSET = 631065600L;

    private FitFixtures() {}

    static DateTime dt(Instant t) {
        return new DateTime(Date.from(t));
    }

    static long fitSeconds(Instant t) {
        return t.getEpochSecond() - FIT_EPOCH_OFFSET;
    }

    private static FileIdMesg fileId(File type, Instant created) {
        FileIdMesg f = new FileIdMesg();
        f.setType(type);
        f.setManufacturer(Manufacturer.GARMIN);
        f.setGarminProduct(GarminProduct.FR965);
        f.setSerialNumber(3_456_789_012L);
        f.setTimeCreated(dt(created));
        return f;
    }

    private static byte[] encode(List<Mesg> mesgs) {
        BufferEncoder enc = new BufferEncoder(Fit.ProtocolVersion.V2_0);
        for (Mesg m : mesgs) {
            enc.write(m);
        }
        return enc.close();
    }

    /** Timer time k (0..599) → wall-clock second: a 60 s pause between timer 300 and 360. */
    static int wall(int k) {
        return k < 300 ? k : k + 60;
    }

    /**
     * Run: 660 s elapsed, 600 s timer (pause from 300 to 360 s), records every second with HR 120+(k%40), speed 3 m/s,
     * distance 3k, cadence 85, power 200+(k%10), altitude up then down, positions northwards; 2 laps, HRV
     * alternating 800/820 ms, a developer field on every record, device local time +02:00.
     */
    static byte[] run() {
        List<Mesg> m = new ArrayList<>();
        m.add(fileId(File.ACTIVITY, RUN_START));
        DeveloperDataIdMesg devId = new DeveloperDataIdMesg();
        for (int i = 0; i < 16; i++) {
            devId.setApplicationId(i, (byte) i);
        }
        devId.setDeveloperDataIndex((short) 0);
        m.add(devId);
        FieldDescriptionMesg fd = new FieldDescriptionMesg();
        fd.setDeveloperDataIndex((short) 0);
        fd.setFieldDefinitionNumber((short) 0);
        fd.setFitBaseTypeId(FitBaseType.FLOAT32);
        fd.setFieldName(0, "doughnuts_earned");
        fd.setUnits(0, "doughnuts");
        m.add(fd);
        DeviceInfoMesg di = new DeviceInfoMesg();
        di.setTimestamp(dt(RUN_START));
        di.setDeviceIndex((short) 0);
        di.setSoftwareVersion(19.18f);
        m.add(di);
        m.add(timer(RUN_START, EventType.START));
        for (int k = 0; k < 600; k++) {
            Instant t = RUN_START.plusSeconds(wall(k));
            if (k == 300) {
                m.add(timer(RUN_START.plusSeconds(300), EventType.STOP_ALL));
                m.add(timer(RUN_START.plusSeconds(360), EventType.START));
            }
            RecordMesg r = new RecordMesg();
            r.setTimestamp(dt(t));
            r.setHeartRate((short) (120 + k % 40));
            r.setEnhancedSpeed(3.0f);
            r.setDistance(3.0f * k);
            r.setCadence((short) 85);
            r.setPower(200 + k % 10);
            r.setEnhancedAltitude(100f + (k < 300 ? k * 0.1f : (599 - k) * 0.1f));
            r.setPositionLat((int) Math.round((52.0 + k * 1e-5) * 2147483648.0 / 180.0));
            r.setPositionLong((int) Math.round(13.0 * 2147483648.0 / 180.0));
            DeveloperField f = new DeveloperField(fd, devId);
            f.setValue(k / 100.0f);
            r.addDeveloperField(f);
            m.add(r);
        }
        m.add(timer(RUN_START.plusSeconds(660), EventType.STOP_ALL));
        for (int i = 0; i < 120; i++) {
            HrvMesg h = new HrvMesg();
            for (int j = 0; j < 5; j++) {
                h.setTime(j, ((i * 5 + j) % 2 == 0) ? 0.800f : 0.820f);
            }
            m.add(h);
        }
        m.add(lap(0, RUN_START, 300, 300, 897f, 130, 159, 70));
        m.add(lap(1, RUN_START.plusSeconds(300), 360, 300, 900f, 149, 159, 80));
        SessionMesg s = new SessionMesg();
        s.setTimestamp(dt(RUN_START.plusSeconds(660)));
        s.setStartTime(dt(RUN_START));
        s.setSport(Sport.RUNNING);
        s.setSubSport(SubSport.TRAIL);
        s.setTotalElapsedTime(660f);
        s.setTotalTimerTime(600f);
        s.setTotalDistance(1797f);
        s.setTotalCalories(150);
        s.setAvgHeartRate((short) 140);
        s.setMaxHeartRate((short) 159);
        s.setMinHeartRate((short) 120);
        s.setEnhancedAvgSpeed(2.995f);
        s.setEnhancedMaxSpeed(3.0f);
        s.setAvgCadence((short) 85);
        s.setMaxCadence((short) 85);
        s.setAvgPower(205);
        s.setMaxPower(209);
        s.setTotalAscent(30);
        s.setTotalDescent(30);
        s.setTotalStrides(850L);
        s.setNumLaps(2);
        s.setFirstLapIndex(0);
        m.add(s);
        ActivityMesg a = new ActivityMesg();
        a.setTimestamp(dt(RUN_START.plusSeconds(660)));
        a.setLocalTimestamp(fitSeconds(RUN_START.plusSeconds(660)) + 7200);
        a.setNumSessions(1);
        a.setTotalTimerTime(600f);
        m.add(a);
        return encode(m);
    }

    /**
     * A long ride for benchmarks: {@code seconds} records (HR, speed, distance, cadence, power, altitude, position),
     * one lap, one session.
     */
    static byte[] longRide(int seconds, Instant start) {
        List<Mesg> m = new ArrayList<>();
        m.add(fileId(File.ACTIVITY, start));
        m.add(timer(start, EventType.START));
        double lat = 47.0;
        for (int k = 0; k < seconds; k++) {
            RecordMesg r = new RecordMesg();
            r.setTimestamp(dt(start.plusSeconds(k)));
            r.setHeartRate((short) (110 + (k * 7) % 60));
            r.setEnhancedSpeed(8.0f + (k % 13) * 0.1f);
            r.setDistance(8.3f * k);
            r.setCadence((short) (80 + k % 15));
            r.setPower(150 + (k * 11) % 200);
            r.setEnhancedAltitude(400f + (float) (50 * Math.sin(k / 600.0)));
            lat += 7.4e-5;
            r.setPositionLat((int) Math.round(lat * 2147483648.0 / 180.0));
            r.setPositionLong((int) Math.round((8.0 + k * 1e-6) * 2147483648.0 / 180.0));
            m.add(r);
        }
        m.add(timer(start.plusSeconds(seconds), EventType.STOP_ALL));
        m.add(lap(0, start, seconds, seconds, 8.3f * (seconds - 1), 140, 169, seconds / 6));
        SessionMesg s = new SessionMesg();
        s.setTimestamp(dt(start.plusSeconds(seconds)));
        s.setStartTime(dt(start));
        s.setSport(Sport.CYCLING);
        s.setSubSport(SubSport.ROAD);
        s.setTotalElapsedTime((float) seconds);
        s.setTotalTimerTime((float) seconds);
        s.setTotalDistance(8.3f * (seconds - 1));
        s.setTotalCalories(seconds / 6);
        m.add(s);
        return encode(m);
    }

    /** Records with the legacy 16-bit speed/altitude fields only (the SDK expands them to the enhanced fields). */
    static byte[] legacyRecords() {
        List<Mesg> m = new ArrayList<>();
        Instant start = Instant.parse("2024-06-01T10:00:00Z");
        m.add(fileId(File.ACTIVITY, start));
        for (int k = 0; k < 10; k++) {
            RecordMesg r = new RecordMesg();
            r.setTimestamp(dt(start.plusSeconds(k)));
            r.setSpeed(2.5f);
            r.setAltitude(123.4f);
            r.setHeartRate((short) 100);
            r.setCadence((short) 80);
            r.setFractionalCadence(0.5f);
            r.setDistance(2.5f * k);
            m.add(r);
        }
        SessionMesg s = new SessionMesg();
        s.setTimestamp(dt(start.plusSeconds(9)));
        s.setStartTime(dt(start));
        s.setSport(Sport.RUNNING);
        s.setTotalElapsedTime(9f);
        s.setTotalTimerTime(9f);
        m.add(s);
        return encode(m);
    }

    private static EventMesg timer(Instant t, EventType type) {
        EventMesg e = new EventMesg();
        e.setTimestamp(dt(t));
        e.setEvent(Event.TIMER);
        e.setEventType(type);
        return e;
    }

    private static LapMesg lap(
            int index, Instant start, float elapsed, float timer, float dist, int avgHr, int maxHr, int cal) {
        LapMesg l = new LapMesg();
        l.setMessageIndex(index);
        l.setStartTime(dt(start));
        l.setTimestamp(dt(start.plusSeconds((long) elapsed)));
        l.setTotalElapsedTime(elapsed);
        l.setTotalTimerTime(timer);
        l.setTotalDistance(dist);
        l.setAvgHeartRate((short) avgHr);
        l.setMaxHeartRate((short) maxHr);
        l.setTotalCalories(cal);
        l.setEnhancedAvgSpeed(dist / timer);
        l.setAvgPower(205);
        return l;
    }

    /**
     * Pool swim: 25 m pool, 4 lengths of 30 s (3 active with 15 strokes each, 1 idle), HR only in {@code hr} messages
     * (16 beats, one per second from the start, 100..115 bpm).
     */
    static byte[] swim() {
        List<Mesg> m = new ArrayList<>();
        m.add(fileId(File.ACTIVITY, SWIM_START));
        m.add(timer(SWIM_START, EventType.START));
        for (int i = 0; i < 4; i++) {
            LengthMesg l = new LengthMesg();
            l.setMessageIndex(i);
            l.setStartTime(dt(SWIM_START.plusSeconds(i * 30L)));
            l.setTimestamp(dt(SWIM_START.plusSeconds(i * 30L + 30)));
            l.setTotalElapsedTime(30f);
            l.setTotalTimerTime(30f);
            boolean active = i != 2;
            l.setLengthType(active ? LengthType.ACTIVE : LengthType.IDLE);
            if (active) {
                l.setTotalStrokes(15);
                l.setSwimStroke(SwimStroke.FREESTYLE);
            }
            m.add(l);
        }
        for (int k = 0; k < 120; k += 10) {
            RecordMesg r = new RecordMesg();
            r.setTimestamp(dt(SWIM_START.plusSeconds(k)));
            r.setDistance(k / 30 * 25f);
            m.add(r);
        }
        HrMesg h1 = new HrMesg();
        h1.setTimestamp(dt(SWIM_START));
        h1.setFractionalTimestamp(0f);
        for (int i = 0; i < 8; i++) {
            h1.setEventTimestamp(i, 1000f + i);
            h1.setFilteredBpm(i, (short) (100 + i));
        }
        m.add(h1);
        HrMesg h2 = new HrMesg();
        for (int i = 0; i < 8; i++) {
            h2.setEventTimestamp(i, 1008f + i);
            h2.setFilteredBpm(i, (short) (108 + i));
        }
        m.add(h2);
        m.add(timer(SWIM_START.plusSeconds(120), EventType.STOP_ALL));
        LapMesg lap = lap(0, SWIM_START, 120, 120, 75f, 108, 115, 20);
        lap.setSport(Sport.SWIMMING);
        lap.setNumActiveLengths(3);
        lap.setTotalStrokes(45L);
        lap.setSwimStroke(SwimStroke.FREESTYLE);
        m.add(lap);
        SessionMesg s = new SessionMesg();
        s.setTimestamp(dt(SWIM_START.plusSeconds(120)));
        s.setStartTime(dt(SWIM_START));
        s.setSport(Sport.SWIMMING);
        s.setSubSport(SubSport.LAP_SWIMMING);
        s.setTotalElapsedTime(120f);
        s.setTotalTimerTime(120f);
        s.setTotalDistance(75f);
        s.setTotalCalories(20);
        s.setPoolLength(25f);
        s.setNumActiveLengths(3);
        s.setTotalStrokes(45L);
        m.add(s);
        return encode(m);
    }

    /**
     * Monitoring day (device local time +02:00 → local 2024-05-05): 96 walking messages every 15 min with cumulative
     * steps 100k, distance 80k m, active calories 5k, HR 60+(k%20); odd messages carry only timestamp_16.
     */
    static byte[] monitoring() {
        List<Mesg> m = new ArrayList<>();
        m.add(fileId(File.MONITORING_B, MONITORING_START));
        MonitoringInfoMesg info = new MonitoringInfoMesg();
        info.setTimestamp(dt(MONITORING_START));
        info.setLocalTimestamp(fitSeconds(MONITORING_START) + 7200);
        info.setRestingMetabolicRate(1700);
        m.add(info);
        for (int k = 1; k <= 96; k++) {
            Instant t = MONITORING_START.plusSeconds(k * 900L - 60);
            MonitoringMesg mm = new MonitoringMesg();
            if (k % 2 == 0) {
                mm.setTimestamp(dt(t));
            } else {
                mm.setTimestamp16((int) (fitSeconds(t) & 0xFFFF));
            }
            mm.setActivityType(com.garmin.fit.ActivityType.WALKING);
            mm.setSteps((long) (100 * k));
            mm.setDistance(80f * k);
            mm.setActiveCalories(5 * k);
            mm.setHeartRate((short) (60 + k % 20));
            m.add(mm);
        }
        return encode(m);
    }

    /** 480 one-minute sleep levels from 21:00Z: 10 awake, 7 × (30 light, 20 deep, 10 rem), 50 light; score 82. */
    static byte[] sleep() {
        List<Mesg> m = new ArrayList<>();
        m.add(fileId(File.ACTIVITY_SUMMARY, SLEEP_START));
        List<SleepLevel> levels = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            levels.add(SleepLevel.AWAKE);
        }
        for (int c = 0; c < 7; c++) {
            for (int i = 0; i < 30; i++) {
                levels.add(SleepLevel.LIGHT);
            }
            for (int i = 0; i < 20; i++) {
                levels.add(SleepLevel.DEEP);
            }
            for (int i = 0; i < 10; i++) {
                levels.add(SleepLevel.REM);
            }
        }
        for (int i = 0; i < 50; i++) {
            levels.add(SleepLevel.LIGHT);
        }
        for (int i = 0; i < levels.size(); i++) {
            SleepLevelMesg s = new SleepLevelMesg();
            s.setTimestamp(dt(SLEEP_START.plusSeconds(60L * i)));
            s.setSleepLevel(levels.get(i));
            m.add(s);
        }
        SleepAssessmentMesg a = new SleepAssessmentMesg();
        a.setOverallSleepScore((short) 82);
        a.setDeepSleepScore((short) 90);
        a.setAwakeningsCount((short) 1);
        m.add(a);
        return encode(m);
    }

    /** Two weigh-ins on 2024-05-06: 70.0 kg / 20.0 % fat and 70.4 kg / 19.8 %, bone 3.0 kg, muscle 30 kg. */
    static byte[] weight() {
        List<Mesg> m = new ArrayList<>();
        m.add(fileId(File.WEIGHT, WEIGHT_TIME));
        for (int i = 0; i < 2; i++) {
            WeightScaleMesg w = new WeightScaleMesg();
            w.setTimestamp(dt(WEIGHT_TIME.plusSeconds(3600L * i)));
            w.setWeight(i == 0 ? 70.0f : 70.4f);
            w.setPercentFat(i == 0 ? 20.0f : 19.8f);
            w.setPercentHydration(55.0f);
            w.setBoneMass(3.0f);
            w.setMuscleMass(30.0f);
            w.setBmi(22.9f);
            m.add(w);
        }
        return encode(m);
    }
}
