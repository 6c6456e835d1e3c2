package io.tributary.connectors;

import io.tributary.model.TerraDataModel;

/**
 * A model object as a mapper produced it.
 *
 * <p>Terra's identity keys (docs/decisions.md#17) make a Daily or Body one object per local day, but providers often
 * send one day in several summaries (Garmin: dailies, epochs, stress details, pulse ox…; Oura: daily activity and
 * readiness). A {@code partial} record carries only the parts its summary knows; ingest merges it into the stored
 * object of the same key with {@link RecordMerge} instead of replacing it, so no summary erases another's fields.
 *
 * @param model the Terra object
 * @param providerKey the provider's own id of the summary it came from (e.g. {@code dailies:x1-5f2c}), stable
 *     across pulls and pushes of the same summary; for logs, and so a re-push is recognised
 * @param partial merge into the stored object (true) or replace it (false)
 */
public record MappedRecord(TerraDataModel model, String providerKey, boolean partial) {
    public MappedRecord {
        if (model == null) throw new IllegalArgumentException("model");
    }

    /** A complete object; replaces a stored one with the same identity key. */
    public static MappedRecord whole(TerraDataModel model) {
        return new MappedRecord(model, model.identityKey(), false);
    }

    public static MappedRecord whole(TerraDataModel model, String providerKey) {
        return new MappedRecord(model, providerKey, false);
    }

    /** Part of an object; merged into a stored one with the same identity key. */
    public static MappedRecord partial(TerraDataModel model, String providerKey) {
        return new MappedRecord(model, providerKey, true);
    }

    /** Terra's identity key of the model (see {@link io.tributary.model.IdentityKeys}). */
    public String identityKey() {
        return model.identityKey();
    }
}
