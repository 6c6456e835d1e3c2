package io.tributary.connectors.sandbox;

import io.tributary.model.Body;
import io.tributary.model.Timestamps;
import io.tributary.model.enums.TimestampLocalization;
import io.tributary.model.nested.BodyMetadata;
import io.tributary.model.nested.DeviceData;
import io.tributary.model.nested.MeasurementDataSample;
import io.tributary.model.nested.MeasurementsData;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Random;

/** A weekly weigh-in. */
final class SandboxBodies extends SandboxPerson {
    SandboxBodies(long seed, SandboxGenerator.Profile p) {
        super(seed, p);
    }

    /** A weigh-in once a week (on the profile's weigh-in day), morning after waking. */
    public Body body(LocalDate d) {
        int weighDay = (int) Math.floorMod(seed, 7L) + 1;
        if (d.getDayOfWeek().getValue() != weighDay) return null;
        Random r = rng(d, 8);
        double w = round1(weightOn(d));
        double fat = round1(clamp(p.baseBodyFatPct() + r.nextGaussian() * 0.5, 5, 50));
        double bmi = round1(w / Math.pow(p.heightCm() / 100, 2));
        ZonedDateTime at = d.atTime(7, 0).atZone(p.zone()).plusMinutes(r.nextInt(60));
        double muscle = round1(w * (1 - fat / 100) * 0.52 * 1000);
        double bone = round1(w * 0.04 * 1000);
        double water = round1(clamp(100 - fat - 15 + r.nextGaussian(), 40, 70));
        return Body.builder()
                .metadata(BodyMetadata.builder()
                        .startTime(Timestamps.format(d.atStartOfDay(p.zone())))
                        .endTime(Timestamps.format(d.plusDays(1).atStartOfDay(p.zone())))
                        .timestampLocalization(TimestampLocalization.UTC.value())
                        .build())
                .deviceData(DeviceData.builder()
                        .name("Tributary Sandbox Scale")
                        .manufacturer("Tributary")
                        .build())
                .measurementsData(MeasurementsData.builder()
                        .measurements(List.of(MeasurementDataSample.builder()
                                .measurementTime(Timestamps.format(at))
                                .weightKg(w)
                                .heightCm(p.heightCm())
                                .bmi(bmi)
                                .bodyfatPercentage(fat)
                                .muscleMassG(muscle)
                                .boneMassG(bone)
                                .waterPercentage(water)
                                .bmr(round1(bmr(d)))
                                .build()))
                        .dayAvgWeightKg(w)
                        .dayAvgBodyfatPercentage(fat)
                        .dayAvgBmi(bmi)
                        .dayAvgHeightCm(p.heightCm())
                        .dayAvgMuscleMassG(muscle)
                        .dayAvgBoneMassG(bone)
                        .dayAvgWaterPercentage(water)
                        .build())
                .build();
    }
}
