package io.tributary.connectors.garmin;

import io.tributary.model.Daily;
import io.tributary.model.nested.BodyBatterySample;
import io.tributary.model.nested.StressData;
import io.tributary.model.nested.StressSample;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Stress details ({@code stressDetails}, Health API "Stress Details Summaries": 3-minute stress levels and the
 * Body Battery timeline) → stress and body battery samples of the day's Daily. Garmin's negative stress values
 * are not levels (-1 off wrist, -2 too much motion, -3 not enough data, -4 recovering, -5 unidentified) and are
 * left out.
 */
final class GarminStressDetailsMapper extends GarminIntradayMapper {
    GarminStressDetailsMapper() {
        super("stressDetails");
    }

    @Override
    void fill(Daily.Builder d, JsonNode e, Series series) {
        List<StressSample> stress = series.levels(
                "timeOffsetStressLevelValues",
                (t, v) -> StressSample.builder().timestamp(t).level(v).build());
        List<BodyBatterySample> battery = series.levels(
                "timeOffsetBodyBatteryValues",
                (t, v) -> BodyBatterySample.builder().timestamp(t).level(v).build());
        d.stressData(StressData.builder()
                .samples(stress.isEmpty() ? null : stress)
                .bodyBatterySamples(battery.isEmpty() ? null : battery)
                .build());
    }
}
