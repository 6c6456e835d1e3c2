package io.tributary.connectors;

import io.tributary.model.TerraDataModel;
import java.util.List;

/**
 * What a pull produced: model objects ready to ingest (the server dedupes by identity key), each with how it
 * combines with a stored object of the same key ({@link MappedRecord}).
 *
 * @param items the models of {@code records}, in the same order
 * @param records the models with their provider keys and merge mode
 */
public record FetchResult(boolean supported, List<? extends TerraDataModel> items, List<MappedRecord> records) {

    public FetchResult {
        if (records == null)
            records = items == null
                    ? List.of()
                    : items.stream().map(MappedRecord::whole).toList();
        else records = List.copyOf(records);
        if (items == null) items = records.stream().map(MappedRecord::model).toList();
        else items = List.copyOf(items);
    }

    public FetchResult(boolean supported, List<? extends TerraDataModel> items) {
        this(supported, items, null);
    }

    public static FetchResult unsupported() {
        return new FetchResult(false, List.of(), List.of());
    }

    /** Whole objects (each replaces a stored one with the same identity key). */
    public static FetchResult of(List<? extends TerraDataModel> items) {
        return new FetchResult(true, items, null);
    }

    /** Mapped records, whole or partial. */
    public static FetchResult mapped(List<MappedRecord> records) {
        return new FetchResult(true, null, records);
    }
}
