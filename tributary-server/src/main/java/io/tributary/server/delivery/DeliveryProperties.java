package io.tributary.server.delivery;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Delivery settings ({@code TRIBUTARY_DELIVERY_*}, {@code TRIBUTARY_WEBHOOK_TIMEOUT}); defaults in
 * application.properties.
 *
 * @param enabled run the dispatcher and workers in this process (off: this process only writes events)
 * @param workers size of the global send pool (max sends in flight in this process)
 * @param perDestinationConcurrency max sends in flight to one destination from this process
 * @param pollInterval fallback poll interval (LISTEN/NOTIFY and in-process signals wake the loops sooner)
 * @param batchSize events fanned out / deliveries claimed per database round trip
 * @param retrySchedule delay before each retry; after the last one the delivery is {@code failed}
 * @param retryJitter random ± fraction applied to each delay (0.2 = ±20 %)
 * @param webhookTimeout default send timeout (per destination: {@code timeout_seconds})
 * @param leaseMargin extra time a claimed delivery stays locked beyond its timeout before another worker may
 *     take it over
 * @param healthcheckInterval default interval of the periodic {@code healthcheck} event per destination
 * @param batchMax most deliveries of one destination handed to one {@link DestinationSender#sendBatch} (SQL,
 *     Kafka, S3, GCS, SQS, Supabase) when they are retried one by one; 1 turns batching off. Webhooks always
 *     get one event per request.
 * @param bulkBatchMax most events a bulk destination's cursor takes from the outbox per batch
 */
@ConfigurationProperties("tributary.delivery")
public record DeliveryProperties(
        boolean enabled,
        int workers,
        int perDestinationConcurrency,
        Duration pollInterval,
        int batchSize,
        List<Duration> retrySchedule,
        double retryJitter,
        Duration webhookTimeout,
        Duration leaseMargin,
        Duration healthcheckInterval,
        int batchMax,
        int bulkBatchMax) {}
