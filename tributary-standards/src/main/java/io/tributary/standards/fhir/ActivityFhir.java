package io.tributary.standards.fhir;

import io.tributary.model.Activity;
import io.tributary.model.enums.ActivityType;
import io.tributary.model.nested.HeartRateDataSummary;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;

/**
 * A Terra activity as the HL7 Physical Activity IG's exercise activity: one Observation with code 73985-4
 * ("Exercise activity"), the activity type as its value, the session as its period, and its measures (duration,
 * calories, heart rate, steps, distance) as components with the IG's LOINC codes.
 */
final class ActivityFhir {
    /** The IG's temporary category code for physical-activity Observations. */
    static final String PA_CATEGORY_SYSTEM = "http://hl7.org/fhir/us/physical-activity/CodeSystem/pa-temporary-codes";

    private ActivityFhir() {}

    static void map(Activity a, Observations obs) {
        if (a.metadata() == null) return;
        OffsetDateTime start = Times.parse(a.metadata().startTime());
        OffsetDateTime end = Times.parse(a.metadata().endTime());
        if (start == null) return;
        Observation o = Resources.observation(obs.src, Metric.EXERCISE_ACTIVITY, "");
        o.getCategoryFirstRep().addCoding(new Coding(PA_CATEGORY_SYSTEM, "PhysicalActivity", "Physical Activity"));
        Resources.over(o, start, end);
        CodeableConcept type = new CodeableConcept();
        ActivityType t = ActivityType.of(a.metadata().type()).orElse(null);
        if (t != null) type.addCoding(new Coding(Codes.ACTIVITY_TYPE, String.valueOf(t.value()), t.label()));
        type.setText(a.metadata().name() != null ? a.metadata().name() : t != null ? t.label() : "Activity");
        o.setValue(type);
        Double seconds =
                a.activeDurationsData() != null ? a.activeDurationsData().activitySeconds() : null;
        if (seconds == null && end != null && end.isAfter(start))
            seconds = (double) Duration.between(start, end).toSeconds();
        component(o, Metric.EXERCISE_DURATION, seconds == null ? null : seconds / 60.0);
        if (a.caloriesData() != null)
            component(o, Metric.ACTIVITY_CALORIES, a.caloriesData().totalBurnedCalories());
        HeartRateDataSummary hr = a.heartRateData() != null ? a.heartRateData().summary() : null;
        if (hr != null) {
            component(o, Metric.ACTIVITY_AVG_HEART_RATE, hr.avgHrBpm());
            component(o, Metric.ACTIVITY_MAX_HEART_RATE, hr.maxHrBpm());
        }
        var dist = a.distanceData() != null ? a.distanceData().summary() : null;
        if (dist != null) {
            component(o, Metric.ACTIVITY_STEPS, dist.steps());
            component(o, Metric.ACTIVITY_DISTANCE, dist.distanceMeters());
        }
        obs.out.add(o);
    }

    private static void component(Observation o, Metric m, Number value) {
        if (!Observations.usable(value)) return;
        o.addComponent().setCode(Resources.code(m)).setValue(Resources.quantity(m, value.doubleValue()));
    }
}
