package io.tributary.files;

import static io.tributary.files.AppleExport.*;
import static io.tributary.files.AppleSamples.*;

import io.tributary.model.Body;
import io.tributary.model.enums.TimestampLocalization;
import io.tributary.model.nested.BloodPressureData;
import io.tributary.model.nested.BloodPressureSample;
import io.tributary.model.nested.BodyMetadata;
import io.tributary.model.nested.GlucoseData;
import io.tributary.model.nested.GlucoseDataSample;
import io.tributary.model.nested.MeasurementDataSample;
import io.tributary.model.nested.MeasurementsData;
import io.tributary.model.nested.OxygenData;
import io.tributary.model.nested.TemperatureData;
import io.tributary.model.nested.TemperatureSample;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One local day of an Apple export as a {@link Body}: measurements merged by time (weight, body fat, height, BMI,
 * lean mass), blood pressure pairs, glucose, body and wrist temperature, SpO2; null when the day has none.
 */
final class AppleBodyBuilder {
    private AppleBodyBuilder() {}

    static Body body(SampleSpill.Month m, int[][] idx, String start, String end) {
        Body.Builder b = Body.builder()
                .metadata(BodyMetadata.builder()
                        .startTime(start)
                        .endTime(end)
                        .timestampLocalization(TimestampLocalization.LOCAL)
                        .build());
        boolean any = false;
        // measurements merged by timestamp
        TreeMap<Long, MeasurementDataSample.Builder> meas = new TreeMap<>();
        Map<Long, String> measTs = new HashMap<>();
        byte[] mk = {K_WEIGHT, K_FAT, K_HEIGHT, K_BMI, K_LEAN};
        for (byte k : mk) {
            if (idx[k] == null) {
                continue;
            }
            for (int i : idx[k]) {
                MeasurementDataSample.Builder s = meas.computeIfAbsent(m.time[i], t -> MeasurementDataSample.builder());
                measTs.putIfAbsent(m.time[i], ts(m, i));
                double v = ActivityAssembler.round3(m.value[i]);
                switch (k) {
                    case K_WEIGHT -> s.weightKg(v);
                    case K_FAT -> s.bodyfatPercentage(v);
                    case K_HEIGHT -> s.heightCm(v);
                    case K_BMI -> s.bmi(v);
                    default -> s.leanMassG(v);
                }
            }
        }
        if (!meas.isEmpty()) {
            List<MeasurementDataSample> list = new ArrayList<>();
            for (Map.Entry<Long, MeasurementDataSample.Builder> e : meas.entrySet()) {
                list.add(e.getValue().measurementTime(measTs.get(e.getKey())).build());
            }
            b.measurementsData(MeasurementsData.builder()
                    .measurements(list)
                    .dayAvgWeightKg(Numbers.avg(list, MeasurementDataSample::weightKg))
                    .dayAvgBodyfatPercentage(Numbers.avg(list, MeasurementDataSample::bodyfatPercentage))
                    .dayAvgHeightCm(Numbers.avg(list, MeasurementDataSample::heightCm))
                    .dayAvgBmi(Numbers.avg(list, MeasurementDataSample::bmi))
                    .dayAvgLeanMassG(Numbers.avg(list, MeasurementDataSample::leanMassG))
                    .build());
            any = true;
        }
        if (idx[K_SYS] != null || idx[K_DIA] != null) {
            TreeMap<Long, double[]> bp = new TreeMap<>();
            Map<Long, String> bpTs = new HashMap<>();
            for (byte k : new byte[] {K_SYS, K_DIA}) {
                if (idx[k] == null) {
                    continue;
                }
                for (int i : idx[k]) {
                    double[] pair = bp.computeIfAbsent(m.time[i], t -> new double[] {Double.NaN, Double.NaN});
                    pair[k == K_SYS ? 0 : 1] = m.value[i];
                    bpTs.putIfAbsent(m.time[i], ts(m, i));
                }
            }
            List<BloodPressureSample> samples = new ArrayList<>();
            double sys = 0;
            double dia = 0;
            int ns = 0;
            int nd = 0;
            for (Map.Entry<Long, double[]> e : bp.entrySet()) {
                double[] p = e.getValue();
                samples.add(BloodPressureSample.builder()
                        .timestamp(bpTs.get(e.getKey()))
                        .systolicBp(Double.isNaN(p[0]) ? null : p[0])
                        .diastolicBp(Double.isNaN(p[1]) ? null : p[1])
                        .build());
                if (!Double.isNaN(p[0])) {
                    sys += p[0];
                    ns++;
                }
                if (!Double.isNaN(p[1])) {
                    dia += p[1];
                    nd++;
                }
            }
            b.bloodPressureData(BloodPressureData.builder()
                    .bloodPressureSamples(samples)
                    .dayAvgSystolicBp(ns == 0 ? null : ActivityAssembler.round3(sys / ns))
                    .dayAvgDiastolicBp(nd == 0 ? null : ActivityAssembler.round3(dia / nd))
                    .build());
            any = true;
        }
        if (idx[K_GLUCOSE] != null) {
            List<GlucoseDataSample> g = new ArrayList<>();
            double sum = 0;
            for (int i : idx[K_GLUCOSE]) {
                double v = ActivityAssembler.round3(m.value[i]);
                g.add(GlucoseDataSample.builder()
                        .timestamp(ts(m, i))
                        .bloodGlucoseMgPerDl(v)
                        .build());
                sum += v;
            }
            b.glucoseData(GlucoseData.builder()
                    .bloodGlucoseSamples(g)
                    .dayAvgBloodGlucoseMgPerDl(ActivityAssembler.round3(sum / g.size()))
                    .build());
            any = true;
        }
        if (idx[K_BODYTEMP] != null || idx[K_WRIST_TEMP] != null) {
            List<TemperatureSample> bodyT = temps(m, idx[K_BODYTEMP]);
            List<TemperatureSample> skinT = temps(m, idx[K_WRIST_TEMP]);
            b.temperatureData(TemperatureData.builder()
                    .bodyTemperatureSamples(bodyT.isEmpty() ? null : bodyT)
                    .skinTemperatureSamples(skinT.isEmpty() ? null : skinT)
                    .dayAvgBodyTemperatureCelsius(avgTemp(bodyT))
                    .dayAvgSkinTemperatureCelsius(avgTemp(skinT))
                    .build());
            any = true;
        }
        OxygenData oxygen = AppleDailyBuilder.oxygen(m, idx, false);
        if (oxygen != null) {
            b.oxygenData(oxygen);
            any = true;
        }
        return any ? b.build() : null;
    }

    static List<TemperatureSample> temps(SampleSpill.Month m, int[] idx) {
        List<TemperatureSample> out = new ArrayList<>();
        if (idx != null) {
            for (int i : idx) {
                out.add(TemperatureSample.builder()
                        .timestamp(ts(m, i))
                        .temperatureCelsius(ActivityAssembler.round3(m.value[i]))
                        .build());
            }
        }
        return out;
    }

    static Double avgTemp(List<TemperatureSample> t) {
        return Numbers.avg(t, TemperatureSample::temperatureCelsius);
    }
}
