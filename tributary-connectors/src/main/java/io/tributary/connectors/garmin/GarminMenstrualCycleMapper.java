package io.tributary.connectors.garmin;

import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.MappedRecord;
import io.tributary.connectors.ProviderJson;
import io.tributary.connectors.RecordMapper;
import io.tributary.model.DataType;
import io.tributary.model.Menstruation;
import io.tributary.model.Timestamps;
import io.tributary.model.enums.MenstruationInterval;
import io.tributary.model.nested.MenstruationData;
import io.tributary.model.nested.MenstruationMetadata;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Menstrual cycle tracking ({@code mct}, Women's Health API "Menstrual Cycle Tracking Summaries": the state of the
 * current cycle as of a day) → the Menstruation of that day (period start + day in cycle − 1): phase, day in
 * cycle, lengths and predictions. The summary has dates only, so times are local without offset.
 */
final class GarminMenstrualCycleMapper implements RecordMapper {
    @Override
    public String endpoint() {
        return "mct";
    }

    @Override
    public DataType dataType() {
        return DataType.MENSTRUATION;
    }

    @Override
    public Set<String> requiredFields() {
        return Set.of("summaryId", "periodStartDate");
    }

    @Override
    public List<MappedRecord> map(JsonNode e) throws ConnectorException {
        String id = ProviderJson.requireText(e, "summaryId");
        LocalDate periodStart;
        try {
            periodStart = LocalDate.parse(ProviderJson.requireText(e, "periodStartDate"));
        } catch (DateTimeParseException ex) {
            throw ConnectorException.malformed("periodStartDate is not a date");
        }
        Integer dayInCycle = ProviderJson.intValue(e, "dayInCycle");
        LocalDate day = dayInCycle == null || dayInCycle < 1 ? periodStart : periodStart.plusDays(dayInCycle - 1);
        Long updated = ProviderJson.longValue(e, "lastUpdatedTimeInSeconds");
        Menstruation m = Menstruation.builder()
                .metadata(MenstruationMetadata.builder()
                        .startTime(Timestamps.formatLocal(day.atStartOfDay()))
                        .endTime(Timestamps.formatLocal(day.plusDays(1).atStartOfDay()))
                        .timestampLocalization(1)
                        .build())
                .menstruationData(MenstruationData.builder()
                        .periodStartDate(periodStart.toString())
                        .dayInCycle(dayInCycle)
                        .periodLengthDays(ProviderJson.intValue(e, "periodLength"))
                        .currentPhase(phase(ProviderJson.text(e, "currentPhaseType")))
                        .lengthOfCurrentPhaseDays(ProviderJson.intValue(e, "lengthOfCurrentPhase"))
                        .daysUntilNextPhase(ProviderJson.intValue(e, "daysUntilNextPhase"))
                        .predictedCycleLengthDays(ProviderJson.intValue(e, "predictedCycleLength"))
                        .cycleLengthDays(ProviderJson.intValue(e, "cycleLength"))
                        .isPredictedCycle(ProviderJson.bool(e, "isPredictedCycle"))
                        .lastUpdatedTime(updated == null ? null : Timestamps.format(Instant.ofEpochSecond(updated)))
                        .build())
                .build();
        return List.of(MappedRecord.whole(m, "mct:" + id));
    }

    /** {@code currentPhaseType} names → Terra's MenstruationInterval; null when absent. */
    static MenstruationInterval phase(String type) {
        if (type == null) return null;
        return switch (type.toUpperCase(Locale.ROOT)) {
            case "MENSTRUAL", "PERIOD" -> MenstruationInterval.PERIOD;
            case "FOLLICULAR" -> MenstruationInterval.FOLLICULAR;
            case "FERTILE", "FERTILE_WINDOW" -> MenstruationInterval.FERTILE_WINDOW;
            case "OVULATION" -> MenstruationInterval.OVULATION;
            case "LUTEAL" -> MenstruationInterval.LUTEAL;
            case "PMS" -> MenstruationInterval.PMS;
            case "FIRST_TRIMESTER" -> MenstruationInterval.FIRST_TRIMESTER;
            case "SECOND_TRIMESTER" -> MenstruationInterval.SECOND_TRIMESTER;
            case "THIRD_TRIMESTER" -> MenstruationInterval.THIRD_TRIMESTER;
            default -> MenstruationInterval.UNKNOWN;
        };
    }
}
