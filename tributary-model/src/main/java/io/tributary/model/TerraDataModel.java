package io.tributary.model;

/**
 * A top-level Terra data object: an element of the {@code data} array of a data event (or the {@code athlete} of an
 * athlete event).
 */
public interface TerraDataModel {
    /** The data type this object belongs to. */
    DataType dataType();

    /**
     * The identity (upsert) key of this object within one user, per docs/decisions.md#17; see {@link IdentityKeys}. {@code null}
     * when the identifying field is absent.
     */
    String identityKey();

    /** A copy without time-series sample arrays ({@code with_samples=false}); see {@link SampleFields}. */
    TerraDataModel withoutSamples();
}
