/** Lab-report objects ({@code schemas/core/LabReport*.yaml}), same conventions as {@link io.tributary.model}. */
package io.tributary.model.labreport;
