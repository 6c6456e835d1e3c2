package io.tributary.server.ingest;

import io.tributary.model.TerraDataModel;
import io.tributary.server.storage.EnvironmentRecord;
import io.tributary.server.storage.User;
import java.util.List;

/**
 * The one way data enters Tributary, whatever its source (provider pull or push, sandbox, file upload,
 * mobile SDK): dedupe by identity key (spec decision 17), store, and append the data events to the outbox in
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

    /** Counts of what an ingest did: new objects, replaced (newer copy of an existing identity key), unchanged. */
    record IngestResult(int inserted, int replaced, int unchanged, int eventsEmitted) {
        public static final IngestResult EMPTY = new IngestResult(0, 0, 0, 0);
    }
}
