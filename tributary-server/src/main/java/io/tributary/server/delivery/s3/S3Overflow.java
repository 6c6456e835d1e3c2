package io.tributary.server.delivery.s3;

import io.tributary.server.delivery.writer.ObjectLayout;
import io.tributary.server.delivery.writer.PayloadLinks;
import io.tributary.server.delivery.writer.PayloadOverflow;
import io.tributary.server.delivery.writer.TargetEvent;
import java.time.Clock;
import java.time.Duration;

/**
 * A queue destination's overflow into its own S3 bucket: the payload is stored under {@code [prefix/]payloads/…}
 * (the object layout of docs/decisions.md#14 and #15) and the message carries that bucket's pre-signed URL. It lives
 * here, not in {@code writer}, so that the writer toolkit depends on no destination package.
 */
public final class S3Overflow implements PayloadOverflow {
    private final S3Config bucket;
    private final S3Target s3;

    private S3Overflow(S3Config bucket, Clock clock) {
        this.bucket = bucket;
        this.s3 = new S3Target(bucket, 8, clock);
    }

    /** The configured bucket's overflow, or Tributary's own links when the destination names no bucket. */
    public static PayloadOverflow forBucket(S3Config bucket, PayloadLinks links, Clock clock) {
        return bucket == null ? PayloadOverflow.served(links) : new S3Overflow(bucket, clock);
    }

    @Override
    public String link(TargetEvent e, Duration ttl) {
        String prefix = bucket.prefix() == null ? "payloads" : bucket.prefix() + "/payloads";
        return s3.storeAndPresign(ObjectLayout.key(prefix, e), e.payload(), ttl);
    }

    @Override
    public void close() {
        s3.close();
    }
}
