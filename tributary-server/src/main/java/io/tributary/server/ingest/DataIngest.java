package io.tributary.server.ingest;

import io.tributary.model.DataType;
import io.tributary.model.TerraDataModel;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.storage.User;
import java.util.List;

/**
 * The one way data enters Tributary, whatever its source (provider pull or push, sandbox, file upload,
 * mobile SDK): dedupe by identity key (docs/decisions.md#17), store, and append the data events to the outbox in
 * the same transaction. Types disabled in the environment's data-type settings are dropped here.
 */
public interface DataIngest {

    /**
     * @param reference the {@code terra-reference} for the resulting events (a fresh UUID string for
     *     unsolicited data)
     * @return what happened, per type
     */
    default IngestResult ingest(
            EnvironmentRecord env, User user, List<? extends TerraDataModel> items, String reference) {
        return ingest(env, user, items, reference, true);
    }

    /**
     * As {@link #ingest(EnvironmentRecord, User, List, String)}; with {@code emitEvents=false} the data is stored
     * without events (a read that pulled missing data emits the result itself, once, with the request's reference).
     */
    IngestResult ingest(
            EnvironmentRecord env,
            User user,
            List<? extends TerraDataModel> items,
            String reference,
            boolean emitEvents);

    /**
     * Ingests what a connector mapped: whole records as {@link #ingest}, partial ones merged into the stored object
     * of the same identity key first ({@link io.tributary.connectors.RecordMerge}), in order, so several summaries
     * of one day add up to one object. Emits (when {@code emitEvents}) the merged objects that changed.
     */
    IngestResult ingestMapped(
            EnvironmentRecord env,
            User user,
            List<io.tributary.connectors.MappedRecord> records,
            String reference,
            boolean emitEvents);

    /**
     * Removes stored objects whose source records no longer exist (records deleted on a phone) and emits, per type,
     * one data event (chunked like any other) carrying a tombstone of each removed object: its last {@code metadata}
     * only (identity fields intact, no data), with {@code metadata.upload_type} 4 (Delete) for the types whose
     * metadata has Terra's {@code UploadType} (activity, daily). Keys with nothing stored are skipped.
     *
     * @return how many objects were removed
     */
    int remove(EnvironmentRecord env, User user, DataType type, List<String> identityKeys, String reference);

    /** Counts of what an ingest did: new objects, replaced (newer copy of an existing identity key), unchanged. */
    record IngestResult(int inserted, int replaced, int unchanged, int eventsEmitted) {
        public static final IngestResult EMPTY = new IngestResult(0, 0, 0, 0);
    }
}
