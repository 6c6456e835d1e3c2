package io.tributary.standards.fhir;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Observation;

/** Collects the Observations of one stored object; values that are absent or not finite are skipped. */
final class Observations {
    final Source src;
    final List<Observation> out = new ArrayList<>();

    Observations(Source src) {
        this.src = src;
    }

    /** A per-day value over the wearer's day that {@code dayStart} falls in. */
    void perDay(Metric m, Number value, OffsetDateTime dayStart) {
        if (!usable(value) || dayStart == null) return;
        if (m.period != Metric.Period.DAY) throw new IllegalArgumentException(m + " is not a per-day metric");
        Observation o = Resources.observation(src, m, "");
        o.setEffective(Times.day(dayStart));
        o.setValue(Resources.quantity(m, value.doubleValue()));
        out.add(o);
    }

    /** A summary of {@code [start, end]}. */
    Observation over(Metric m, Number value, OffsetDateTime start, OffsetDateTime end) {
        if (!usable(value) || start == null) return null;
        if (m.period == Metric.Period.DAY || m.period == Metric.Period.INSTANT)
            throw new IllegalArgumentException(m + " does not summarise a span");
        Observation o = Resources.observation(src, m, "");
        Resources.over(o, start, end);
        o.setValue(Resources.quantity(m, value.doubleValue()));
        out.add(o);
        return o;
    }

    /** A reading at {@code t}. */
    Observation at(Metric m, Number value, String t) {
        OffsetDateTime at = Times.parse(t);
        if (!usable(value) || at == null) return null;
        if (m.period == Metric.Period.DAY || m.period == Metric.Period.INTERVAL)
            throw new IllegalArgumentException(m + " is not a reading at a moment");
        Observation o = Resources.observation(src, m, Times.text(at));
        Resources.at(o, m, at);
        o.setValue(Resources.quantity(m, value.doubleValue()));
        out.add(o);
        return o;
    }

    static boolean usable(Number n) {
        return n != null && Double.isFinite(n.doubleValue());
    }
}
