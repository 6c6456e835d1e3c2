package io.tributary.server.shared;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Every {@code TRIBUTARY_*} setting. Spring's relaxed binding maps {@code TRIBUTARY_DATA_DIR} to {@code
 * tributary.data-dir}, {@code TRIBUTARY_DB_URL} to {@code tributary.db.url} and so on. Defaults live in
 * application.properties so the README's table can be checked against one file.
 */
@ConfigurationProperties("tributary")
public record TributaryProperties(
        Path dataDir,
        Db db,
        String adminToken,
        String publicUrl,
        String secretKey,
        int userCap,
        Duration signingSecretOverlap,
        boolean allowHttpWebhooks,
        boolean allowPrivateWebhooks,
        ReadJobs readJobs,
        Uploads uploads,
        Sdk sdk,
        Duration apiKeyCacheTtl) {

    /**
     * @param poolSize connections of the main pool
     * @param readPoolSize connections of the short synchronous reads' own pool; 0 means 2 per processor + 2
     */
    public record Db(String url, String user, String password, int poolSize, int readPoolSize) {}

    /** Asynchronous data reads ({@code to_webhook=true}): poll interval and worker threads per node. */
    public record ReadJobs(Duration poll, int workers) {}

    /**
     * File uploads: size limits (Apple Health exports have their own), background workers (worker 0 takes any
     * upload, the others uploads of at most {@code smallBytes}), their poll interval and the time one attempt at
     * an upload may take.
     */
    public record Uploads(
            long maxBytes, long maxAppleBytes, int workers, long smallBytes, Duration poll, Duration timeout) {}

    /** Mobile SDK ingestion: largest accepted {@code POST /v2/sdk/records} body in bytes. */
    public record Sdk(long maxBatchBytes) {}

    public boolean hasExternalDb() {
        return db != null && db.url() != null && !db.url().isBlank();
    }

    public boolean adminApiEnabled() {
        return adminToken != null && !adminToken.isBlank();
    }
}
