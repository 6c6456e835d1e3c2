package io.tributary.model.enums;

/** A Terra enum serialised as an integer. */
public interface TerraIntEnum {
    /** The integer written on the wire. */
    int value();

    /** Human-readable name. */
    String label();
}
