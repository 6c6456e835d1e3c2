package io.tributary.files;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** Spilled samples of one month as Terra sample objects, with their own offsets. */
final class AppleSamples {
    private AppleSamples() {}

    /** One sample per spilled record of {@code indexes} (none when null), in record order. */
    static <T> List<T> samples(SampleSpill.Month m, int[] indexes, BiFunction<String, Double, T> make) {
        List<T> out = new ArrayList<>();
        if (indexes != null) for (int i : indexes) out.add(make.apply(ts(m, i), m.value[i]));
        return out;
    }

    static String ts(SampleSpill.Month m, int i) {
        return FastTime.format(Instant.ofEpochMilli(m.time[i]), ZoneOffset.ofTotalSeconds(m.offset[i]));
    }
}
