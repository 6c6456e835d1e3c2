package io.tributary.server.ingest;

import static io.tributary.server.ingest.SdkKinds.*;
import static io.tributary.server.ingest.SdkRecords.*;

import io.tributary.model.Timestamps;
import io.tributary.model.nested.DeviceData;
import io.tributary.server.storage.SdkStore.SdkRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reading stored SDK records for the builders: their {@code extra} JSON, device, series, times and rounding. */
final class SdkRecords {
    private final JsonMapper json;

    SdkRecords(JsonMapper json) {
        this.json = json;
    }

    static ZoneOffset zone(List<SdkRecord> recs) {
        return ZoneOffset.ofTotalSeconds(recs.get(0).offsetSeconds());
    }

    static String ts(Instant t, ZoneOffset z) {
        return Timestamps.format(t, z);
    }

    static double r3(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }

    JsonNode extra(SdkRecord r) {
        return r.extraJson() == null ? json.createObjectNode() : json.readTree(r.extraJson());
    }

    /** Day start/end in the offset of the day's first record. */
    static String[] dayBounds(LocalDate day, ZoneOffset z) {
        Instant s = day.atStartOfDay().toInstant(z);
        return new String[] {ts(s, z), ts(s.plusSeconds(86400), z)};
    }

    DeviceData device(List<SdkRecord> recs) {
        for (SdkRecord r : recs) {
            JsonNode e = extra(r);
            String name = e.has("device")
                    ? e.get("device").asString()
                    : e.has("source") ? e.get("source").asString() : null;
            if (name != null) return DeviceData.builder().name(name).build();
        }
        return null;
    }

    static Double round(Double v) {
        return v == null ? null : r3(v);
    }

    /** The values of {@code kind} in {@code recs} (a series record's samples, else its value) inside [from, to]. */
    TreeMap<Long, Double> series(List<SdkRecord> recs, String kind, long from, long to) {
        TreeMap<Long, Double> out = new TreeMap<>();
        for (SdkRecord r : recs) {
            if (!kind.equals(r.kind())) continue;
            JsonNode s = extra(r).get("samples");
            if (s != null && s.isArray()) {
                for (JsonNode p : s) out.put(p.get(0).asLong(), p.get(1).asDouble());
            } else if (r.value() != null) out.put(r.start().toEpochMilli(), r.value());
        }
        return new TreeMap<>(out.subMap(from, true, to, true));
    }

    static Double mean(TreeMap<Long, Double> s) {
        return s.isEmpty()
                ? null
                : r3(s.values().stream().mapToDouble(Double::doubleValue).sum() / s.size());
    }

    static Double max(TreeMap<Long, Double> s) {
        return s.isEmpty() ? null : s.values().stream().max(Double::compare).orElseThrow();
    }
}
