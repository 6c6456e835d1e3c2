package io.tributary.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.server.shared.ApiException;
import io.tributary.server.storage.DataRange;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class DateParamsTest {
    static final Instant NOW = Instant.parse("2023-01-15T12:00:00Z");

    @Test
    void datesAreWholeLocalDays() {
        DataRange r = DateParams.range("2022-10-28", "2022-10-29", NOW);
        assertThat(r.localFrom()).isEqualTo(LocalDateTime.parse("2022-10-28T00:00"));
        assertThat(r.localTo()).isEqualTo(LocalDateTime.parse("2022-10-30T00:00"));
        assertThat(r.instantFrom()).isNull();
        assertThat(r.instantTo()).isNull();
    }

    @Test
    void unixSecondsAreInstantsAndEndDefaultsToNow() {
        DataRange r = DateParams.range("1666911600", null, NOW);
        assertThat(r.instantFrom()).isEqualTo(Instant.ofEpochSecond(1666911600));
        assertThat(r.instantTo()).isEqualTo(NOW);
        DataRange mixed = DateParams.range("2022-10-28", "1666997999", NOW);
        assertThat(mixed.localFrom()).isEqualTo(LocalDateTime.parse("2022-10-28T00:00"));
        assertThat(mixed.instantTo()).isEqualTo(Instant.ofEpochSecond(1666997999));
        assertThat(DateParams.range("2022-10-28T10:00:00+02:00", null, NOW).instantFrom())
                .isEqualTo(Instant.parse("2022-10-28T08:00:00Z"));
    }

    @Test
    void badInputNamesTheParameter() {
        assertThatThrownBy(() -> DateParams.range(null, null, NOW))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("start_date");
        assertThatThrownBy(() -> DateParams.range("2022-02-30", null, NOW)).hasMessageContaining("start_date");
        assertThatThrownBy(() -> DateParams.range("2022-10-28", "soon", NOW)).hasMessageContaining("end_date");
        assertThatThrownBy(() -> DateParams.range("2022-10-29", "2022-10-28", NOW))
                .hasMessageContaining("after");
        assertThatThrownBy(() -> DateParams.range("2023-02-01", null, NOW)).hasMessageContaining("after");
        for (String bad : new String[] {
            "2022-13-01",
            "2022-00-10",
            "2022-04-31",
            "2023-02-29",
            "2022-1-05",
            "2022/01/05",
            "\uff12\uff10\uff12\uff12-01-05",
            "20220105x"
        }) assertThatThrownBy(() -> DateParams.range(bad, null, NOW)).as(bad).hasMessageContaining("start_date");
        assertThat(DateParams.range("2020-02-29", " 2020-03-01 ", NOW).localTo())
                .isEqualTo(LocalDateTime.parse("2020-03-02T00:00"));
        assertThat(DateParams.range("0001-01-01", "1999-12-31", NOW).localFrom())
                .isEqualTo(LocalDateTime.parse("0001-01-01T00:00"));
        // same day is fine
        assertThat(DateParams.range("2022-10-28", "2022-10-28", NOW)).isNotNull();
    }
}
