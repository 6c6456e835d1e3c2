package io.tributary.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.model.DataType;
import io.tributary.server.storage.DataRange;
import io.tributary.server.storage.DataStore.Interval;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DataReadUnitsTest {
    static Instant t(String s) {
        return Instant.parse(s + "T00:00:00Z");
    }

    @Test
    void gapsAreTheUncoveredParts() {
        Instant from = t("2022-01-01"), to = t("2022-01-10");
        assertThat(DataFetcher.gaps(List.of(), from, to)).containsExactly(new Interval(from, to));
        assertThat(DataFetcher.gaps(List.of(new Interval(t("2021-12-01"), t("2022-02-01"))), from, to))
                .isEmpty();
        assertThat(DataFetcher.gaps(
                        List.of(
                                new Interval(t("2022-01-02"), t("2022-01-04")),
                                new Interval(t("2022-01-03"), t("2022-01-05")),
                                new Interval(t("2022-01-07"), t("2022-01-08"))),
                        from,
                        to))
                .containsExactly(
                        new Interval(t("2022-01-01"), t("2022-01-02")),
                        new Interval(t("2022-01-05"), t("2022-01-07")),
                        new Interval(t("2022-01-08"), t("2022-01-10")));
    }

    static DataRange days(String from, String to) {
        return new DataRange(
                LocalDate.parse(from).atStartOfDay(),
                null,
                LocalDate.parse(to).plusDays(1).atStartOfDay(),
                null);
    }

    @Test
    void largeMeansCrossingACalendarMonth() {
        assertThat(new ReadRequest(DataType.DAILY, days("2022-10-01", "2022-10-31"), false).large())
                .isFalse();
        assertThat(new ReadRequest(DataType.DAILY, days("2022-10-31", "2022-11-01"), false).large())
                .isTrue();
        assertThat(new ReadRequest(DataType.DAILY, days("2021-12-31", "2022-12-31"), false).large())
                .isTrue();
        // unix seconds: months in UTC; end 2022-10-31T23:59:59Z stays in October
        DataRange instants = new DataRange(null, t("2022-10-01"), null, Instant.parse("2022-10-31T23:59:59Z"));
        assertThat(new ReadRequest(DataType.SLEEP, instants, false).large()).isFalse();
    }

    @Test
    void chunksHoldAtMostTenObjectsAndTenMegabytes() {
        assertThat(DataReads.countChunks(List.of())).isZero();
        assertThat(DataReads.countChunks(Collections.nCopies(10, 100))).isEqualTo(1);
        assertThat(DataReads.countChunks(Collections.nCopies(21, 100))).isEqualTo(3);
        assertThat(DataReads.countChunks(Collections.nCopies(3, 4_000_000))).isEqualTo(2);
        assertThat(DataReads.countChunks(List.of(11_000_000, 1))).isEqualTo(2);
        assertThat(IngestService.chunks(Collections.nCopies(21, new io.tributary.model.support.RawJson("{}"))))
                .hasSize(3);
    }

    @Test
    void sampleStripperRemovesNestedAndPerElementPaths() {
        JsonMapper json = JsonMapper.builder().build();
        JsonNode body = json.readTree("""
                {"metadata":{"start_time":"2022-10-28T00:00:00.000000+00:00"},
                 "heart_data":{"ecg_signal":[{"avg_hr_bpm":60.0,"raw_signal":[{"potential_uV":1.0}]},
                                             {"avg_hr_bpm":61.0,"raw_signal":[]}],
                               "rr_interval_samples":[{"rr_interval_ms":800.0}]},
                 "glucose_data":{"day_avg_blood_glucose_mg_per_dL":90.0,"blood_glucose_samples":[]}}""");
        SampleStripper.strip(DataType.BODY, body);
        assertThat(body).isEqualTo(json.readTree("""
                        {"metadata":{"start_time":"2022-10-28T00:00:00.000000+00:00"},
                         "heart_data":{"ecg_signal":[{"avg_hr_bpm":60.0},{"avg_hr_bpm":61.0}]},
                         "glucose_data":{"day_avg_blood_glucose_mg_per_dL":90.0}}"""));
    }
}
