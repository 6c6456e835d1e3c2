package io.tributary.files;

import static io.tributary.files.FitValues.instant;
import static io.tributary.files.Numbers.avg;
import static io.tributary.files.Numbers.toD;

import com.garmin.fit.WeightScaleMesg;
import io.tributary.model.Body;
import io.tributary.model.TerraDataModel;
import io.tributary.model.Timestamps;
import io.tributary.model.enums.TimestampLocalization;
import io.tributary.model.nested.BodyMetadata;
import io.tributary.model.nested.DeviceData;
import io.tributary.model.nested.MeasurementDataSample;
import io.tributary.model.nested.MeasurementsData;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/** FIT {@code weight_scale} → one {@link Body} per day. */
final class FitBodies {
    FitBodies() {}

    // ---------------------------------------------------------------- weight → Body
    int map(FitMessages s, DeviceData device, Consumer<TerraDataModel> sink) {
        TreeMap<LocalDate, List<MeasurementDataSample>> days = new TreeMap<>();
        for (WeightScaleMesg w : s.weights) {
            Instant t = instant(w.getTimestamp());
            if (t == null) {
                continue;
            }
            Double weight = w.getWeight() == null || w.getWeight() >= 655.0 ? null : (double) w.getWeight();
            days.computeIfAbsent(t.atOffset(ZoneOffset.UTC).toLocalDate(), k -> new ArrayList<>())
                    .add(MeasurementDataSample.builder()
                            .measurementTime(Timestamps.format(t))
                            .weightKg(weight)
                            .bodyfatPercentage(toD(w.getPercentFat()))
                            .waterPercentage(toD(w.getPercentHydration()))
                            .boneMassG(
                                    w.getBoneMass() == null ? null : ActivityAssembler.round3(w.getBoneMass() * 1000.0))
                            .muscleMassG(
                                    w.getMuscleMass() == null
                                            ? null
                                            : ActivityAssembler.round3(w.getMuscleMass() * 1000.0))
                            .bmr(toD(w.getBasalMet()))
                            .bmi(toD(w.getBmi()))
                            .visceralFatLevel(toD(w.getVisceralFatRating()))
                            .estimatedFitnessAge(w.getMetabolicAge() == null ? null : (int) w.getMetabolicAge())
                            .build());
        }
        int n = 0;
        for (Map.Entry<LocalDate, List<MeasurementDataSample>> e : days.entrySet()) {
            Instant ds = e.getKey().atStartOfDay().toInstant(ZoneOffset.UTC);
            List<MeasurementDataSample> ms = e.getValue();
            sink.accept(Body.builder()
                    .metadata(BodyMetadata.builder()
                            .startTime(Timestamps.format(ds))
                            .endTime(Timestamps.format(ds.plus(Duration.ofDays(1))))
                            .timestampLocalization(TimestampLocalization.UTC)
                            .build())
                    .measurementsData(MeasurementsData.builder()
                            .measurements(ms)
                            .dayAvgWeightKg(avg(ms, MeasurementDataSample::weightKg))
                            .dayAvgBodyfatPercentage(avg(ms, MeasurementDataSample::bodyfatPercentage))
                            .dayAvgWaterPercentage(avg(ms, MeasurementDataSample::waterPercentage))
                            .dayAvgBmi(avg(ms, MeasurementDataSample::bmi))
                            .dayAvgBmr(avg(ms, MeasurementDataSample::bmr))
                            .dayAvgBoneMassG(avg(ms, MeasurementDataSample::boneMassG))
                            .dayAvgMuscleMassG(avg(ms, MeasurementDataSample::muscleMassG))
                            .build())
                    .deviceData(device)
                    .build());
            n++;
        }
        return n;
    }
}
