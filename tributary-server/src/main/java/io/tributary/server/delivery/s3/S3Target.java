package io.tributary.server.delivery.s3;

import io.tributary.server.delivery.writer.ObjectLayout;
import io.tributary.server.delivery.writer.ParallelWrites;
import io.tributary.server.delivery.writer.Target;
import io.tributary.server.delivery.writer.TargetEvent;
import io.tributary.server.delivery.writer.TargetException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Writes each event as one JSON object under the object name of docs/decisions.md#15. The key ends in the trace id, so a
 * redelivery overwrites the same object (idempotent). Also hands out the bucket's own pre-signed GET links
 * for SQS/Kafka {@code s3_payload} wrappers ({@link #storeAndPresign}).
 */
public final class S3Target implements Target {
    private final S3Config cfg;
    private final S3Client s3;
    private final S3Presigner presigner;
    private final ParallelWrites puts;
    private final Clock clock;

    public S3Target(S3Config cfg, int maxConnections, Clock clock) {
        this.cfg = cfg;
        this.clock = clock;
        var creds =
                StaticCredentialsProvider.create(AwsBasicCredentials.create(cfg.accessKeyId(), cfg.secretAccessKey()));
        var s3cfg = S3Configuration.builder()
                .pathStyleAccessEnabled(cfg.pathStyle())
                .build();
        var b = S3Client.builder()
                .region(Region.of(cfg.region()))
                .credentialsProvider(creds)
                .serviceConfiguration(s3cfg)
                .httpClientBuilder(ApacheHttpClient.builder()
                        .maxConnections(maxConnections)
                        .connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(Duration.ofSeconds(30)))
                .overrideConfiguration(
                        o -> o.apiCallTimeout(Duration.ofSeconds(45)).retryStrategy(r -> r.maxAttempts(2)));
        var p = S3Presigner.builder()
                .region(Region.of(cfg.region()))
                .credentialsProvider(creds)
                .serviceConfiguration(s3cfg);
        if (cfg.endpoint() != null) {
            b.endpointOverride(cfg.endpoint());
            p.endpointOverride(cfg.endpoint());
        }
        this.s3 = b.build();
        this.presigner = p.build();
        this.puts = new ParallelWrites("s3-put", maxConnections, Duration.ofSeconds(45));
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

    /** S3 has no batch PUT: the batch's objects are PUT concurrently (up to the connection pool's size). */
    @Override
    public java.util.List<RuntimeException> writeBatch(java.util.List<TargetEvent> events) {
        return puts.run(events, this::write);
    }

    /** Stores {@code bytes} under {@code key} and returns a pre-signed GET link valid for {@code ttl}. */
    public String storeAndPresign(String key, byte[] bytes, Duration ttl) {
        put(key, bytes, Map.of());
        try {
            return presigner
                    .presignGetObject(r -> r.signatureDuration(ttl)
                            .getObjectRequest(g -> g.bucket(cfg.bucket()).key(key)))
                    .url()
                    .toString();
        } catch (SdkException e) {
            throw new TargetException(
                    "cannot pre-sign s3://" + cfg.bucket() + "/" + key + ": " + TargetException.describe(e), e);
        }
    }

    private void put(String key, byte[] bytes, Map<String, String> meta) {
        try {
            s3.putObject(
                    PutObjectRequest.builder()
                            .bucket(cfg.bucket())
                            .key(key)
                            .contentType("application/json")
                            .metadata(meta)
                            .build(),
                    RequestBody.fromBytes(bytes));
        } catch (S3Exception e) {
            throw failure("S3 PUT s3://" + cfg.bucket() + "/" + key + " failed", e);
        } catch (SdkException e) {
            throw new TargetException(
                    "S3 PUT s3://" + cfg.bucket() + "/" + key + " failed: " + TargetException.describe(e), e);
        }
    }

    /**
     * Names what S3 said when the configuration is wrong (unknown key, wrong secret, access denied, missing
     * bucket, wrong region): not retryable. 5xx, 429 and 408 are.
     */
    private TargetException failure(String what, S3Exception e) {
        int status = e.statusCode();
        String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
        String said = " (" + status + (code == null ? "" : " " + code) + ")";
        String hint = switch (code == null ? "" : code) {
            case "InvalidAccessKeyId" -> "the access key id is not known to the store";
            case "SignatureDoesNotMatch" -> "the secret access key is wrong";
            case "AccessDenied", "AllAccessDisabled" -> "access denied, the key needs s3:PutObject on the bucket";
            case "NoSuchBucket" -> "bucket " + cfg.bucket() + " does not exist";
            case "PermanentRedirect", "AuthorizationHeaderMalformed", "IllegalLocationConstraintException" ->
                "the bucket is in another region than `region` " + cfg.region();
            default ->
                status == 403 ? "access denied" : status == 404 ? "bucket " + cfg.bucket() + " does not exist" : null;
        };
        if (hint != null) return new TargetException(what + ": " + hint + said, false, e);
        boolean retryable = status >= 500 || status == 429 || status == 408;
        return new TargetException(what + said, retryable, e);
    }

    @Override
    public void close() {
        puts.close();
        presigner.close();
        s3.close();
    }
}
