package io.tributary.connectors.garmin;

import static io.tributary.connectors.ProviderJson.number;

import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.MappedRecord;
import io.tributary.connectors.ProviderJson;
import io.tributary.connectors.RecordMapper;
import io.tributary.model.Body;
import io.tributary.model.DataType;
import io.tributary.model.nested.MeasurementDataSample;
import io.tributary.model.nested.MeasurementsData;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Body compositions ({@code bodyComps}, Health API "Body Composition Summaries": a manual weight, or an Index
 * scale's full measurement) → one measurement in the Body of its local day; grams to kg for weight, grams kept for
 * bone and muscle mass (Terra's {@code _g}). Partial: the day's other weigh-ins and user metrics add up.
 */
final class GarminBodyCompsMapper implements RecordMapper {
    @Override
    public String endpoint() {
        return "bodyComps";
    }

    @Override
    public DataType dataType() {
        return DataType.BODY;
    }

    @Override
    public Set<String> requiredFields() {
        return Set.of("summaryId", "measurementTimeInSeconds");
    }

    @Override
    public List<MappedRecord> map(JsonNode e) throws ConnectorException {
        String id = ProviderJson.requireText(e, "summaryId");
        long t = ProviderJson.requireLong(e, "measurementTimeInSeconds");
        GarminDay day = GarminDay.of(e, "measurementTimeInSeconds", "measurementTimeOffsetInSeconds");
        Double bmi = number(e, "bodyMassIndex");
        if (bmi == null) bmi = number(e, "bmi");
        Double fat = number(e, "bodyFatInPercent");
        if (fat == null) fat = number(e, "percentFat");
        Double water = number(e, "bodyWaterInPercent");
        if (water == null) water = number(e, "percentHydration");
        Body b = Body.builder()
                .metadata(day.body())
                .measurementsData(MeasurementsData.builder()
                        .measurements(List.of(MeasurementDataSample.builder()
                                .measurementTime(GarminTime.at(t, day.offset()))
                                .weightKg(ProviderJson.divide(number(e, "weightInGrams"), 1000))
                                .bmi(bmi)
                                .bodyfatPercentage(fat)
                                .waterPercentage(water)
                                .boneMassG(number(e, "boneMassInGrams"))
                                .muscleMassG(number(e, "muscleMassInGrams"))
                                .build()))
                        .build())
                .build();
        return List.of(MappedRecord.partial(b, "bodyComps:" + id));
    }
}
