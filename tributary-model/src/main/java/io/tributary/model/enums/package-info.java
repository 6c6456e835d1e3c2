/**
 * Terra enums.
 *
 * <h2>Design: records keep raw wire values, enums are typed views</h2>
 *
 * <p>Terra adds enum values over time (for example new {@link io.tributary.model.enums.ActivityType} codes). A record
 * component typed as a Java enum would either fail on an unknown value or silently turn it into {@code null}, losing
 * it. Therefore every enum-valued record component is declared with its raw wire type: {@code Integer} for numeric
 * enums, {@code String} for string enums (for lists: {@code List<Integer>} / {@code List<String>}). Unknown values are
 * read, kept and written back unchanged.
 *
 * <p>The enums in this package are the typed view:
 *
 * <ul>
 *   <li>numeric enums implement {@link io.tributary.model.enums.TerraIntEnum}: {@code @JsonValue int value()},
 *       {@code String label()}, {@code @JsonCreator static E fromValue(int)} (returns {@code null} for unknown values,
 *       never throws), {@code static Optional<E> of(Integer)} and {@code static boolean isKnown(Integer)};
 *   <li>string enums implement {@link io.tributary.model.enums.TerraStringEnum}: {@code @JsonValue String value()},
 *       {@code @JsonCreator static E fromValue(String)}, {@code of(String)} and {@code isKnown(String)}.
 * </ul>
 *
 * <p>Records expose {@code <component>AsEnum()} accessors returning {@code Optional<E>}, and their builders accept
 * either the raw value or the enum constant. When an enum is used directly as a Jackson property type, unknown
 * values deserialise to {@code null} instead of failing.
 */
package io.tributary.model.enums;
