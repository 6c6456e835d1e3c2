package io.tributary.model.enums;

/** A Terra enum serialised as a string. */
public interface TerraStringEnum {
    /** The string written on the wire. */
    String value();
}
