package io.tributary.model.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record component (or its accessor) holding raw enum values ({@code Integer}/{@code String}, or a list of
 * them) and names the enum that describes the known values. Used for documentation and reflective tooling; it has no
 * effect on JSON binding.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER})
public @interface EnumType {
    Class<? extends Enum<?>> value();
}
