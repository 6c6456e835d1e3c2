/**
 * Event wrappers ({@code schemas/core/*Event.yaml} plus catalogue events without a schema file) and the HTTP
 * acknowledgement records ({@link io.tributary.model.event.DataSentToWebhook},
 * {@link io.tributary.model.event.NoDataReturned}, {@link io.tributary.model.event.RequestProcessing}).
 *
 * <p>Constant {@code type}/{@code status} properties default to their schema constant when {@code null} is passed,
 * so {@code XEvent.builder()...build()} needs only the payload. Data events have {@code of(user, data)} factories that
 * also set {@code version} to {@value io.tributary.model.event.DataEvent#VERSION}. Unknown properties are kept in
 * {@code extra()} as on all model records.
 */
package io.tributary.model.event;
