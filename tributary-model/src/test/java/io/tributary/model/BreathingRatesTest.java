package io.tributary.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.tributary.model.nested.BreathSample;
import io.tributary.model.nested.BreathsData;
import io.tributary.model.nested.RespirationData;
import io.tributary.model.testsupport.Json;
import io.tributary.model.testsupport.TerraSchemas;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class BreathingRatesTest {
    private static final long MIN = 60_000;
    private static final long T0 = 1_767_222_000_000L; // 2025-12-31T23:00:00Z

    @Test
    void readingsInsideTheWindowAreSummarised() {
        BreathingRates b = new BreathingRates(T0, T0 + 480 * MIN, ZoneOffset.ofHours(1));
        b.add(T0 - MIN, 30); // before
        b.add(T0, 12);
        b.add(T0 + 60 * MIN, 15);
        b.add(T0 + 60 * MIN, 15); // the same reading again (a second source): counted once
        b.add(T0 + 480 * MIN, 16);
        b.add(T0 + 481 * MIN, 40); // after
        b.add(T0 + 100 * MIN, Double.NaN); // unreadable
        BreathsData d = b.build(100).breathsData();
        assertThat(d.samples())
                .extracting(BreathSample::timestamp, BreathSample::breathsPerMin)
                .containsExactly(
                        tuple("2026-01-01T00:00:00.000000+01:00", 12.0),
                        tuple("2026-01-01T01:00:00.000000+01:00", 15.0),
                        tuple("2026-01-01T08:00:00.000000+01:00", 16.0));
        assertThat(d.avgBreathsPerMin()).isEqualTo(14.333);
        assertThat(d.minBreathsPerMin()).isEqualTo(12.0);
        assertThat(d.maxBreathsPerMin()).isEqualTo(16.0);
        assertThat(d.startTime()).isEqualTo("2026-01-01T00:00:00.000000+01:00");
        assertThat(d.endTime()).isEqualTo("2026-01-01T08:00:00.000000+01:00");
    }

    @Test
    void noReadingsNoRespirationDataAndManyAreThinnedButAllSummarised() {
        assertThat(new BreathingRates(T0, T0 + MIN, ZoneOffset.UTC).build(10)).isNull();
        BreathingRates b = new BreathingRates(T0, T0 + 480 * MIN, ZoneOffset.UTC);
        for (int i = 0; i < 100; i++) {
            b.add(T0 + i * MIN, i == 99 ? 30 : 10 + i % 5);
        }
        BreathsData d = b.build(10).breathsData();
        assertThat(d.samples()).hasSize(10);
        assertThat(d.maxBreathsPerMin()).isEqualTo(30.0); // from the reading the thinning dropped
    }

    @Test
    void theResultValidatesAgainstTerrasRespirationDataSchema() {
        BreathingRates b = new BreathingRates(T0, T0 + 480 * MIN, ZoneOffset.ofHours(1));
        b.add(T0 + 10 * MIN, 14.5);
        RespirationData r = b.build(10);
        String json = Json.MAPPER.writeValueAsString(r);
        assertThat(TerraSchemas.require().validate("RespirationData", json))
                .as(json)
                .isEmpty();
        assertThat(json).contains("\"breaths_data\"").contains("\"breaths_per_min\":14.5");
    }
}
