package io.tributary.connectors.whoop;

import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.MappedRecord;
import io.tributary.connectors.ProviderJson;
import io.tributary.model.Athlete;
import io.tributary.model.DataType;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /v2/user/profile/basic} (UserBasicProfile {@code {user_id, email, first_name, last_name}}) → the
 * Athlete. The body measurement ({@code GET /v2/user/measurement/body}: {@code {height_meter, weight_kilogram,
 * max_heart_rate}}), joined by {@link WhoopConnector} under {@link #BODY}, is kept as pass-through fields {@code
 * height_m}, {@code weight_kg}, {@code max_heart_rate_bpm} (Terra's Athlete has none of them). WHOOP's body
 * measurement has no date, so it is not turned into a dated Body.
 */
final class WhoopProfileMapper implements WhoopRecordMapper {
    /** Where the joined body measurement sits in the profile (Tributary's join, not a WHOOP field). */
    static final String BODY = "body_measurement";

    @Override
    public String endpoint() {
        return "profile";
    }

    @Override
    public DataType dataType() {
        return DataType.ATHLETE;
    }

    @Override
    public Set<String> requiredFields() {
        return Set.of("user_id");
    }

    @Override
    public List<MappedRecord> map(JsonNode e) throws ConnectorException {
        long id = ProviderJson.requireLong(e, "user_id");
        Athlete.Builder a = Athlete.builder()
                .providerUserId(Long.toString(id))
                .email(ProviderJson.text(e, "email"))
                .firstName(ProviderJson.text(e, "first_name"))
                .lastName(ProviderJson.text(e, "last_name"));
        JsonNode body = ProviderJson.node(e, BODY);
        Double h = ProviderJson.number(body, "height_meter");
        if (h != null) a.putExtra("height_m", h);
        Double w = ProviderJson.number(body, "weight_kilogram");
        if (w != null) a.putExtra("weight_kg", w);
        Double max = ProviderJson.number(body, "max_heart_rate");
        if (max != null) a.putExtra("max_heart_rate_bpm", max);
        return List.of(MappedRecord.whole(a.build(), "profile:" + id));
    }
}
