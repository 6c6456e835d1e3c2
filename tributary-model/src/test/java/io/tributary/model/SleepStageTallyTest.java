package io.tributary.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.model.enums.SleepLevel;
import io.tributary.model.nested.SleepHypnogramSample;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SleepStageTallyTest {
    private static final long MIN = 60_000;

    @Test
    void overlapsAreClippedAndChangesCounted() {
        SleepStageTally t = new SleepStageTally(ZoneOffset.ofHours(2));
        t.add(0, 30 * MIN, SleepLevel.LIGHT_SLEEP.value());
        t.add(20 * MIN, 60 * MIN, SleepLevel.DEEP_SLEEP.value()); // 10 min overlap: only 30 min count
        t.add(60 * MIN, 70 * MIN, SleepLevel.AWAKE.value());
        t.add(65 * MIN, 68 * MIN, SleepLevel.REM_SLEEP.value()); // wholly inside what was counted: ignored
        t.add(70 * MIN, 90 * MIN, SleepLevel.REM_SLEEP.value());
        t.add(90 * MIN, 100 * MIN, SleepLevel.REM_SLEEP.value()); // same level: no new hypnogram sample

        assertThat(t.seconds(SleepLevel.LIGHT_SLEEP)).isEqualTo(1800);
        assertThat(t.seconds(SleepLevel.DEEP_SLEEP)).isEqualTo(1800);
        assertThat(t.seconds(SleepLevel.AWAKE)).isEqualTo(600);
        assertThat(t.seconds(SleepLevel.REM_SLEEP)).isEqualTo(1800);
        assertThat(t.asleepSeconds()).isEqualTo(5400);
        assertThat(t.wakeups()).isEqualTo(1);
        assertThat(t.remEvents()).isEqualTo(1);
        assertThat(t.hypnogram()).extracting(SleepHypnogramSample::level).containsExactly(4, 5, 1, 6);
        assertThat(t.hypnogram().get(1).timestamp()).isEqualTo("1970-01-01T02:30:00.000000+02:00");
    }

    @Test
    void awakeFirstIsNotAWakeUp() {
        SleepStageTally t = new SleepStageTally(ZoneOffset.UTC);
        t.add(0, MIN, SleepLevel.AWAKE.value());
        t.add(MIN, 2 * MIN, SleepLevel.SLEEPING.value());
        assertThat(t.wakeups()).isZero();
        assertThat(t.asleepSeconds()).isEqualTo(60);
    }
}
