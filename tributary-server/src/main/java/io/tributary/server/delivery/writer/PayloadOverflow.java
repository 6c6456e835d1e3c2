package io.tributary.server.delivery.writer;

import io.tributary.server.delivery.s3.S3Config;
import io.tributary.server.delivery.s3.S3Target;
import java.time.Clock;
import java.time.Duration;

/**
 * Where a queue destination (SQS, Kafka) puts a payload too large for one message: a link served by
 * Tributary itself, or the destination's own S3 bucket with that bucket's pre-signed URL (fields {@code
 * s3_bucket}, {@code s3_region}, {@code s3_access_key_id}, {@code s3_secret_access_key}, optional {@code
 * s3_endpoint}, {@code s3_prefix}).
 */
public interface PayloadOverflow extends AutoCloseable {
    /** A pre-signed link to {@code e}'s payload, valid for {@code ttl}. */
    String link(TargetEvent e, Duration ttl);

    @Override
    default void close() {}

    static PayloadOverflow of(S3Config bucket, PayloadLinks links, Clock clock) {
        if (bucket == null) return (e, ttl) -> links.link(e.eventId(), ttl);
        S3Target s3 = new S3Target(bucket, 8, clock);
        return new PayloadOverflow() {
            @Override
            public String link(TargetEvent e, Duration ttl) {
                return s3.storeAndPresign(
                        ObjectLayout.key(bucket.prefix() == null ? "payloads" : bucket.prefix() + "/payloads", e),
                        e.payload(),
                        ttl);
            }

            @Override
            public void close() {
                s3.close();
            }
        };
    }
}
