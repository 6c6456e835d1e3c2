package io.tributary.server.export;

import io.tributary.model.DataType;
import io.tributary.model.TerraDataModel;
import io.tributary.server.storage.DataRange;
import io.tributary.server.storage.DataStore;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A user's stored objects of one type as model records, one at a time through the store's cursor (a year of
 * objects never sits in memory at once).
 */
@Component
public class StoredRecords {
    private final DataStore store;
    private final JsonMapper json;

    public StoredRecords(DataStore store, JsonMapper json) {
        this.store = store;
        this.json = json;
    }

    public void each(UUID environmentId, UUID userId, DataType type, DataRange range, Consumer<TerraDataModel> sink) {
        store.stream(environmentId, userId, type.wireName(), range, ExportTypes.withSamples(type), o -> {
            sink.accept((TerraDataModel) json.readValue(o.payloadJson(), type.modelClass()));
        });
    }
}
