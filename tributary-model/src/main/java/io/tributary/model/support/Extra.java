package io.tributary.model.support;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Helpers for the {@code extra} component that every model record carries.
 *
 * <p>{@code extra} holds JSON properties the record does not declare. Jackson fills it through
 * {@code @JsonAnySetter} on the canonical-constructor parameter (supported for records by Jackson 2.18+ and 3.x) and
 * writes it back through {@code @JsonAnyGetter}, so unknown input properties survive a round trip unchanged (values
 * are plain {@code Map}/{@code List}/{@code String}/{@code Number}/{@code Boolean}/{@code null}).
 */
public final class Extra {
    private Extra() {}

    /** An unmodifiable, insertion-ordered copy of {@code extra}; an empty map for {@code null}. Null values are kept. */
    public static Map<String, Object> copy(Map<String, Object> extra) {
        if (extra == null || extra.isEmpty()) {
            return Map.of();
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }
}
