package io.tributary.model;

import io.tributary.model.nested.BreathSample;
import io.tributary.model.nested.BreathsData;
import io.tributary.model.nested.RespirationData;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Respiratory-rate readings (breaths per minute) of one sleep session, kept only when inside the session's window,
 * summarised into Terra's {@code respiration_data.breaths_data} (samples, average, minimum, maximum). Shared by the
 * Apple Health parser and the mobile-SDK aggregation, so both build the same object.
 */
public final class BreathingRates {
    private final long fromMs;
    private final long toMs;
    private final ZoneOffset zone;
    // by time: one reading per instant (two sources writing the same instant count once)
    private final TreeMap<Long, Double> readings = new TreeMap<>();

    public BreathingRates(long fromMs, long toMs, ZoneOffset zone) {
        this.fromMs = fromMs;
        this.toMs = toMs;
        this.zone = zone;
    }

    /** A reading at {@code timeMs}; ignored when outside [from, to] or not a positive finite rate. */
    public void add(long timeMs, double breathsPerMin) {
        if (timeMs >= fromMs && timeMs <= toMs && Double.isFinite(breathsPerMin) && breathsPerMin > 0) {
            readings.put(timeMs, breathsPerMin);
        }
    }

    /**
     * The session's respiration data, or null without readings. Average, minimum and maximum use every reading; the
     * sample list is thinned evenly to at most {@code maxSamples}.
     */
    public RespirationData build(int maxSamples) {
        if (readings.isEmpty()) {
            return null;
        }
        int stride = Math.max(1, (readings.size() + Math.max(1, maxSamples) - 1) / Math.max(1, maxSamples));
        List<BreathSample> samples = new ArrayList<>();
        double sum = 0;
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        int i = 0;
        for (Map.Entry<Long, Double> e : readings.entrySet()) {
            double v = e.getValue();
            sum += v;
            min = Math.min(min, v);
            max = Math.max(max, v);
            if (i++ % stride == 0) {
                samples.add(BreathSample.builder()
                        .timestamp(Timestamps.format(Instant.ofEpochMilli(e.getKey()), zone))
                        .breathsPerMin(v)
                        .build());
            }
        }
        return RespirationData.builder()
                .breathsData(BreathsData.builder()
                        .avgBreathsPerMin(Math.round(sum / readings.size() * 1000.0) / 1000.0)
                        .minBreathsPerMin(min)
                        .maxBreathsPerMin(max)
                        .samples(samples)
                        .startTime(Timestamps.format(Instant.ofEpochMilli(fromMs), zone))
                        .endTime(Timestamps.format(Instant.ofEpochMilli(toMs), zone))
                        .build())
                .build();
    }
}
