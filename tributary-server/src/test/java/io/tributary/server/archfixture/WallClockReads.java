package io.tributary.server.archfixture;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Test-only fixtures for {@code ArchitectureRulesFailTest}: classes that read the wall clock, and ones that do not. */
public final class WallClockReads {
    private WallClockReads() {}

    public static class InstantNow {
        Instant at() {
            return Instant.now();
        }
    }

    public static class CurrentTimeMillis {
        long at() {
            return System.currentTimeMillis();
        }
    }

    public static class LocalDateNowInAZone {
        LocalDate today() {
            return LocalDate.now(ZoneOffset.UTC);
        }
    }

    public static class SystemClock {
        Clock clock() {
            return Clock.systemUTC();
        }
    }

    /** The allowed shapes: the injected clock for time of day, nanoTime for a duration. */
    public static class InjectedClock {
        private final Clock clock;

        InjectedClock(Clock clock) {
            this.clock = clock;
        }

        Instant at() {
            return clock.instant();
        }

        LocalDate today() {
            return LocalDate.now(clock);
        }

        long elapsedNanos(long start) {
            return System.nanoTime() - start;
        }
    }
}
