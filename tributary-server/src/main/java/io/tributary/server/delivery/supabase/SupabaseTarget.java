package io.tributary.server.delivery.supabase;

import io.tributary.server.delivery.sql.SqlTarget;
import io.tributary.server.delivery.writer.ObjectLayout;
import io.tributary.server.delivery.writer.ParallelWrites;
import io.tributary.server.delivery.writer.Target;
import io.tributary.server.delivery.writer.TargetEvent;
import io.tributary.server.delivery.writer.TargetException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/**
 * Supabase: the payload file goes to Storage first ({@code POST /storage/v1/object/<bucket>/<key>} with
 * {@code x-upsert: true}, so a redelivery overwrites the same file), then the rows go to the tables (as
 * the PostgreSQL destination, {@code created_at TIMESTAMPTZ}). The ping creates the bucket when it is
 * missing.
 */
public final class SupabaseTarget implements Target {
    private final SupabaseConfig cfg;
    private final SqlTarget sql;
    private final HttpClient http;
    private final ParallelWrites uploads = new ParallelWrites("supabase-upload", 16, Duration.ofSeconds(45));

    public SupabaseTarget(String destinationId, SupabaseConfig cfg, Clock clock) {
        this.cfg = cfg;
        this.sql = new SqlTarget(destinationId, cfg.sql(), clock);
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public void ping() {
        HttpResponse<String> r = call(
                HttpRequest.newBuilder(uri("/storage/v1/bucket/" + cfg.bucket()))
                        .GET(),
                "GET bucket");
        if (r.statusCode() == 404 || (r.statusCode() == 400 && r.body().contains("not found"))) {
            String body = "{\"id\":\"" + cfg.bucket() + "\",\"name\":\"" + cfg.bucket() + "\",\"public\":false}";
            r = call(
                    HttpRequest.newBuilder(uri("/storage/v1/bucket"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)),
                    "create bucket");
        }
        if (r.statusCode() / 100 != 2) throw storageFailure("Supabase Storage, bucket " + cfg.bucket(), r);
        sql.ping();
    }

    @Override
    public void write(TargetEvent e) {
        upload(e);
        sql.write(e);
    }

    /**
     * The batch's files are uploaded concurrently, then the rows of the events whose file is stored go to the
     * tables in one transaction ({@link SqlTarget#writeBatch}); an event whose upload failed gets no row.
     */
    @Override
    public java.util.List<RuntimeException> writeBatch(java.util.List<TargetEvent> events) {
        java.util.List<RuntimeException> out = new java.util.ArrayList<>(uploads.run(events, this::upload));
        java.util.List<Integer> uploaded = new java.util.ArrayList<>();
        for (int i = 0; i < out.size(); i++) if (out.get(i) == null) uploaded.add(i);
        if (uploaded.isEmpty()) return out;
        java.util.List<RuntimeException> rows =
                sql.writeBatch(uploaded.stream().map(events::get).toList());
        for (int k = 0; k < uploaded.size(); k++) out.set(uploaded.get(k), rows.get(k));
        return out;
    }

    private void upload(TargetEvent e) {
        String key = ObjectLayout.key(null, e);
        HttpResponse<String> r = call(
                HttpRequest.newBuilder(uri("/storage/v1/object/" + cfg.bucket() + "/" + encodePath(key)))
                        .header("Content-Type", "application/json")
                        .header("x-upsert", "true")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(e.payload())),
                "upload");
        if (r.statusCode() / 100 != 2) throw storageFailure("Supabase Storage upload of " + key, r);
    }

    /**
     * Storage errors: a rejected key (401/403, or a 400 whose body carries statusCode 401/403 or a JWT error, as
     * Supabase Storage sends them) is a configuration error and not retryable; 5xx and 429 are retryable.
     */
    private static TargetException storageFailure(String what, HttpResponse<String> r) {
        int st = r.statusCode();
        String body = r.body() == null ? "" : r.body();
        boolean rejected = st == 401
                || st == 403
                || body.matches("(?s).*\"statusCode\"\\s*:\\s*\"?40[13].*")
                || body.contains("Invalid JWT")
                || body.contains("invalid signature");
        if (rejected)
            return new TargetException(
                    what + ": the service_role_key was rejected (" + st + "): " + abbreviate(body), false, null);
        return new TargetException(
                what + " answered " + st + ": " + abbreviate(body), st >= 500 || st == 429 || st == 408, null);
    }

    private HttpResponse<String> call(HttpRequest.Builder b, String what) {
        HttpRequest req = b.header("Authorization", "Bearer " + cfg.serviceRoleKey())
                .header("apikey", cfg.serviceRoleKey())
                .timeout(Duration.ofSeconds(30))
                .build();
        try {
            return http.send(req, HttpResponse.BodyHandlers.ofString());
        } catch (IOException ex) {
            throw new TargetException(
                    "Supabase Storage " + what + " at " + cfg.url() + " failed: " + TargetException.describe(ex), ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new TargetException("interrupted", ex);
        }
    }

    private URI uri(String path) {
        return URI.create(cfg.url() + path);
    }

    static String encodePath(String key) {
        StringBuilder sb = new StringBuilder();
        for (String part : key.split("/")) {
            if (!sb.isEmpty()) sb.append('/');
            sb.append(URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return sb.toString();
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    @Override
    public void close() {
        uploads.close();
        sql.close();
    }
}
