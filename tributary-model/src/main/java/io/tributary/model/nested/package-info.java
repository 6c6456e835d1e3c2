/**
 * Nested objects and samples of the data models, one record per {@code schemas/core} file, named as the file.
 *
 * <p>See {@link io.tributary.model} for the conventions shared by all records.
 */
package io.tributary.model.nested;
