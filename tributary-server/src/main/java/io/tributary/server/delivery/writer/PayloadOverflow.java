package io.tributary.server.delivery.writer;

import java.time.Duration;

/**
 * Where a queue destination (SQS, Kafka) puts a payload too large for one message: a link served by Tributary
 * itself ({@link #served}), or the destination's own S3 bucket with that bucket's pre-signed URL ({@code
 * delivery.s3.S3Overflow}; fields {@code s3_bucket}, {@code s3_region}, {@code s3_access_key_id}, {@code
 * s3_secret_access_key}, optional {@code s3_endpoint}, {@code s3_prefix}).
 */
public interface PayloadOverflow extends AutoCloseable {
    /** A pre-signed link to {@code e}'s payload, valid for {@code ttl}. */
    String link(TargetEvent e, Duration ttl);

    @Override
    default void close() {}

    /** Links served by Tributary itself ({@link PayloadLinks}). */
    static PayloadOverflow served(PayloadLinks links) {
        return (e, ttl) -> links.link(e.eventId(), ttl);
    }
}
