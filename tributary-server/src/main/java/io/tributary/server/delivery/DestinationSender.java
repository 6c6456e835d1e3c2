package io.tributary.server.delivery;

import io.tributary.server.shared.EnvironmentRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One destination type (webhook, postgres, mysql, supabase, s3, gcs, sqs, kafka …): how its configuration is
 * validated and how one event is handed to it. Register an implementation as a Spring bean (e.g. {@code
 * @Component}); {@link DestinationSenders} finds it by {@link #type()}. The delivery engine owns everything
 * else: fan-out, claiming, per-user ordering, retries with backoff, history, replay, disabling, healthchecks.
 *
 * <h2>Contract</h2>
 *
 * <ul>
 *   <li><b>Thread safety.</b> {@link #send} is called concurrently from the delivery worker pool, for the same
 *       and for different destinations. At most {@code tributary.delivery.per-destination-concurrency} calls
 *       (of {@code send} and {@link #sendBatch} together) run at once for one destination. Caching clients/connections per destination is fine: key the cache by
 *       {@link DestinationConfig#id()} and {@link DestinationConfig#version()} (the version changes whenever the
 *       destination is edited) and drop entries in {@link #forget}.
 *   <li><b>Blocking is fine, but bounded.</b> {@link #send} may block (JDBC, S3 PUT, Kafka ack …) but must
 *       return within {@link DestinationConfig#timeout()} (plus a little): the delivery lease is that timeout
 *       plus a margin, after which another worker may send the same delivery again.
 *   <li><b>Never throw for a failed send.</b> Return {@link SendOutcome#retry} for anything transient (network
 *       error, timeout, 5xx, throttling, a database that is down), {@link SendOutcome#gone} when the receiver
 *       says it never wants anything again (the engine disables the destination), {@link
 *       SendOutcome#success} once the event is durably accepted. An exception escaping {@code send} is treated
 *       as {@code retry} with the exception's message.
 *   <li><b>At-least-once and idempotency.</b> A delivery may be sent more than once (crash after sending but
 *       before recording, lease expiry, manual resend). {@link OutgoingEvent#traceId()} is stable for a
 *       delivery across every retry and resend: use it as the idempotency/dedupe key wherever the target has
 *       one (object key suffix, message deduplication id, SQL payload_id …).
 *   <li><b>Ordering.</b> The engine sends at most one delivery at a time per (destination, user, event type)
 *       stream and only after every earlier one of that stream succeeded or finally failed; the sender does
 *       nothing for ordering. {@link OutgoingEvent#orderingTimestamp()} is higher for a newer copy of a record.
 *   <li><b>Secrets.</b> Fields named in {@link #secretFields()} are encrypted at rest with {@code SecretBox},
 *       masked as {@code "********"} on GET, kept unchanged when a PATCH sends the mask back, and appear
 *       decrypted in {@link DestinationConfig#config()}.
 * </ul>
 */
public interface DestinationSender {

    /** The value of {@code "type"} in the destinations API, lower case: {@code "webhook"}, {@code "s3"} … */
    String type();

    /** Top-level config fields that hold secrets (passwords, keys, service-account JSON). */
    default Set<String> secretFields() {
        return Set.of();
    }

    /**
     * Checks a destination's configuration as sent to {@code POST/PATCH /v2/dashboard/destinations} (the whole
     * request body, including {@code "type"}; a PATCH body is merged over the stored plain config first) and
     * returns the normalised config to store: only the fields this type understands, with defaults filled in.
     * Secret fields are returned in plain text; the caller encrypts them.
     *
     * @throws io.tributary.server.shared.ApiException {@code badRequest(...)} naming the offending field
     */
    ObjectNode validateConfig(JsonNode config, EnvironmentRecord env);

    /** Sends one event. See the class contract: returns an outcome, does not throw for a failed send. */
    SendOutcome send(DestinationConfig destination, OutgoingEvent event);

    /**
     * Whether {@link #sendBatch} writes several events in fewer round trips than one {@link #send} each (one
     * transaction, one flush, one batch call). The engine then hands such a sender up to {@code
     * tributary.delivery.batch-max} queued deliveries of one destination at once; the others get one at a time.
     */
    default boolean batches() {
        return false;
    }

    /**
     * Sends several events of one destination and returns one outcome per event, in the same order. Events of
     * one user come in their order (a bulk destination's cursor hands over whole runs of the outbox): a target
     * with an order (Kafka partition, SQS FIFO group) must write them in that order; object stores and SQL
     * tables, where each event is its own key, need not. Same contract as {@link #send}: return within {@link DestinationConfig#timeout()} (for the whole
     * batch), never throw for a failed send, success only for events durably accepted. The default sends one
     * at a time.
     */
    default List<SendOutcome> sendBatch(DestinationConfig destination, List<OutgoingEvent> events) {
        List<SendOutcome> out = new ArrayList<>(events.size());
        for (OutgoingEvent e : events) {
            SendOutcome o;
            try {
                o = send(destination, e);
            } catch (RuntimeException ex) {
                o = SendOutcome.retry(null, "sender error: " + ex, null);
            }
            out.add(o);
        }
        return out;
    }

    /**
     * The dashboard's "ping" (test before saving): sends {@code healthcheckEvent} (a {@code healthcheck} event)
     * synchronously. Defaults to {@link #send}; override when a connectivity check differs from a write.
     */
    default SendOutcome ping(DestinationConfig destination, OutgoingEvent healthcheckEvent) {
        return send(destination, healthcheckEvent);
    }

    /** The destination was edited or deleted: drop any cached client/connection for it. */
    default void forget(String destinationId) {}

    /** A short, non-secret description for listings and logs, e.g. the URL or bucket. */
    default String describe(JsonNode plainConfig) {
        return type();
    }
}
