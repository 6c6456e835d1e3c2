package io.tributary.connectors.oura;

import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.MappedRecord;
import io.tributary.connectors.ProviderJson;
import io.tributary.model.Athlete;
import io.tributary.model.DataType;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /v2/usercollection/personal_info} (PersonalInfoResponse {@code {id, age, weight (kg), height (m),
 * biological_sex, email}}, one object, not a page) → the Athlete; weight and height are kept as pass-through
 * fields (Terra's Athlete has none).
 */
final class OuraPersonalInfoMapper implements OuraRecordMapper {
    @Override
    public String endpoint() {
        return "personal_info";
    }

    @Override
    public DataType dataType() {
        return DataType.ATHLETE;
    }

    @Override
    public Set<String> requiredFields() {
        return Set.of("id");
    }

    @Override
    public List<MappedRecord> map(JsonNode e) throws ConnectorException {
        String id = OuraDocs.id(e);
        Athlete.Builder a = Athlete.builder()
                .providerUserId(id)
                .age(ProviderJson.intValue(e, "age"))
                .sex(ProviderJson.text(e, "biological_sex"))
                .email(ProviderJson.text(e, "email"));
        Double w = ProviderJson.number(e, "weight");
        if (w != null) a.putExtra("weight_kg", w);
        Double h = ProviderJson.number(e, "height");
        if (h != null) a.putExtra("height_m", h);
        return List.of(MappedRecord.whole(a.build()));
    }
}
