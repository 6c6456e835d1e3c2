package io.tributary.standards.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.model.TerraDataModel;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

/**
 * Code, period and unit always agree: an independent table (written from the LOINC and UCUM definitions, not from
 * {@link Metric}) checked against every Observation of a sandbox user's 30 days and the hand-written records.
 * Steps per day, for one, always cover exactly one wearer's day and never an instant.
 */
class CodePeriodUnitAgreementTest {
    enum Time {
        DAY,
        SPAN,
        INSTANT,
        EITHER
    }

    record Rule(String ucum, Time time) {}

    static final Map<String, Rule> RULES = Map.ofEntries(
            Map.entry("41950-7", new Rule("/d", Time.DAY)),
            Map.entry("41979-6", new Rule("kcal/d", Time.DAY)),
            Map.entry("8867-4", new Rule("/min", Time.EITHER)),
            Map.entry("40443-4", new Rule("/min", Time.EITHER)),
            Map.entry("80404-7", new Rule("ms", Time.EITHER)),
            Map.entry("hrv-rmssd", new Rule("ms", Time.EITHER)),
            Map.entry("93832-4", new Rule("min", Time.SPAN)),
            Map.entry("93831-6", new Rule("min", Time.SPAN)),
            Map.entry("93830-8", new Rule("min", Time.SPAN)),
            Map.entry("93829-0", new Rule("min", Time.SPAN)),
            Map.entry("59408-5", new Rule("%", Time.EITHER)),
            Map.entry("9279-1", new Rule("/min", Time.EITHER)),
            Map.entry("8310-5", new Rule("Cel", Time.EITHER)),
            Map.entry("29463-7", new Rule("kg", Time.EITHER)),
            Map.entry("8302-2", new Rule("cm", Time.EITHER)),
            Map.entry("39156-5", new Rule("kg/m2", Time.EITHER)),
            Map.entry("85354-9", new Rule(null, Time.INSTANT)),
            Map.entry("8480-6", new Rule("mm[Hg]", Time.INSTANT)),
            Map.entry("8462-4", new Rule("mm[Hg]", Time.INSTANT)),
            Map.entry("2339-0", new Rule("mg/dL", Time.INSTANT)),
            Map.entry("41653-7", new Rule("mg/dL", Time.INSTANT)),
            Map.entry("73985-4", new Rule(null, Time.SPAN)),
            Map.entry("55411-3", new Rule("min", Time.SPAN)),
            Map.entry("55424-6", new Rule("kcal", Time.SPAN)),
            Map.entry("55422-0", new Rule("/min", Time.SPAN)),
            Map.entry("55425-3", new Rule("/min", Time.SPAN)),
            Map.entry("55423-8", new Rule("{steps}", Time.SPAN)),
            Map.entry("55430-3", new Rule("m", Time.SPAN)));

    @Test
    void everyObservationsCodePeriodAndUnitAgree() {
        List<TerraDataModel> records = new ArrayList<>(SandboxData.days("agreement", 30));
        records.addAll(TerraFixtures.all());
        Subject subject = Subject.of(SandboxData.user("1d1f2d9e-3333-4a51-9a43-0c7b2d1e5f64", "r"));
        int checked = 0;
        for (TerraDataModel r : records)
            for (Resource res : FhirJson.resources(FhirMapper.map(subject, r))) {
                if (!(res instanceof Observation o)) continue;
                check(o);
                checked++;
            }
        assertThat(checked).isGreaterThan(300);
    }

    @Test
    void aPerDayCodeOverAnInstantOrAPartialDayIsCaught() {
        Observation o = new Observation();
        o.getCode().addCoding().setSystem(Codes.LOINC).setCode("41950-7");
        o.setValue(new Quantity().setValue(100).setSystem(Codes.UCUM).setCode("/d"));
        o.setEffective(new DateTimeType("2026-11-02T10:00:00+01:00"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> check(o)).isInstanceOf(AssertionError.class);
        o.setEffective(new Period()
                .setStartElement(new DateTimeType("2026-11-02T00:00:00+01:00"))
                .setEndElement(new DateTimeType("2026-11-02T23:59:59+01:00")));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> check(o)).isInstanceOf(AssertionError.class);
    }

    static void check(Observation o) {
        String code = o.getCode().getCodingFirstRep().getCode();
        Rule rule = RULES.get(code);
        assertThat(rule).as("a rule for code " + code).isNotNull();
        unit(code, rule, o.hasValueQuantity() ? o.getValueQuantity() : null);
        time(code, rule.time(), o);
        for (var c : o.getComponent()) {
            String cc = c.getCode().getCodingFirstRep().getCode();
            Rule cr = RULES.get(cc);
            assertThat(cr).as("a rule for component " + cc).isNotNull();
            unit(cc, cr, c.getValueQuantity());
        }
    }

    static void unit(String code, Rule rule, Quantity q) {
        if (rule.ucum() == null) {
            assertThat(q).as(code + " has no quantity of its own").isNull();
            return;
        }
        assertThat(q).as(code + " has a quantity").isNotNull();
        assertThat(q.getSystem()).as(code + " unit system").isEqualTo(Codes.UCUM);
        assertThat(q.getCode()).as(code + " UCUM unit").isEqualTo(rule.ucum());
        assertThat(q.getValue()).as(code + " value").isNotNull();
    }

    static void time(String code, Time t, Observation o) {
        switch (t) {
            case DAY -> {
                assertThat(o.hasEffectivePeriod()).as(code + " covers a period").isTrue();
                OffsetDateTime s = OffsetDateTime.parse(
                        o.getEffectivePeriod().getStartElement().getValueAsString());
                OffsetDateTime e = OffsetDateTime.parse(
                        o.getEffectivePeriod().getEndElement().getValueAsString());
                assertThat(Duration.between(s, e)).as(code + " covers 24 hours").isEqualTo(Duration.ofHours(24));
                assertThat(s.toLocalTime())
                        .as(code + " starts at the wearer's midnight")
                        .isEqualTo(java.time.LocalTime.MIDNIGHT);
            }
            case SPAN -> {
                assertThat(o.hasEffectivePeriod()).as(code + " covers a period").isTrue();
                assertThat(o.getEffectivePeriod().hasStart()).isTrue();
            }
            case INSTANT ->
                assertThat(o.hasEffectiveDateTimeType())
                        .as(code + " is a reading at a moment")
                        .isTrue();
            case EITHER ->
                assertThat(o.hasEffectiveDateTimeType() || o.hasEffectivePeriod())
                        .isTrue();
        }
    }
}
