package io.tributary.connectors;

import io.tributary.model.DataType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * One provider endpoint (or push summary type) mapped to Terra's model: a pure function from the provider's JSON
 * to model records, with no I/O and no clock. One small class per endpoint, e.g. {@code GarminDailiesMapper}, with
 * a test {@code GarminDailiesMapperTest} and a fixture {@code src/test/resources/<provider>/<endpoint>.json} shaped
 * exactly like the provider's documented example; {@code ConnectorConformanceTest} checks all three exist.
 */
public interface RecordMapper {
    /** The provider's name for what this maps, e.g. {@code dailies}; also the fixture's file name. */
    String endpoint();

    /** The Terra type it produces. */
    DataType dataType();

    /**
     * Field paths inside one element (dotted, {@code a.b}) without which {@link #map} refuses the element with
     * {@link ConnectorException.Kind#BAD_RESPONSE}. Every other field is optional: its absence never throws.
     */
    Set<String> requiredFields();

    /**
     * Maps one element (one summary, one list entry) to zero or more records.
     *
     * @throws ConnectorException of kind {@code BAD_RESPONSE} when the element is malformed (a required field
     *     missing or of the wrong type); never an unchecked exception for data the provider sent
     */
    List<MappedRecord> map(JsonNode element) throws ConnectorException;

    /**
     * The elements of a whole response or push body: a JSON array's entries, or the array under {@link
     * #endpoint()} of an object (Garmin's push shape {@code {"dailies":[…]}}), or the body itself. Override for
     * other envelopes (Oura's {@code data}, WHOOP's {@code records}).
     */
    default List<JsonNode> elements(JsonNode body) {
        List<JsonNode> out = new ArrayList<>();
        if (body == null || body.isNull() || body.isMissingNode()) return out;
        JsonNode list = body.isArray() ? body : body.get(endpoint());
        if (list == null) list = body;
        if (list.isArray()) list.forEach(out::add);
        else if (list.isObject()) out.add(list);
        return out;
    }

    /** Every element of {@code body} mapped; the first malformed element fails the whole body. */
    default List<MappedRecord> mapAll(JsonNode body) throws ConnectorException {
        List<MappedRecord> out = new ArrayList<>();
        for (JsonNode e : elements(body)) out.addAll(map(e));
        return out;
    }

    /**
     * Every element of {@code body} mapped, skipping malformed ones: each skipped element adds a line to {@code
     * problems} (for the server to log with the connection). A skipped element stores nothing at all.
     */
    default List<MappedRecord> mapEach(JsonNode body, List<String> problems) {
        List<MappedRecord> out = new ArrayList<>();
        int i = 0;
        for (JsonNode e : elements(body)) {
            try {
                out.addAll(map(e));
            } catch (ConnectorException ex) {
                problems.add(endpoint() + "[" + i + "]: " + ex.getMessage());
            }
            i++;
        }
        return out;
    }
}
