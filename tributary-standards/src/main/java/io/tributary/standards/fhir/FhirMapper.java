package io.tributary.standards.fhir;

import io.tributary.model.Activity;
import io.tributary.model.Body;
import io.tributary.model.Daily;
import io.tributary.model.Sleep;
import io.tributary.model.TerraDataModel;
import io.tributary.model.nested.DeviceData;
import java.util.List;
import org.hl7.fhir.r4.model.Observation;

/**
 * Terra model records → FHIR R4 resources (docs/fhir.md). Pure and thread-safe: every call builds new HAPI
 * structures. Types without a mapping (nutrition, menstruation, athlete, planned workouts) give no Observations.
 */
public final class FhirMapper {
    private FhirMapper() {}

    /** What one stored object becomes: the Device its values reference, and its Observations. */
    public record Mapped(Source source, List<Observation> observations) {}

    /** Whether records of this data type produce Observations. */
    public static boolean maps(io.tributary.model.DataType type) {
        return switch (type) {
            case DAILY, SLEEP, BODY, ACTIVITY -> true;
            default -> false;
        };
    }

    public static Mapped map(Subject subject, TerraDataModel record) {
        String key = record.identityKey() == null ? "" : record.identityKey();
        Source src = new Source(subject, record.dataType(), key, device(record));
        Observations obs = new Observations(src);
        if (record instanceof Daily d) DailyFhir.map(d, obs);
        else if (record instanceof Sleep s) SleepFhir.map(s, obs);
        else if (record instanceof Body b) BodyFhir.map(b, obs);
        else if (record instanceof Activity a) ActivityFhir.map(a, obs);
        return new Mapped(src, obs.out);
    }

    private static DeviceData device(TerraDataModel r) {
        if (r instanceof Daily d) return d.deviceData();
        if (r instanceof Sleep s) return s.deviceData();
        if (r instanceof Body b) return b.deviceData();
        if (r instanceof Activity a) return a.deviceData();
        return null;
    }
}
