package io.tributary.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.model.Timestamps;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FastTimeTest {
    @Test
    void matchesTheModelFormatter() {
        Random r = new Random(1);
        int[] offsets = {0, 3600, -18000, 19800, -34200, 50400};
        for (int i = 0; i < 20_000; i++) {
            Instant t = Instant.ofEpochSecond(
                    946684800L + (long) (r.nextDouble() * 2_000_000_000L), r.nextInt(1_000_000_000));
            ZoneOffset o = ZoneOffset.ofTotalSeconds(offsets[i % offsets.length]);
            assertThat(FastTime.format(t, o)).isEqualTo(Timestamps.format(t, o));
        }
    }

    @org.junit.jupiter.api.Test
    void parseIsoAgreesWithOffsetDateTimeOrDeclines() {
        String[] ok = {
            "2024-03-01T06:00:00Z",
            "2024-03-01T06:00:00.250Z",
            "2024-02-29T23:59:59.123456789+02:00",
            "1999-12-31T00:00:00-05:30",
            "2024-06-01T08:00:00.5+14:00"
        };
        for (String s : ok) {
            org.assertj.core.api.Assertions.assertThat(FastTime.parseIso(s))
                    .as(s)
                    .isEqualTo(java.time.OffsetDateTime.parse(s).toInstant());
        }
        String[] declined = {
            "2024-03-01T06:00:00", "2024-02-30T06:00:00Z", "2024-03-01T24:00:00Z", "2024-03-01T06:00:60Z",
            "2024-03-01 06:00:00Z", "2024-03-01T06:00:00.Z", "2024-03-01T06:00:00+0200", "x024-03-01T06:00:00Z"
        };
        for (String s : declined) {
            org.assertj.core.api.Assertions.assertThat(FastTime.parseIso(s))
                    .as(s)
                    .isNull();
        }
    }
}
