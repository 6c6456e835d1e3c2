/**
 * Tributary's Terra-compatible data model: plain Java records with Jackson annotations only.
 *
 * <h2>Conventions of every record</h2>
 *
 * <ul>
 *   <li>One record per object schema of {@code schemas/core}, same name; the JSON property names are exact
 *       ({@code @JsonProperty} on every component), Java names are camel case ({@code MET_data} → {@code metData},
 *       {@code duration_REM_sleep_state_seconds} → {@code durationRemSleepStateSeconds}).
 *   <li>All components are nullable boxed types: {@code Double} for numbers, {@code Integer} for integers,
 *       {@code Boolean}, {@code String} for timestamps (kept exactly as given, see {@link io.tributary.model.Timestamps}),
 *       {@code List} for arrays, {@code Map<String, Double>} for {@code RecordFloat}. {@code null} components are not
 *       written ({@code @JsonInclude(NON_NULL)}).
 *   <li>Enum values are stored raw ({@code Integer}/{@code String}) so unknown values are lossless; typed views via
 *       {@code xAsEnum()} and {@link io.tributary.model.enums}.
 *   <li>Unknown properties: the last component {@code Map<String, Object> extra} is annotated
 *       {@code @JsonAnySetter @JsonAnyGetter}; Jackson 3 supports any-setters on record constructor parameters, so
 *       unknown input properties are collected there and written back unchanged. {@code extra} is never {@code null}
 *       and is unmodifiable.
 *   <li>{@code builder()} / {@code toBuilder()} give fluent builders; builders of enum components also accept the enum
 *       constant.
 *   <li>Top-level data objects implement {@link io.tributary.model.TerraDataModel}: {@code dataType()},
 *       {@code identityKey()} ({@link io.tributary.model.IdentityKeys}) and {@code withoutSamples()}
 *       ({@link io.tributary.model.SampleFields}).
 * </ul>
 *
 * <p>Aliases: {@code ActivityLevelSample.activity_level}/{@code level} and
 * {@code GlucoseData.day_avg_blood_glucose_mg_per_dL}/{@code _dl} accept either on input and write both.
 */
package io.tributary.model;
