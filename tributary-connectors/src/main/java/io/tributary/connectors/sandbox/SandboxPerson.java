package io.tributary.connectors.sandbox;

import io.tributary.model.nested.DeviceData;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Random;

/**
 * What every sandbox builder shares: the seed, the person it stands for, the per-day random streams ({@link #rng}) and
 * the physiology several types read (resting HR, HRV, weight, BMR, the step target), so that one day is consistent
 * across types.
 */
abstract class SandboxPerson {
    static final String DEVICE_NAME = "Tributary Sandbox Band";

    final long seed;
    final SandboxGenerator.Profile p;

    SandboxPerson(long seed, SandboxGenerator.Profile p) {
        this.seed = seed;
        this.p = p;
    }

    public ZoneId zone() {
        return p.zone();
    }

    Instant dailyStart(LocalDate d) {
        return d.atStartOfDay(p.zone()).toInstant();
    }

    Random rng(LocalDate d, int salt) {
        return new Random(seed ^ (d.toEpochDay() * 0x9E3779B97F4A7C15L) ^ ((long) salt * 0xC2B2AE3D27D4EB4FL));
    }

    /** Steps planned for the whole day: base with a weekly rhythm and day-to-day noise. */
    int dailyStepTarget(LocalDate d) {
        Random r = rng(d, 1);
        double weekly = switch (d.getDayOfWeek()) {
            case SATURDAY -> 1.18;
            case SUNDAY -> 0.82;
            case FRIDAY -> 1.05;
            case MONDAY -> 0.95;
            default -> 1.0;
        };
        return (int) Math.round(clamp(p.baseSteps() * weekly * (1 + r.nextGaussian() * 0.15), 1500, 30000));
    }

    int restingHr(LocalDate d) {
        return (int) Math.round(clamp(p.restingHr() + rng(d, 3).nextGaussian() * 2, 45, 75));
    }

    double hrvOf(LocalDate d) {
        return clamp(p.hrvBase() + rng(d, 4).nextGaussian() * 8, 15, 150);
    }

    double bmr(LocalDate d) {
        double w = weightOn(d);
        double base = 10 * w + 6.25 * p.heightCm() - 5 * p.age(d);
        return base + ("female".equals(p.sex()) ? -161 : 5);
    }

    DeviceData device() {
        return DeviceData.builder()
                .name(DEVICE_NAME)
                .manufacturer("Tributary")
                .hardwareVersion("SB-1")
                .softwareVersion("1.0.0")
                .build();
    }

    double weightOn(LocalDate d) {
        double weeks = d.toEpochDay() / 7.0;
        return p.baseWeightKg()
                + 0.8 * Math.sin(weeks / 6.0 + (seed & 0xFF))
                + rng(d, 7).nextGaussian() * 0.3;
    }

    static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
