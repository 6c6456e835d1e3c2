package io.tributary.files;

import static io.tributary.files.AppleExport.*;

import io.tributary.files.HealthKitTypes.Quantity;
import javax.xml.stream.XMLStreamReader;

/**
 * Apple export {@code <Record>}s: each quantity type of the {@link HealthKitTypes} table goes into the day's totals,
 * the spilled samples (by kind and month) or both; sleep segments and menstrual flow are kept as such. Records with
 * an unreadable date or value are skipped.
 */
final class AppleRecordReader {
    private final AppleExport x;
    private final AppleDates t;

    AppleRecordReader(AppleExport x, AppleDates t) {
        this.x = x;
        this.t = t;
    }

    /** A {@code <Record>}: a quantity or category sample. */
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
        if (type == null || !t.parse(start)) {
            return;
        }
        x.records++;
        if (type.equals(HealthKitTypes.SLEEP_ANALYSIS)) {
            long s = t.millis;
            int off = t.offset;
            if (!t.parse(end)) {
                return;
            }
            Integer stage = HealthKitTypes.sleepStage(value);
            if (stage != null && t.millis > s && t.millis - s < 48L * 3600_000) {
                if (x.sleep.size() >= 5_000_000) {
                    throw new FileParseException(
                            x.format, "the export holds more than 5 000 000 sleep records; refused");
                }
                x.sleep.add(new Segment(source == null ? "" : source, s, t.millis, off, stage));
            }
            return;
        }
        int epochDay = AppleExport.localDay(t.millis, t.offset);
        if (type.equals(HealthKitTypes.MENSTRUAL_FLOW)) {
            int flow = HealthKitTypes.menstrualFlow(value);
            DayAgg d = x.day(epochDay, t.offset);
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
        Quantity q = HealthKitTypes.quantity(type);
        if (q == null) {
            return;
        }
        if (q.nutrient != null) {
            AppleNutritionBuilder.add(x.day(epochDay, t.offset), q, q.toTerra(v, unit));
            return;
        }
        double tv = q.toTerra(v, unit);
        switch (q) {
            case STEP_COUNT -> cumulative(epochDay, S_STEPS, K_STEPS, tv, end);
            case DISTANCE_WALKING_RUNNING, DISTANCE_WHEELCHAIR -> cumulative(epochDay, S_DIST, K_DIST, tv, end);
            case FLIGHTS_CLIMBED -> cumulative(epochDay, S_FLOORS, K_FLOORS, tv, end);
            case ACTIVE_ENERGY_BURNED -> cumulative(epochDay, S_ACTIVE, K_ACTIVE, tv, end);
            case BASAL_ENERGY_BURNED -> cumulative(epochDay, S_BASAL, (byte) 0, tv, end);
            case APPLE_EXERCISE_TIME -> cumulative(epochDay, S_EXERCISE_MIN, (byte) 0, tv, end);
            case APPLE_STAND_TIME -> cumulative(epochDay, S_STAND_MIN, (byte) 0, tv, end);
            case HEART_RATE -> dailySample(epochDay, K_HR, tv);
            case RESTING_HEART_RATE -> dailySample(epochDay, K_RESTING, tv);
            case HEART_RATE_VARIABILITY_SDNN -> dailySample(epochDay, K_HRV, tv);
            case VO2_MAX -> dailySample(epochDay, K_VO2, tv);
            case OXYGEN_SATURATION -> {
                x.day(epochDay, t.offset).bodyData = true;
                dailySample(epochDay, K_SPO2, tv);
            }
            case BODY_MASS -> bodySample(epochDay, K_WEIGHT, tv);
            case BODY_FAT_PERCENTAGE -> bodySample(epochDay, K_FAT, tv);
            case HEIGHT -> bodySample(epochDay, K_HEIGHT, tv);
            case BODY_MASS_INDEX -> bodySample(epochDay, K_BMI, tv);
            case LEAN_BODY_MASS -> bodySample(epochDay, K_LEAN, tv * 1000.0); // Terra's lean_mass_g
            case BLOOD_PRESSURE_SYSTOLIC -> bodySample(epochDay, K_SYS, tv);
            case BLOOD_PRESSURE_DIASTOLIC -> bodySample(epochDay, K_DIA, tv);
            case BLOOD_GLUCOSE -> bodySample(epochDay, K_GLUCOSE, tv);
            case BODY_TEMPERATURE -> bodySample(epochDay, K_BODYTEMP, tv);
            case APPLE_SLEEPING_WRIST_TEMPERATURE -> bodySample(epochDay, K_WRIST_TEMP, tv);
            // kept for the sleep or workout they fall inside, not for the day
            case RESPIRATORY_RATE -> sample(K_RESP, epochDay, tv);
            case RUNNING_POWER, CYCLING_POWER -> sample(K_POWER, epochDay, tv);
            case RUNNING_SPEED, CYCLING_SPEED, WALKING_SPEED -> sample(K_SPEED, epochDay, tv);
            case CYCLING_CADENCE -> sample(K_CADENCE, epochDay, tv);
            default -> {}
        }
    }

    /**
     * A cumulative quantity over [start, end]: a record that crosses local midnight (a step count from 23:50 to
     * 00:10) is shared between the days in proportion to the time spent in each, so each Daily gets its part;
     * the part of the next day is filed at that day's midnight.
     */
    private void cumulative(int epochDay, int sum, byte kind, double v, String endDate) {
        long start = t.millis;
        int off = t.offset;
        long dayEnd = (epochDay + 1L) * 86400_000L - off * 1000L;
        if (endDate == null || endDate.length() < 19 || endDate.regionMatches(0, t.lastDatePrefix(), 0, 10)) {
            daily(epochDay, sum, kind, v); // same calendar date as the start (the common case): no split
            return;
        }
        if (!t.parse(endDate) || t.millis <= dayEnd || t.millis - start > 7L * 86400_000L) {
            t.millis = start;
            t.offset = off;
            daily(epochDay, sum, kind, v);
            return;
        }
        long end = t.millis;
        double total = end - start;
        long from = start;
        int d = epochDay;
        while (from < end) {
            long to = Math.min(end, (d + 1L) * 86400_000L - off * 1000L);
            t.millis = from;
            t.offset = off;
            daily(d, sum, kind, v * ((to - from) / total));
            from = to;
            d++;
        }
        t.millis = start;
        t.offset = off;
    }

    private void daily(int epochDay, int sum, byte kind, double v) {
        DayAgg d = x.day(epochDay, t.offset);
        d.sums[sum] += v;
        d.hasSums |= 1 << sum;
        d.dailyData = true;
        if (kind != 0) {
            sample(kind, epochDay, v);
        }
    }

    private void dailySample(int epochDay, byte kind, double v) {
        DayAgg d = x.day(epochDay, t.offset);
        d.dailyData = true;
        sample(kind, epochDay, v);
    }

    private void bodySample(int epochDay, byte kind, double v) {
        DayAgg d = x.day(epochDay, t.offset);
        d.bodyData = true;
        sample(kind, epochDay, v);
    }

    private void sample(byte kind, int epochDay, double v) {
        x.spill.add(x.monthKey(epochDay), kind, t.millis, t.offset, v);
    }
}
