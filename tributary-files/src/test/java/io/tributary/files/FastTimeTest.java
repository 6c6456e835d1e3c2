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
}
