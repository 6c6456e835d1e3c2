package io.tributary.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {

    @Test
    void formatsWithSixFractionDigitsAndOffset() {
        assertThat(Timestamps.format(OffsetDateTime.of(2022, 10, 28, 10, 0, 0, 0, ZoneOffset.ofHours(1))))
                .isEqualTo("2022-10-28T10:00:00.000000+01:00");
        assertThat(Timestamps.format(Instant.parse("2022-10-28T09:00:00Z")))
                .isEqualTo("2022-10-28T09:00:00.000000+00:00");
        assertThat(Timestamps.format(Instant.parse("2022-10-28T09:00:00.123456789Z")))
                .isEqualTo("2022-10-28T09:00:00.123456+00:00");
        assertThat(Timestamps.format(Instant.parse("2022-07-01T12:00:00Z"), ZoneId.of("Europe/London")))
                .isEqualTo("2022-07-01T13:00:00.000000+01:00");
        assertThat(Timestamps.format(ZonedDateTime.of(2022, 1, 1, 0, 0, 0, 0, ZoneId.of("America/New_York"))))
                .isEqualTo("2022-01-01T00:00:00.000000-05:00");
        assertThat(Timestamps.format(OffsetDateTime.of(2022, 10, 28, 10, 0, 0, 0, ZoneOffset.ofHoursMinutes(5, 30))))
                .isEqualTo("2022-10-28T10:00:00.000000+05:30");
        assertThat(Timestamps.formatLocal(LocalDateTime.of(2022, 10, 28, 10, 0, 0, 1000)))
                .isEqualTo("2022-10-28T10:00:00.000001");
        assertThat(Timestamps.startOfDay(LocalDate.of(2022, 10, 28), ZoneId.of("Europe/Paris")))
                .isEqualTo("2022-10-28T00:00:00.000000+02:00");
    }

    @ParameterizedTest
    @CsvSource({
        "2022-10-28T10:00:00.000000+01:00, 2022-10-28T09:00:00Z",
        "2022-10-28T10:00:00+01:00, 2022-10-28T09:00:00Z",
        "2022-10-28T10:00:00Z, 2022-10-28T10:00:00Z",
        "2022-10-28T10:00:00.5z, 2022-10-28T10:00:00.500Z",
        "2022-10-28T10:00:00.123456789-05:00, 2022-10-28T15:00:00.123456789Z",
        "2022-10-28 10:00:00, 2022-10-28T10:00:00Z",
        "2022-10-28T10:00, 2022-10-28T10:00:00Z",
        "2022-10-28T10:00:00+0100, 2022-10-28T09:00:00Z",
        "2022-10-28T10:00:00+01, 2022-10-28T09:00:00Z",
        "2022-10-28T10:00:00.000000, 2022-10-28T10:00:00Z",
        "2022-10-28, 2022-10-28T00:00:00Z",
        "' 2022-10-28T10:00:00Z ', 2022-10-28T10:00:00Z"
    })
    void parsesLeniently(String text, String instant) {
        assertThat(Timestamps.parseInstant(text)).isEqualTo(Instant.parse(instant));
    }

    @Test
    void parseKeepsTheOffsetAndUsesTheDefaultWhenAbsent() {
        assertThat(Timestamps.parse("2022-10-28T10:00:00.000000+01:00").getOffset())
                .isEqualTo(ZoneOffset.ofHours(1));
        assertThat(Timestamps.parse("2022-10-28T10:00:00", ZoneOffset.ofHours(-3)))
                .isEqualTo(OffsetDateTime.of(2022, 10, 28, 10, 0, 0, 0, ZoneOffset.ofHours(-3)));
        assertThat(Timestamps.hasOffset("2022-10-28T10:00:00Z")).isTrue();
        assertThat(Timestamps.hasOffset("2022-10-28T10:00:00")).isFalse();
        assertThat(Timestamps.normalize("2022-10-28T10:00:00+01:00")).isEqualTo("2022-10-28T10:00:00.000000+01:00");
    }

    @Test
    void formatThenParseIsIdentity() {
        OffsetDateTime t = OffsetDateTime.of(2023, 3, 26, 1, 59, 59, 999_999_000, ZoneOffset.ofHours(2));
        assertThat(Timestamps.parse(Timestamps.format(t))).isEqualTo(t);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "2022-13-01T00:00:00Z", "2022-10-28T25:00:00Z", "1666947600"})
    void rejectsNonTimestamps(String text) {
        assertThatThrownBy(() -> Timestamps.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
