package io.tributary.server.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler method whose input or output stays raw JSON or a parameter map for the reason given: the shape is
 * not ours to type (a provider's callback parameters, a destination type's own fields). {@code ArchitectureTest}
 * lets only such methods take or return {@code JsonNode} or {@code Map}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface PassThrough {
    /** Why this edge cannot be a record. */
    String value();
}
