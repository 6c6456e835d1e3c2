package io.tributary.model.testsupport;

import java.util.Comparator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The mapper used by the tests (Jackson 3 defaults) and a numeric-tolerant tree comparison. */
public final class Json {
    public static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** Numbers compare by value ({@code 60} equals {@code 60.0}); everything else by equality. */
    public static final Comparator<JsonNode> NUMERIC = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return Double.compare(a.doubleValue(), b.doubleValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    private Json() {}

    public static boolean sameTree(JsonNode a, JsonNode b) {
        return a.equals(NUMERIC, b);
    }
}
