package io.tributary.standards.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.files.FileParsers;
import io.tributary.model.TerraDataModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

/**
 * Every resource Tributary produces passes the HAPI FHIR validator (R4 + the vital-signs profiles) without an error:
 * a SANDBOX user's 30 days of every type, and every file fixture the parsers read.
 */
class FhirValidationTest {
    static final String BASE = "https://tributary.example/v2/export/fhir";

    @Test
    void aSandboxUsersThirtyDaysOfEveryTypeValidateWithoutErrors() {
        var user = SandboxData.user("9a6b4f0e-3c1d-4a51-9a43-0c7b2d1e5f60", "ref-1");
        List<TerraDataModel> records = SandboxData.days("fhir-validation", 30);
        List<Resource> resources = resources(Subject.of(user), records);
        assertEveryMetricAppears(resources);
        assertNoErrors(resources);
        // the Bundle as a whole too: its references resolve inside it
        Bundle bundle = FhirJson.collection(BASE, resources, Date.from(SandboxData.NOW));
        assertThat(FhirValidation.errors(bundle)).isEmpty();
    }

    @Test
    void anAnonymousUsersDataValidatesWithoutErrors() {
        var user = SandboxData.user("0f6b4f0e-3c1d-4a51-9a43-0c7b2d1e5f61", null);
        List<Resource> resources = resources(Subject.of(user), SandboxData.days("anonymous", 3));
        assertThat(resources).isNotEmpty();
        assertNoErrors(resources);
    }

    @Test
    void everyFileFixtureValidatesWithoutErrors() throws IOException {
        Path dir = Path.of("../tributary-files/src/test/resources/fixtures");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(5);
        var subject = Subject.of(SandboxData.user("5b1f2d9e-1111-4a51-9a43-0c7b2d1e5f62", "files"));
        int observations = 0;
        for (Path f : files) {
            List<TerraDataModel> records = new ArrayList<>();
            new FileParsers().parse(f, f.getFileName().toString(), null, records::add);
            List<Resource> resources = resources(subject, records);
            observations += (int)
                    resources.stream().filter(r -> r instanceof Observation).count();
            assertNoErrors(resources);
        }
        assertThat(observations).isGreaterThan(10);
    }

    /** Hand-written records with every value the sandbox does not generate (blood pressure, glucose, SDNN …). */
    @Test
    void recordsWithEveryMappedValueValidateWithoutErrors() {
        var subject = Subject.of(SandboxData.user("7c1f2d9e-2222-4a51-9a43-0c7b2d1e5f63", "every"));
        List<Resource> resources = resources(subject, TerraFixtures.all());
        java.util.Set<String> codes = new java.util.TreeSet<>();
        for (Resource r : resources)
            if (r instanceof Observation o) {
                o.getCode().getCoding().forEach(c -> codes.add(c.getCode()));
                o.getComponent()
                        .forEach(c -> codes.add(c.getCode().getCodingFirstRep().getCode()));
            }
        for (Metric m : Metric.values()) assertThat(codes).as("a value of " + m).contains(m.code);
        assertThat(codes).contains("2708-6");
        assertNoErrors(resources);
    }

    static List<Resource> resources(Subject subject, List<TerraDataModel> records) {
        List<Resource> out = new ArrayList<>();
        out.add(Resources.patient(subject));
        for (TerraDataModel r : records) out.addAll(FhirJson.resources(FhirMapper.map(subject, r)));
        return out;
    }

    static void assertNoErrors(List<Resource> resources) {
        List<String> errors = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Resource r : resources) {
            if (!seen.add(r.fhirType() + "/" + r.getIdPart())) continue;
            for (String e : FhirValidation.errors(r)) errors.add(r.fhirType() + "/" + r.getIdPart() + " " + e);
        }
        assertThat(errors).as("validation errors").isEmpty();
    }

    /** The sandbox generates every kind of value we map, so each metric with a value of its own is exercised. */
    static void assertEveryMetricAppears(List<Resource> resources) {
        java.util.Set<String> codes = new java.util.TreeSet<>();
        for (Resource r : resources) {
            if (!(r instanceof Observation o)) continue;
            codes.add(o.getCode().getCodingFirstRep().getCode());
            o.getComponent()
                    .forEach(c -> codes.add(c.getCode().getCodingFirstRep().getCode()));
        }
        assertThat(codes)
                .contains(
                        "41950-7",
                        "41979-6",
                        "8867-4",
                        "40443-4",
                        "93832-4",
                        "93831-6",
                        "93830-8",
                        "93829-0",
                        "9279-1",
                        "29463-7",
                        "8302-2",
                        "39156-5",
                        "73985-4",
                        "55411-3",
                        "55424-6",
                        "hrv-rmssd");
    }
}
