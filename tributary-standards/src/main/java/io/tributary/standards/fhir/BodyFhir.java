package io.tributary.standards.fhir;

import io.tributary.model.Body;
import io.tributary.model.nested.BloodPressureSample;
import io.tributary.model.nested.GlucoseDataSample;
import io.tributary.model.nested.MeasurementDataSample;
import io.tributary.model.nested.MeasurementsData;
import io.tributary.model.nested.OxygenSaturationSample;
import io.tributary.model.nested.TemperatureSample;
import java.time.OffsetDateTime;
import java.util.List;
import org.hl7.fhir.r4.model.Observation;

/**
 * A Terra body object: every reading (weigh-in, blood pressure, glucose, temperature, SpO2) its own Observation at
 * its time; the day's averages only where the object has no readings of that kind.
 */
final class BodyFhir {
    private BodyFhir() {}

    static void map(Body b, Observations obs) {
        OffsetDateTime start =
                b.metadata() == null ? null : Times.parse(b.metadata().startTime());
        OffsetDateTime end =
                b.metadata() == null ? null : Times.parse(b.metadata().endTime());
        measurements(b.measurementsData(), obs, start, end);
        if (b.bloodPressureData() != null) {
            List<BloodPressureSample> samples = b.bloodPressureData().bloodPressureSamples();
            if (samples != null && !samples.isEmpty()) {
                for (BloodPressureSample s : samples) bloodPressure(obs, s);
            }
        }
        if (b.glucoseData() != null) {
            for (GlucoseDataSample g : list(b.glucoseData().bloodGlucoseSamples()))
                obs.at(Metric.BLOOD_GLUCOSE, g.bloodGlucoseMgPerDl(), g.timestamp());
            for (GlucoseDataSample g : list(b.glucoseData().detailedBloodGlucoseSamples()))
                obs.at(Metric.CGM_GLUCOSE, g.bloodGlucoseMgPerDl(), g.timestamp());
        }
        if (b.temperatureData() != null) {
            List<TemperatureSample> t = list(b.temperatureData().bodyTemperatureSamples());
            for (TemperatureSample s : t) obs.at(Metric.BODY_TEMPERATURE, s.temperatureCelsius(), s.timestamp());
            if (t.isEmpty() && start != null)
                obs.over(Metric.BODY_TEMPERATURE, b.temperatureData().dayAvgBodyTemperatureCelsius(), start, end);
        }
        if (b.oxygenData() != null) {
            List<OxygenSaturationSample> o = list(b.oxygenData().saturationSamples());
            for (OxygenSaturationSample s : o) obs.at(Metric.OXYGEN_SATURATION, s.percentage(), s.timestamp());
            if (o.isEmpty() && start != null)
                obs.over(Metric.OXYGEN_SATURATION, b.oxygenData().avgSaturationPercentage(), start, end);
        }
    }

    private static void measurements(MeasurementsData m, Observations obs, OffsetDateTime start, OffsetDateTime end) {
        if (m == null) return;
        List<MeasurementDataSample> samples = list(m.measurements());
        boolean weight = false, height = false, bmi = false;
        for (MeasurementDataSample s : samples) {
            weight |= obs.at(Metric.BODY_WEIGHT, s.weightKg(), s.measurementTime()) != null;
            height |= obs.at(Metric.BODY_HEIGHT, s.heightCm(), s.measurementTime()) != null;
            bmi |= obs.at(Metric.BMI, s.bmi(), s.measurementTime()) != null;
        }
        if (start == null) return;
        if (!weight) obs.over(Metric.BODY_WEIGHT, m.dayAvgWeightKg(), start, end);
        if (!height) obs.over(Metric.BODY_HEIGHT, m.dayAvgHeightCm(), start, end);
        if (!bmi) obs.over(Metric.BMI, m.dayAvgBmi(), start, end);
    }

    /** The R4 blood pressure panel: no value of its own, systolic and diastolic as components. */
    private static void bloodPressure(Observations obs, BloodPressureSample s) {
        OffsetDateTime at = Times.parse(s.timestamp());
        if (at == null || !Observations.usable(s.systolicBp()) || !Observations.usable(s.diastolicBp())) return;
        Observation o = Resources.observation(obs.src, Metric.BLOOD_PRESSURE, Times.text(at));
        Resources.at(o, Metric.BLOOD_PRESSURE, at);
        o.addComponent()
                .setCode(Resources.code(Metric.SYSTOLIC))
                .setValue(Resources.quantity(Metric.SYSTOLIC, s.systolicBp()));
        o.addComponent()
                .setCode(Resources.code(Metric.DIASTOLIC))
                .setValue(Resources.quantity(Metric.DIASTOLIC, s.diastolicBp()));
        obs.out.add(o);
    }

    static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l;
    }
}
