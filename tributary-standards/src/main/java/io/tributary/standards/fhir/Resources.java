package io.tributary.standards.fhir;

import io.tributary.model.nested.DeviceData;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;

/** Builds the three resource types Tributary writes, each with its provenance in {@code meta}. */
public final class Resources {
    private Resources() {}

    public static Patient patient(Subject s) {
        Patient p = new Patient();
        p.setId(s.patientId());
        p.setMeta(new Meta().setSource(Codes.BASE + "user:" + s.userId()));
        tagProvider(p.getMeta(), s.provider());
        p.addIdentifier(new Identifier().setSystem(Codes.USER_ID).setValue(s.userId()));
        if (!s.anonymous())
            p.addIdentifier(new Identifier().setSystem(Codes.REFERENCE_ID).setValue(s.referenceId()));
        if (s.active() != null) p.setActive(s.active());
        return p;
    }

    /**
     * The wearable (or, when the provider names none, the provider's service) that measured the values; linked to
     * the Patient, so even an anonymous user's data is tied to a device.
     */
    public static Device device(Source src) {
        Device d = new Device();
        d.setId(src.deviceId());
        d.setMeta(meta(src));
        d.setPatient(patientRef(src.subject()));
        DeviceData dd = src.device();
        String name =
                dd != null && dd.name() != null ? dd.name() : src.subject().provider();
        d.addDeviceName().setName(name).setType(Device.DeviceNameType.MODELNAME);
        if (dd != null) {
            if (dd.manufacturer() != null) d.setManufacturer(dd.manufacturer());
            if (dd.serialNumber() != null) d.setSerialNumber(dd.serialNumber());
            if (dd.softwareVersion() != null) d.addVersion().setValue(dd.softwareVersion());
        }
        if (d.getManufacturer() == null) d.setManufacturer(src.subject().provider());
        return d;
    }

    static Reference patientRef(Subject s) {
        return new Reference("Patient/" + s.patientId());
    }

    static Meta meta(Source src) {
        Meta m = new Meta().setSource(Codes.BASE + "provider:" + src.subject().provider() + "#" + src.summaryId());
        tagProvider(m, src.subject().provider());
        m.addTag(Codes.DATA_TYPE, src.type().wireName(), null);
        return m;
    }

    private static void tagProvider(Meta m, String provider) {
        if (provider != null) m.addTag(Codes.PROVIDER, provider, null);
    }

    /**
     * An Observation of {@code metric} about {@code src}, without value or time; {@code key} tells several
     * Observations of one metric in one object apart (sample timestamps).
     */
    static Observation observation(Source src, Metric metric, String key) {
        Observation o = new Observation();
        String idKey = src.type().wireName() + "|" + src.summaryId() + "|" + metric.name() + "|" + key;
        o.setId(Ids.of("Observation", src.subject().userId(), idKey));
        o.setMeta(meta(src));
        o.addIdentifier(new Identifier()
                .setSystem(Codes.SUMMARY_ID)
                .setValue(src.type().wireName() + ":" + src.summaryId() + ":" + metric.code
                        + (key.isEmpty() ? "" : ":" + key)));
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.addCategory(new CodeableConcept(
                new Coding(Codes.OBSERVATION_CATEGORY, metric.category.code, metric.category.display)));
        o.setCode(code(metric));
        o.setSubject(patientRef(src.subject()));
        o.setDevice(new Reference("Device/" + src.deviceId()));
        return o;
    }

    static CodeableConcept code(Metric metric) {
        CodeableConcept c = new CodeableConcept();
        c.addCoding(new Coding(metric.system, metric.code, metric.display));
        // the vital-signs oxygen saturation profile requires 2708-6 beside the pulse-oximetry code
        if (metric == Metric.OXYGEN_SATURATION)
            c.addCoding(new Coding(Codes.LOINC, "2708-6", "Oxygen saturation in Arterial blood"));
        c.setText(metric.display);
        return c;
    }

    static Quantity quantity(Metric metric, double value) {
        return new Quantity()
                .setValueElement(new org.hl7.fhir.r4.model.DecimalType(round(value)))
                .setUnit(metric.unit)
                .setSystem(Codes.UCUM)
                .setCode(metric.ucum);
    }

    private static BigDecimal round(double v) {
        return BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /**
     * A reading at one moment: claims the metric's vital-signs profile. Summaries over a span do not: R4's vs-1
     * invariant, as published, fails every {@code effectivePeriod} (the profiles allow a Period, the invariant's
     * FHIRPath does not), so a Period-based Observation claiming the profile could never validate.
     */
    static void at(Observation o, Metric metric, OffsetDateTime t) {
        o.setEffective(Times.dateTime(t));
        if (metric.profile != null) o.getMeta().addProfile(metric.profile);
    }

    static void over(Observation o, OffsetDateTime start, OffsetDateTime end) {
        o.setEffective(Times.period(start, end));
    }
}
