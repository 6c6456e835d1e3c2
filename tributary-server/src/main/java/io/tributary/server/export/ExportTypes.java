package io.tributary.server.export;

import io.tributary.model.DataType;
import io.tributary.server.shared.ApiException;
import io.tributary.standards.fhir.FhirMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The {@code types} (or {@code _type}) parameter of the exports: Terra data types with a standard mapping. */
public final class ExportTypes {
    private ExportTypes() {}

    /** Every type that has a mapping, in a fixed order. */
    public static final List<DataType> ALL =
            Arrays.stream(DataType.values()).filter(FhirMapper::maps).toList();

    public static List<DataType> parse(String types) {
        if (types == null || types.isBlank()) return ALL;
        List<DataType> out = new ArrayList<>();
        for (String t : types.split(",")) {
            String name = t.trim();
            if (name.isEmpty()) continue;
            DataType type = ALL.stream()
                    .filter(d -> d.wireName().equalsIgnoreCase(name))
                    .findFirst()
                    .orElseThrow(() -> ApiException.badRequest("'types' lists '" + name + "'; the exported types are "
                            + ALL.stream().map(DataType::wireName).toList()));
            if (!out.contains(type)) out.add(type);
        }
        if (out.isEmpty()) throw ApiException.badRequest("'types' names no data type");
        return out;
    }

    /** Body readings (weigh-ins, blood pressure …) are sample arrays; the other types are mapped from summaries. */
    public static boolean withSamples(DataType type) {
        return type == DataType.BODY;
    }
}
