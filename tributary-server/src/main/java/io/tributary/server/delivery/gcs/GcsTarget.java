package io.tributary.server.delivery.gcs;

import com.google.auth.oauth2.ServiceAccountCredentials;
import com.google.cloud.storage.BlobInfo;
import com.google.cloud.storage.Storage;
import com.google.cloud.storage.StorageException;
import com.google.cloud.storage.StorageOptions;
import io.tributary.server.delivery.writer.ObjectLayout;
import io.tributary.server.delivery.writer.ParallelWrites;
import io.tributary.server.delivery.writer.Target;
import io.tributary.server.delivery.writer.TargetEvent;
import io.tributary.server.delivery.writer.TargetException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

/**
 * Writes each event as one JSON object under the object name of docs/decisions.md#15 with the Google Cloud Storage client; the
 * key ends in the trace id, so a redelivery overwrites the same object.
 */
public final class GcsTarget implements Target {
    private final GcsConfig cfg;
    private final Storage storage;
    private final Clock clock;
    private final ParallelWrites uploads = new ParallelWrites("gcs-upload", 16, java.time.Duration.ofSeconds(45));

    public GcsTarget(GcsConfig cfg, Clock clock) {
        this(cfg, build(cfg), clock);
    }

    /** With a given client (tests use the in-memory one from google-cloud-nio). */
    public GcsTarget(GcsConfig cfg, Storage storage, Clock clock) {
        this.cfg = cfg;
        this.clock = clock;
        this.storage = storage;
    }

    private static Storage build(GcsConfig cfg) {
        try {
            var creds = ServiceAccountCredentials.fromStream(
                    new ByteArrayInputStream(cfg.serviceAccountJson().getBytes(StandardCharsets.UTF_8)));
            var b = StorageOptions.newBuilder().setCredentials(creds).setProjectId(creds.getProjectId());
            if (cfg.endpoint() != null) b.setHost(cfg.endpoint().toString());
            return b.build().getService();
        } catch (IOException e) {
            throw new TargetException("the GCS service-account JSON cannot be read: " + e.getMessage(), false, e);
        }
    }

    public String key(TargetEvent e) {
        return ObjectLayout.key(cfg.prefix(), e);
    }

    @Override
    public void ping() {
        put(ObjectLayout.pingKey(cfg.prefix()), ObjectLayout.pingBody(clock.instant()), Map.of());
    }

    @Override
    public void write(TargetEvent e) {
        put(key(e), e.payload(), ObjectLayout.metadata(e));
    }

    /** GCS uploads have no batch form here: the batch's objects are uploaded concurrently (16 at most). */
    @Override
    public java.util.List<RuntimeException> writeBatch(java.util.List<TargetEvent> events) {
        return uploads.run(events, this::write);
    }

    private void put(String key, byte[] bytes, Map<String, String> meta) {
        try {
            storage.create(
                    BlobInfo.newBuilder(cfg.bucket(), key)
                            .setContentType("application/json")
                            .setMetadata(meta)
                            .build(),
                    bytes);
        } catch (StorageException e) {
            throw failure(key, e);
        } catch (RuntimeException e) {
            throw new TargetException(
                    "GCS upload gs://" + cfg.bucket() + "/" + key + " failed: " + TargetException.describe(e), e);
        }
    }

    /**
     * Names the configuration problems GCS reports (rejected key, missing bucket, access denied) as such and
     * marks them not retryable; network errors, 429 and 5xx stay retryable.
     */
    private TargetException failure(String key, StorageException e) {
        String where = "GCS upload gs://" + cfg.bucket() + "/" + key;
        String detail = TargetException.describe(e);
        int code = e.getCode();
        if (detail.contains("invalid_grant")
                || detail.contains("invalid_client")
                || detail.contains("unauthorized_client")
                || code == 401)
            return new TargetException(
                    where + " failed: the service account key was rejected (wrong, deleted or disabled key): " + detail,
                    false,
                    e);
        if (code == 404)
            return new TargetException(
                    where + " failed: bucket " + cfg.bucket() + " does not exist (404): " + detail, false, e);
        if (code == 403)
            return new TargetException(
                    where + " failed: access denied (403), the service account needs roles/storage.objectAdmin on"
                            + " the bucket: " + detail,
                    false,
                    e);
        boolean retryable = code == 0 || code >= 500 || code == 429 || code == 408 || e.isRetryable();
        return new TargetException(where + " failed (" + code + "): " + detail, retryable, e);
    }

    @Override
    public void close() {
        uploads.close();
        try {
            storage.close();
        } catch (Exception ignored) {
            // nothing to release beyond the HTTP transport
        }
    }
}
