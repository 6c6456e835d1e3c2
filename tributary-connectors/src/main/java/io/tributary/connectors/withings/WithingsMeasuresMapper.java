package io.tributary.connectors.withings;

import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.MappedRecord;
import io.tributary.connectors.ProviderJson;
import io.tributary.model.Body;
import io.tributary.model.DataType;
import io.tributary.model.nested.BloodPressureData;
import io.tributary.model.nested.BloodPressureSample;
import io.tributary.model.nested.HeartData;
import io.tributary.model.nested.HeartRateData;
import io.tributary.model.nested.HeartRateDataDetailed;
import io.tributary.model.nested.HeartRateDataSample;
import io.tributary.model.nested.HydrationData;
import io.tributary.model.nested.HydrationMeasurementSample;
import io.tributary.model.nested.MeasurementDataSample;
import io.tributary.model.nested.MeasurementsData;
import io.tributary.model.nested.OxygenData;
import io.tributary.model.nested.OxygenSaturationSample;
import io.tributary.model.nested.PulseVelocitySample;
import io.tributary.model.nested.TemperatureData;
import io.tributary.model.nested.TemperatureSample;
import io.tributary.model.nested.Vo2MaxSample;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /measure action=getmeas} ("Measure - Getmeas"): one measure group (one weigh-in, one blood-pressure
 * reading, one thermometer reading) → a partial Body of its local day (the day's other groups add up). Each
 * measure's real value is {@code value × 10^unit} in SI units; type 1 weight kg, 4 height m (→ cm), 5 fat-free mass
 * kg (→ lean_mass_g), 6 fat ratio %, 8 fat mass kg (no Terra field: kept in nothing), 9/10 diastolic/systolic mmHg,
 * 11 heart pulse bpm, 12/71 body temperature °C, 73 skin temperature °C, 54 SpO2 %, 76 muscle mass kg (→ g), 77
 * hydration kg, 88 bone mass kg (→ g), 91 pulse wave velocity m/s, 123 VO2 max ml/min/kg, 170 visceral fat, 226 BMR
 * kcal. Category 2 groups are the user's objectives, not measurements: skipped.
 */
final class WithingsMeasuresMapper implements WithingsRecordMapper {
    static final String MEASTYPES = "1,4,5,6,8,9,10,11,12,54,71,73,76,77,88,91,123,170,226";

    @Override
    public String endpoint() {
        return "getmeas";
    }

    @Override
    public String listField() {
        return "measuregrps";
    }

    @Override
    public DataType dataType() {
        return DataType.BODY;
    }

    @Override
    public Set<String> requiredFields() {
        return Set.of("grpid", "date");
    }

    @Override
    public List<MappedRecord> map(JsonNode g) throws ConnectorException {
        long grpid = ProviderJson.requireLong(g, "grpid");
        long date = ProviderJson.requireLong(g, "date");
        Integer category = ProviderJson.intValue(g, "category");
        if (category != null && category == 2) return List.of();
        ZoneId zone = WithingsTime.zone(g, ZoneOffset.UTC);
        String at = WithingsTime.at(date, zone);
        Map<Integer, Double> v = values(g.path("measures"));
        Body.Builder b = Body.builder()
                .metadata(WithingsTime.body(WithingsTime.day(date, zone), zone))
                .deviceData(WithingsDevices.of(g));
        if (any(v, 1, 4, 5, 6, 76, 88, 170, 226))
            b.measurementsData(MeasurementsData.builder()
                    .measurements(List.of(MeasurementDataSample.builder()
                            .measurementTime(at)
                            .weightKg(v.get(1))
                            .heightCm(scale(v.get(4), 100))
                            .leanMassG(scale(v.get(5), 1000))
                            .bodyfatPercentage(v.get(6))
                            .muscleMassG(scale(v.get(76), 1000))
                            .boneMassG(scale(v.get(88), 1000))
                            .visceralFatLevel(v.get(170))
                            .bmr(v.get(226))
                            .build()))
                    .build());
        if (any(v, 9, 10))
            b.bloodPressureData(BloodPressureData.builder()
                    .bloodPressureSamples(List.of(BloodPressureSample.builder()
                            .timestamp(at)
                            .diastolicBp(v.get(9))
                            .systolicBp(v.get(10))
                            .build()))
                    .build());
        if (any(v, 11, 91))
            b.heartData(HeartData.builder()
                    .heartRateData(
                            v.get(11) == null
                                    ? null
                                    : HeartRateData.builder()
                                            .detailed(HeartRateDataDetailed.builder()
                                                    .hrSamples(List.of(HeartRateDataSample.builder()
                                                            .timestamp(at)
                                                            .bpm(v.get(11))
                                                            .build()))
                                                    .build())
                                            .build())
                    .pulseWaveVelocitySamples(
                            v.get(91) == null
                                    ? null
                                    : List.of(PulseVelocitySample.builder()
                                            .timestamp(at)
                                            .pulseWaveVelocityMetersPerSecond(v.get(91))
                                            .build()))
                    .build());
        Double bodyTemp = v.get(71) != null ? v.get(71) : v.get(12);
        if (bodyTemp != null || v.get(73) != null)
            b.temperatureData(TemperatureData.builder()
                    .bodyTemperatureSamples(bodyTemp == null ? null : List.of(temperature(at, bodyTemp)))
                    .skinTemperatureSamples(v.get(73) == null ? null : List.of(temperature(at, v.get(73))))
                    .build());
        if (any(v, 54, 123))
            b.oxygenData(OxygenData.builder()
                    .saturationSamples(
                            v.get(54) == null
                                    ? null
                                    : List.of(OxygenSaturationSample.builder()
                                            .timestamp(at)
                                            .percentage(v.get(54))
                                            .build()))
                    .vo2Samples(
                            v.get(123) == null
                                    ? null
                                    : List.of(Vo2MaxSample.builder()
                                            .timestamp(at)
                                            .vo2maxMlPerMinPerKg(v.get(123))
                                            .build()))
                    .build());
        if (v.get(77) != null)
            b.hydrationData(HydrationData.builder()
                    .hydrationAmountSamples(List.of(HydrationMeasurementSample.builder()
                            .timestamp(at)
                            .hydrationKg(v.get(77))
                            .build()))
                    .build());
        return List.of(MappedRecord.partial(b.build(), "measuregrp:" + grpid));
    }

    /** type → {@code value × 10^unit}; measures without type or value are skipped. */
    static Map<Integer, Double> values(JsonNode measures) {
        Map<Integer, Double> out = new HashMap<>();
        if (!measures.isArray()) return out;
        for (JsonNode m : measures) {
            Integer type = ProviderJson.intValue(m, "type");
            Long value = ProviderJson.longValue(m, "value");
            Integer unit = ProviderJson.intValue(m, "unit");
            if (type == null || value == null) continue;
            out.put(type, real(value, unit == null ? 0 : unit));
        }
        return out;
    }

    /** {@code value × 10^unit}, computed in decimal so 74126 × 10^-3 is exactly 74.126. */
    static double real(long value, int unit) {
        return java.math.BigDecimal.valueOf(value).scaleByPowerOfTen(unit).doubleValue();
    }

    private static boolean any(Map<Integer, Double> v, int... types) {
        for (int t : types) if (v.get(t) != null) return true;
        return false;
    }

    private static Double scale(Double v, double factor) {
        return v == null
                ? null
                : java.math.BigDecimal.valueOf(v)
                        .multiply(java.math.BigDecimal.valueOf(factor))
                        .doubleValue();
    }

    private static TemperatureSample temperature(String at, double celsius) {
        return TemperatureSample.builder()
                .timestamp(at)
                .temperatureCelsius(celsius)
                .build();
    }
}
