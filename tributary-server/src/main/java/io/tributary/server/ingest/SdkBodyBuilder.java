package io.tributary.server.ingest;

import static io.tributary.server.ingest.SdkKinds.*;
import static io.tributary.server.ingest.SdkRecords.*;

import io.tributary.model.Body;
import io.tributary.model.Menstruation;
import io.tributary.model.Nutrition;
import io.tributary.model.enums.TimestampLocalization;
import io.tributary.model.nested.BloodPressureData;
import io.tributary.model.nested.BloodPressureSample;
import io.tributary.model.nested.BodyMetadata;
import io.tributary.model.nested.GlucoseData;
import io.tributary.model.nested.GlucoseDataSample;
import io.tributary.model.nested.MeasurementDataSample;
import io.tributary.model.nested.MeasurementsData;
import io.tributary.model.nested.MenstruationData;
import io.tributary.model.nested.MenstruationFlowSample;
import io.tributary.model.nested.MenstruationMetadata;
import io.tributary.model.nested.NutritionMacros;
import io.tributary.model.nested.NutritionMetadata;
import io.tributary.model.nested.NutritionSummary;
import io.tributary.model.nested.TemperatureData;
import io.tributary.model.nested.TemperatureSample;
import io.tributary.server.storage.SdkStore.SdkRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/** Terra {@link Body}, {@link Nutrition} and {@link Menstruation} from the stored SDK records of a local day (pure). */
final class SdkBodyBuilder {
    private final SdkRecords x;

    SdkBodyBuilder(SdkRecords x) {
        this.x = x;
    }

    Body body(LocalDate day, List<SdkRecord> recs) {
        ZoneOffset z = zone(recs);
        String[] b = dayBounds(day, z);
        TreeMap<Instant, MeasurementDataSample.Builder> meas = new TreeMap<>();
        double w = 0, f = 0, h = 0, g = 0, sys = 0, dia = 0, temp = 0;
        int nw = 0, nf = 0, nh = 0;
        List<GlucoseDataSample> glucose = new ArrayList<>();
        List<BloodPressureSample> bp = new ArrayList<>();
        List<TemperatureSample> temps = new ArrayList<>();
        for (SdkRecord r : recs) {
            if (r.value() == null) continue;
            String at = ts(r.start(), ZoneOffset.ofTotalSeconds(r.offsetSeconds()));
            switch (r.kind()) {
                case GLUCOSE -> {
                    g += r.value();
                    glucose.add(GlucoseDataSample.builder()
                            .timestamp(at)
                            .bloodGlucoseMgPerDl(r3(r.value()))
                            .build());
                    continue;
                }
                case BLOOD_PRESSURE -> {
                    JsonNode di = x.extra(r).get("diastolic");
                    double dv = di == null ? Double.NaN : di.asDouble();
                    sys += r.value();
                    dia += dv;
                    bp.add(BloodPressureSample.builder()
                            .timestamp(at)
                            .systolicBp(r3(r.value()))
                            .diastolicBp(Double.isNaN(dv) ? null : r3(dv))
                            .build());
                    continue;
                }
                case BODY_TEMP -> {
                    temp += r.value();
                    temps.add(TemperatureSample.builder()
                            .timestamp(at)
                            .temperatureCelsius(r3(r.value()))
                            .build());
                    continue;
                }
                default -> {}
            }
            MeasurementDataSample.Builder s = meas.computeIfAbsent(
                    r.start(),
                    t -> MeasurementDataSample.builder()
                            .measurementTime(ts(t, ZoneOffset.ofTotalSeconds(r.offsetSeconds()))));
            double v = r3(r.value());
            switch (r.kind()) {
                case WEIGHT -> {
                    s.weightKg(v);
                    w += v;
                    nw++;
                }
                case BODY_FAT -> {
                    s.bodyfatPercentage(v);
                    f += v;
                    nf++;
                }
                case HEIGHT -> {
                    s.heightCm(v);
                    h += v;
                    nh++;
                }
                case LEAN_MASS -> s.leanMassG(r3(r.value() * 1000.0));
                case BONE_MASS -> s.boneMassG(r3(r.value() * 1000.0));
                default -> {}
            }
        }
        List<MeasurementDataSample> list = new ArrayList<>();
        meas.values().forEach(x -> list.add(x.build()));
        return Body.builder()
                .metadata(BodyMetadata.builder()
                        .startTime(b[0])
                        .endTime(b[1])
                        .timestampLocalization(TimestampLocalization.LOCAL)
                        .build())
                .deviceData(x.device(recs))
                .measurementsData(
                        list.isEmpty()
                                ? null
                                : MeasurementsData.builder()
                                        .measurements(list)
                                        .dayAvgWeightKg(nw == 0 ? null : r3(w / nw))
                                        .dayAvgBodyfatPercentage(nf == 0 ? null : r3(f / nf))
                                        .dayAvgHeightCm(nh == 0 ? null : r3(h / nh))
                                        .build())
                .glucoseData(
                        glucose.isEmpty()
                                ? null
                                : GlucoseData.builder()
                                        .bloodGlucoseSamples(glucose)
                                        .dayAvgBloodGlucoseMgPerDl(r3(g / glucose.size()))
                                        .build())
                .bloodPressureData(
                        bp.isEmpty()
                                ? null
                                : BloodPressureData.builder()
                                        .bloodPressureSamples(bp)
                                        .dayAvgSystolicBp(r3(sys / bp.size()))
                                        .dayAvgDiastolicBp(Double.isNaN(dia) ? null : r3(dia / bp.size()))
                                        .build())
                .temperatureData(
                        temps.isEmpty()
                                ? null
                                : TemperatureData.builder()
                                        .bodyTemperatureSamples(temps)
                                        .dayAvgBodyTemperatureCelsius(r3(temp / temps.size()))
                                        .build())
                .build();
    }

    Nutrition nutrition(LocalDate day, List<SdkRecord> recs) {
        ZoneOffset z = zone(recs);
        String[] b = dayBounds(day, z);
        Map<String, Double> sums = new LinkedHashMap<>();
        for (SdkRecord r : recs) {
            JsonNode n = x.extra(r).get("nutrients");
            if (n == null) continue;
            for (Map.Entry<String, JsonNode> e : n.properties())
                sums.merge(e.getKey(), e.getValue().asDouble(), Double::sum);
        }
        return Nutrition.builder()
                .metadata(NutritionMetadata.builder()
                        .startTime(b[0])
                        .endTime(b[1])
                        .timestampLocalization(TimestampLocalization.LOCAL)
                        .build())
                .summary(NutritionSummary.builder()
                        .macros(NutritionMacros.builder()
                                .calories(round(sums.get("calories")))
                                .proteinG(round(sums.get("protein_g")))
                                .carbohydratesG(round(sums.get("carbohydrates_g")))
                                .fatG(round(sums.get("fat_g")))
                                .fiberG(round(sums.get("fiber_g")))
                                .sugarG(round(sums.get("sugar_g")))
                                .build())
                        .waterMl(round(sums.get("water_ml")))
                        .build())
                .build();
    }

    Menstruation menstruation(LocalDate day, List<SdkRecord> recs) {
        ZoneOffset z = zone(recs);
        String[] b = dayBounds(day, z);
        List<MenstruationFlowSample> flows = new ArrayList<>();
        for (SdkRecord r : recs) {
            flows.add(MenstruationFlowSample.builder()
                    .timestamp(ts(r.start(), ZoneOffset.ofTotalSeconds(r.offsetSeconds())))
                    .flow(r.value() == null ? 0 : r.value().intValue())
                    .build());
        }
        return Menstruation.builder()
                .metadata(MenstruationMetadata.builder()
                        .startTime(b[0])
                        .endTime(b[1])
                        .timestampLocalization(TimestampLocalization.LOCAL)
                        .build())
                .menstruationData(
                        MenstruationData.builder().menstruationFlow(flows).build())
                .build();
    }
}
