package io.tributary.connectors;

import io.tributary.model.TerraDataModel;
import java.util.List;

/** What a pull produced: model objects ready to ingest (the server dedupes by identity key). */
public record FetchResult(boolean supported, List<? extends TerraDataModel> items) {
    public static FetchResult unsupported() {
        return new FetchResult(false, List.of());
    }

    public static FetchResult of(List<? extends TerraDataModel> items) {
        return new FetchResult(true, items);
    }
}
