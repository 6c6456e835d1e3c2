package io.tributary.standards.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.model.Body;
import io.tributary.model.Daily;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

class FhirMapperTest {
    static final Subject GARMIN_USER = new Subject("2b9c6a1e-0d5e-4f3a-9e44-1a2b3c4d5e6f", "ref-9", "GARMIN", true);

    static Observation byCode(List<Observation> obs, String code) {
        Optional<Observation> o = obs.stream()
                .filter(x -> x.getCode().getCoding().stream()
                        .anyMatch(c -> c.getCode().equals(code)))
                .findFirst();
        assertThat(o).as("an Observation with code " + code).isPresent();
        return o.get();
    }

    @Test
    void dailyStepsAreOnePerDayValueOverTheWearersDay() {
        var m = FhirMapper.map(GARMIN_USER, TerraFixtures.read("daily.json", Daily.class));
        Observation steps = byCode(m.observations(), "41950-7");
        assertThat(steps.getValueQuantity().getValue().intValue()).isEqualTo(10432);
        assertThat(steps.getValueQuantity().getCode()).isEqualTo("/d");
        assertThat(steps.getEffectivePeriod().getStartElement().getValueAsString())
                .isEqualTo("2026-11-02T00:00:00+01:00");
        assertThat(steps.getEffectivePeriod().getEndElement().getValueAsString())
                .isEqualTo("2026-11-03T00:00:00+01:00");
        assertThat(m.observations().stream()
                        .map(o -> o.getCode().getCodingFirstRep().getCode()))
                .doesNotContain("55423-8");
    }

    @Test
    void rmssdKeepsItsValueUnderOurOwnCodeNeverLoinc() {
        var m = FhirMapper.map(GARMIN_USER, TerraFixtures.read("daily.json", Daily.class));
        Observation sdnn = byCode(m.observations(), "80404-7");
        assertThat(sdnn.getValueQuantity().getValue().doubleValue()).isEqualTo(48.2);
        Observation rmssd = byCode(m.observations(), "hrv-rmssd");
        assertThat(rmssd.getCode().getCoding())
                .singleElement()
                .satisfies(c -> assertThat(c.getSystem()).isEqualTo(Codes.TRIBUTARY_METRICS));
        assertThat(rmssd.getValueQuantity().getValue().doubleValue()).isEqualTo(39.5);
    }

    @Test
    void everyObservationCarriesItsProvenance() {
        var m = FhirMapper.map(GARMIN_USER, TerraFixtures.read("daily.json", Daily.class));
        assertThat(m.observations()).hasSize(7);
        for (Observation o : m.observations()) {
            assertThat(o.getMeta().getSource()).isEqualTo("urn:tributary:provider:GARMIN#2026-11-02");
            assertThat(o.getMeta().getTag(Codes.PROVIDER, "GARMIN")).isNotNull();
            assertThat(o.getMeta().getTag(Codes.DATA_TYPE, "daily")).isNotNull();
            assertThat(o.getIdentifierFirstRep().getValue()).startsWith("daily:2026-11-02:");
            assertThat(o.getDevice().getReference())
                    .isEqualTo("Device/" + m.source().deviceId());
            assertThat(o.getSubject().getReference()).isEqualTo("Patient/" + GARMIN_USER.patientId());
        }
        var device = Resources.device(m.source());
        assertThat(device.getManufacturer()).isEqualTo("Garmin");
        assertThat(device.getDeviceNameFirstRep().getName()).isEqualTo("Forerunner 265");
        assertThat(device.getSerialNumber()).isEqualTo("GX-1");
    }

    @Test
    void idsAreStableAcrossExports() {
        var a = FhirMapper.map(GARMIN_USER, TerraFixtures.read("body.json", Body.class));
        var b = FhirMapper.map(GARMIN_USER, TerraFixtures.read("body.json", Body.class));
        assertThat(a.observations().stream().map(Observation::getIdPart).toList())
                .isEqualTo(b.observations().stream().map(Observation::getIdPart).toList())
                .doesNotHaveDuplicates();
    }

    @Test
    void bloodPressureIsAPanelWithSystolicAndDiastolicComponents() {
        var m = FhirMapper.map(GARMIN_USER, TerraFixtures.read("body.json", Body.class));
        Observation bp = byCode(m.observations(), "85354-9");
        assertThat(bp.hasValue()).isFalse();
        assertThat(bp.getMeta().hasProfile(Metric.Profiles.BLOOD_PRESSURE)).isTrue();
        assertThat(bp.getComponent()).hasSize(2);
        assertThat(bp.getComponent().get(0).getCode().getCodingFirstRep().getCode())
                .isEqualTo("8480-6");
        assertThat(bp.getComponent().get(0).getValueQuantity().getValue().intValue())
                .isEqualTo(118);
        assertThat(bp.getComponent().get(1).getCode().getCodingFirstRep().getCode())
                .isEqualTo("8462-4");
        assertThat(bp.getComponent().get(1).getValueQuantity().getValue().intValue())
                .isEqualTo(76);
        Observation spo2 = byCode(m.observations(), "59408-5");
        assertThat(spo2.getCode().getCoding()).extracting(c -> c.getCode()).containsExactly("59408-5", "2708-6");
    }

    @Test
    void anAnonymousUserIsAPatientKnownOnlyByOurUserId() {
        Patient p = Resources.patient(new Subject("3c9c6a1e-0d5e-4f3a-9e44-1a2b3c4d5e6f", null, "SANDBOX", true));
        assertThat(p.getIdentifier()).singleElement().satisfies(i -> {
            assertThat(i.getSystem()).isEqualTo(Codes.USER_ID);
            assertThat(i.getValue()).isEqualTo("3c9c6a1e-0d5e-4f3a-9e44-1a2b3c4d5e6f");
        });
        assertThat(p.hasName()).isFalse();
        assertThat(p.hasBirthDate()).isFalse();
    }
}
