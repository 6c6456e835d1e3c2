package io.tributary.server.ingest;

import io.tributary.model.Sleep;
import io.tributary.server.storage.SdkStore.SdkRecord;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Sleep from stored SDK records (pure; {@link SdkService} reads the records). A Health Connect / Samsung session is
 * one Sleep with {@code summary_id} = its record id. HealthKit samples are clustered into sessions: a gap of more
 * than 60 min starts a new one; a session of 3 h or more has summary_id {@code hk-sleep-<local wake-up date>}, a
 * shorter one (a nap) {@code hk-nap-<start epoch s>} (docs/sdk.md#3-healthkit-provider-apple).
 */
final class SdkSleeps {
    static final long GAP_MS = 60 * 60 * 1000L;

    private final SdkAggregator aggregator;

    SdkSleeps(SdkAggregator aggregator) {
        this.aggregator = aggregator;
    }

    /** A Health Connect / Samsung sleep session with the respiratory-rate records of its window. */
    Sleep session(SdkRecord s, List<SdkRecord> respiration) {
        return aggregator.sleep(
                s.recordId(),
                s.start().toEpochMilli(),
                s.end().toEpochMilli(),
                ZoneOffset.ofTotalSeconds(s.offsetSeconds()),
                aggregator.segments(s),
                aggregator.deviceOf(List.of(s)),
                respiration);
    }

    /** One HealthKit session from its cluster of samples. */
    Sleep healthKit(List<SdkRecord> cluster, List<SdkRecord> respiration) {
        long[] span = span(cluster);
        List<SdkAggregator.Segment> segs = new ArrayList<>();
        for (SdkRecord r : cluster) segs.addAll(aggregator.segments(r));
        ZoneOffset z = ZoneOffset.ofTotalSeconds(cluster.get(cluster.size() - 1).offsetSeconds());
        return aggregator.sleep(
                healthKitId(cluster), span[0], span[1], z, segs, aggregator.deviceOf(cluster), respiration);
    }

    /**
     * The sessions of HealthKit samples {@code all} (any order) that lie within {@link #GAP_MS} of one of
     * {@code touched}.
     */
    static List<List<SdkRecord>> clusters(List<SdkRecord> all, List<SdkRecord> touched) {
        all = new ArrayList<>(all);
        all.sort(Comparator.comparing(SdkRecord::start));
        List<List<SdkRecord>> clusters = new ArrayList<>();
        List<SdkRecord> cluster = new ArrayList<>();
        long clusterEnd = Long.MIN_VALUE;
        for (SdkRecord r : all) {
            if (!cluster.isEmpty() && r.start().toEpochMilli() - clusterEnd > GAP_MS) {
                if (near(cluster, clusterEnd, touched)) clusters.add(cluster);
                cluster = new ArrayList<>();
                clusterEnd = Long.MIN_VALUE;
            }
            cluster.add(r);
            clusterEnd = Math.max(clusterEnd, r.end().toEpochMilli());
        }
        if (!cluster.isEmpty() && near(cluster, clusterEnd, touched)) clusters.add(cluster);
        return clusters;
    }

    private static boolean near(List<SdkRecord> cluster, long clusterEnd, List<SdkRecord> touched) {
        long start = cluster.get(0).start().toEpochMilli();
        for (SdkRecord t : touched) {
            if (start <= t.end().toEpochMilli() + GAP_MS
                    && clusterEnd >= t.start().toEpochMilli() - GAP_MS) return true;
        }
        return false;
    }

    /** [start, end] of a cluster, epoch ms. */
    static long[] span(List<SdkRecord> cluster) {
        long start = Long.MAX_VALUE, end = Long.MIN_VALUE;
        for (SdkRecord r : cluster) {
            start = Math.min(start, r.start().toEpochMilli());
            end = Math.max(end, r.end().toEpochMilli());
        }
        return new long[] {start, end};
    }

    static String healthKitId(List<SdkRecord> cluster) {
        long[] span = span(cluster);
        ZoneOffset z = ZoneOffset.ofTotalSeconds(cluster.get(cluster.size() - 1).offsetSeconds());
        return span[1] - span[0] >= 3 * 3600_000L
                ? "hk-sleep-" + Instant.ofEpochMilli(span[1]).atOffset(z).toLocalDate()
                : "hk-nap-" + span[0] / 1000;
    }
}
