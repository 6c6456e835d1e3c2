package io.tributary.connectors.sandbox;

import io.tributary.model.Menstruation;
import io.tributary.model.Timestamps;
import io.tributary.model.enums.MenstruationFlow;
import io.tributary.model.enums.TimestampLocalization;
import io.tributary.model.nested.MenstruationData;
import io.tributary.model.nested.MenstruationFlowSample;
import io.tributary.model.nested.MenstruationMetadata;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Menstrual cycle tracking for people who menstruate. */
final class SandboxCycles extends SandboxPerson {
    SandboxCycles(long seed, SandboxGenerator.Profile p) {
        super(seed, p);
    }

    /** Cycle tracking for people who menstruate: one object per day, with flow on period days. */
    public Menstruation menstruation(LocalDate d) {
        if (!p.menstruates()) return null;
        long since = d.toEpochDay() - p.cycleAnchor().toEpochDay();
        int dayInCycle = (int) Math.floorMod(since, (long) p.cycleLengthDays()) + 1;
        LocalDate periodStart = d.minusDays(dayInCycle - 1);
        List<MenstruationFlowSample> flow = new ArrayList<>();
        if (dayInCycle <= p.periodLengthDays()) {
            MenstruationFlow f = dayInCycle <= 1
                    ? MenstruationFlow.MEDIUM
                    : dayInCycle <= 3 ? MenstruationFlow.HEAVY : MenstruationFlow.LIGHT;
            flow.add(MenstruationFlowSample.builder()
                    .timestamp(Timestamps.format(d.atTime(8, 0).atZone(p.zone())))
                    .flow(f.value())
                    .build());
        }
        int ovulation = p.cycleLengthDays() - 14;
        LocalDate ovulationDay = periodStart.plusDays(ovulation - 1);
        return Menstruation.builder()
                .metadata(MenstruationMetadata.builder()
                        .startTime(Timestamps.format(d.atStartOfDay(p.zone())))
                        .endTime(Timestamps.format(d.plusDays(1).atStartOfDay(p.zone())))
                        .timestampLocalization(TimestampLocalization.UTC.value())
                        .build())
                .menstruationData(MenstruationData.builder()
                        .dayInCycle(dayInCycle)
                        .cycleLengthDays(p.cycleLengthDays())
                        .predictedCycleLengthDays(p.cycleLengthDays())
                        .periodLengthDays(p.periodLengthDays())
                        .periodStartDate(periodStart.toString())
                        .isPredictedCycle(false)
                        .ovulationDay(ovulationDay.toString())
                        .fertilityWindowStart(ovulationDay.minusDays(5).toString())
                        .fertilityWindowEnd(ovulationDay.plusDays(1).toString())
                        .menstruationFlow(flow)
                        .build())
                .build();
    }
}
