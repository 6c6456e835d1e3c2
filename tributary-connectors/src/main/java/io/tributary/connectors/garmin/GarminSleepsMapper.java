package io.tributary.connectors.garmin;

import static io.tributary.connectors.ProviderJson.longValue;
import static io.tributary.connectors.ProviderJson.number;
import static io.tributary.connectors.ProviderJson.requireLong;
import static io.tributary.connectors.ProviderJson.requireText;

import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.MappedRecord;
import io.tributary.connectors.ProviderJson;
import io.tributary.connectors.RecordMapper;
import io.tributary.model.DataType;
import io.tributary.model.Sleep;
import io.tributary.model.SleepStageTally;
import io.tributary.model.enums.OxygenSaturationType;
import io.tributary.model.enums.SleepLevel;
import io.tributary.model.enums.SleepUploadType;
import io.tributary.model.nested.AsleepDurations;
import io.tributary.model.nested.AwakeDurations;
import io.tributary.model.nested.BreathSample;
import io.tributary.model.nested.BreathsData;
import io.tributary.model.nested.OtherSleepDurations;
import io.tributary.model.nested.OxygenSaturationData;
import io.tributary.model.nested.OxygenSaturationSample;
import io.tributary.model.nested.RespirationData;
import io.tributary.model.nested.SleepDurationsData;
import io.tributary.model.nested.SleepHypnogramSample;
import io.tributary.model.nested.SleepMetadata;
import io.tributary.model.nested.SleepScores;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Sleep summaries ({@code sleeps}, Health API "Sleep Summaries") → one Sleep per night (summary_id = Garmin's
 * summaryId, so a later, validated copy of the same night replaces the tentative one) plus one nap Sleep per entry
 * of {@code naps}. Stage durations, the hypnogram from {@code sleepLevelsMap}, respiration and SpO2 samples, and
 * Garmin's overall sleep score in {@code scores.sleep}.
 */
final class GarminSleepsMapper implements RecordMapper {
    private static final Map<String, SleepLevel> LEVELS = Map.of(
            "deep", SleepLevel.DEEP_SLEEP,
            "light", SleepLevel.LIGHT_SLEEP,
            "rem", SleepLevel.REM_SLEEP,
            "awake", SleepLevel.AWAKE);

    @Override
    public String endpoint() {
        return "sleeps";
    }

    @Override
    public DataType dataType() {
        return DataType.SLEEP;
    }

    @Override
    public Set<String> requiredFields() {
        return Set.of("summaryId", "startTimeInSeconds");
    }

    @Override
    public List<MappedRecord> map(JsonNode e) throws ConnectorException {
        String id = requireText(e, "summaryId");
        long start = requireLong(e, "startTimeInSeconds");
        ZoneOffset off = GarminTime.offset(e, "startTimeOffsetInSeconds");
        double deep = or0(number(e, "deepSleepDurationInSeconds"));
        double light = or0(number(e, "lightSleepDurationInSeconds"));
        double rem = or0(number(e, "remSleepInSeconds"));
        double awake = or0(number(e, "awakeDurationInSeconds"));
        Double unmeasurable = number(e, "unmeasurableSleepInSeconds");
        if (unmeasurable == null) unmeasurable = number(e, "unmeasurableSleepDurationInSeconds");
        List<long[]> stages = new ArrayList<>(); // start, end, level
        JsonNode levels = e.path("sleepLevelsMap");
        long end = start;
        for (Map.Entry<String, SleepLevel> l : LEVELS.entrySet()) {
            for (JsonNode seg : levels.path(l.getKey())) {
                Long s = longValue(seg, "startTimeInSeconds");
                Long en = longValue(seg, "endTimeInSeconds");
                if (s == null || en == null) continue;
                stages.add(new long[] {s, en, l.getValue().value()});
                end = Math.max(end, en);
            }
        }
        stages.sort(Comparator.comparingLong(a -> a[0]));
        // durationInSeconds counts sleep only; the night ends where its last stage ends, else after sleep + awake
        Long dur = longValue(e, "durationInSeconds");
        long fallbackEnd = start
                + (dur == null ? (long) (deep + light + rem) : dur)
                + (long) awake
                + (unmeasurable == null ? 0 : unmeasurable.longValue());
        if (stages.isEmpty()) end = fallbackEnd;
        double asleep = deep + light + rem;
        double inBed = end - start;
        List<SleepHypnogramSample> hypnogram = stages.stream()
                .map(s -> SleepHypnogramSample.builder()
                        .timestamp(GarminTime.at(s[0], off))
                        .level((int) s[2])
                        .build())
                .toList();
        Sleep sleep = Sleep.builder()
                .metadata(SleepMetadata.builder()
                        .summaryId(id)
                        .startTime(GarminTime.at(start, off))
                        .endTime(GarminTime.at(end, off))
                        .isNap(false)
                        .timestampLocalization(GarminTime.localization(off))
                        .uploadType(uploadType(ProviderJson.text(e, "validation")))
                        .build())
                .sleepDurationsData(SleepDurationsData.builder()
                        .asleep(AsleepDurations.builder()
                                .durationAsleepStateSeconds(asleep)
                                .durationDeepSleepStateSeconds(deep)
                                .durationLightSleepStateSeconds(light)
                                .durationRemSleepStateSeconds(rem)
                                .build())
                        .awake(AwakeDurations.builder()
                                .durationAwakeStateSeconds(awake)
                                .build())
                        .other(OtherSleepDurations.builder()
                                .durationInBedSeconds(inBed)
                                .durationUnmeasurableSleepSeconds(unmeasurable)
                                .build())
                        .hypnogramSamples(hypnogram.isEmpty() ? null : hypnogram)
                        .sleepEfficiency(
                                asleep > 0 ? SleepStageTally.efficiencyPercent(asleep, inBed) : null) // a percentage
                        .build())
                .respirationData(respiration(e, start, off))
                .scores(SleepScores.builder()
                        .sleep(number(e.path("overallSleepScore"), "value"))
                        .build())
                .build();
        List<MappedRecord> out = new ArrayList<>();
        out.add(MappedRecord.whole(sleep, "sleeps:" + id));
        for (JsonNode nap : e.path("naps")) {
            Long ns = longValue(nap, "napStartTimeInSeconds");
            Long nd = longValue(nap, "napDurationInSeconds");
            if (ns == null || nd == null) continue;
            ZoneOffset noff = GarminTime.offset(nap, "napOffsetInSeconds");
            if (noff == null) noff = off;
            String napId = id + "-nap-" + ns;
            out.add(MappedRecord.whole(
                    Sleep.builder()
                            .metadata(SleepMetadata.builder()
                                    .summaryId(napId)
                                    .startTime(GarminTime.at(ns, noff))
                                    .endTime(GarminTime.at(ns + nd, noff))
                                    .isNap(true)
                                    .timestampLocalization(GarminTime.localization(noff))
                                    .uploadType(uploadType(ProviderJson.text(nap, "napValidation")))
                                    .build())
                            .sleepDurationsData(SleepDurationsData.builder()
                                    .asleep(AsleepDurations.builder()
                                            .durationAsleepStateSeconds((double) nd)
                                            .build())
                                    .build())
                            .build(),
                    "sleeps:" + napId));
        }
        return out;
    }

    private static RespirationData respiration(JsonNode e, long start, ZoneOffset off) {
        List<BreathSample> breaths = GarminSamples.of(e.get("timeOffsetSleepRespiration")).stream()
                .map(p -> BreathSample.builder()
                        .timestamp(GarminTime.at(start + p.offsetSeconds(), off))
                        .breathsPerMin(p.value())
                        .build())
                .toList();
        List<OxygenSaturationSample> spo2 = GarminSamples.of(e.get("timeOffsetSleepSpo2")).stream()
                .map(p -> OxygenSaturationSample.builder()
                        .timestamp(GarminTime.at(start + p.offsetSeconds(), off))
                        .percentage(p.value())
                        .type(OxygenSaturationType.BLOOD)
                        .build())
                .toList();
        if (breaths.isEmpty() && spo2.isEmpty()) return null;
        return RespirationData.builder()
                .breathsData(
                        breaths.isEmpty()
                                ? null
                                : BreathsData.builder()
                                        .samples(breaths)
                                        .avgBreathsPerMin(breaths.stream()
                                                .mapToDouble(BreathSample::breathsPerMin)
                                                .average()
                                                .orElse(0))
                                        .minBreathsPerMin(breaths.stream()
                                                .mapToDouble(BreathSample::breathsPerMin)
                                                .min()
                                                .orElse(0))
                                        .maxBreathsPerMin(breaths.stream()
                                                .mapToDouble(BreathSample::breathsPerMin)
                                                .max()
                                                .orElse(0))
                                        .build())
                .oxygenSaturationData(
                        spo2.isEmpty()
                                ? null
                                : OxygenSaturationData.builder()
                                        .samples(spo2)
                                        .avgSaturationPercentage(spo2.stream()
                                                .mapToDouble(OxygenSaturationSample::percentage)
                                                .average()
                                                .orElse(0))
                                        .build())
                .build();
    }

    /**
     * {@code validation}: MANUAL, DEVICE, OFF_WRIST, AUTO_TENTATIVE, AUTO_FINAL, AUTO_MANUAL, ENHANCED_TENTATIVE,
     * ENHANCED_FINAL (Garmin also writes "Device" in examples, so case is ignored).
     */
    static int uploadType(String validation) {
        if (validation == null) return SleepUploadType.UNKNOWN.value();
        return switch (validation.toUpperCase(Locale.ROOT)) {
            case "MANUAL", "AUTO_MANUAL" -> SleepUploadType.MANUAL.value();
            case "DEVICE", "AUTO_FINAL", "ENHANCED_FINAL" -> SleepUploadType.AUTOMATIC.value();
            case "AUTO_TENTATIVE", "ENHANCED_TENTATIVE" -> SleepUploadType.TENTATIVE.value();
            case "OFF_WRIST" -> SleepUploadType.INDETERMINATE.value();
            default -> SleepUploadType.UNKNOWN.value();
        };
    }

    private static double or0(Double d) {
        return d == null ? 0 : d;
    }
}
