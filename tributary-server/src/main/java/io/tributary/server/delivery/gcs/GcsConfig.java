package io.tributary.server.delivery.gcs;

import com.google.auth.oauth2.ServiceAccountCredentials;
import io.tributary.server.delivery.writer.ConfigFields;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Google Cloud Storage bucket written with a service account ({@code roles/storage.objectAdmin}).
 *
 * @param serviceAccountJson the key file's JSON text
 * @param endpoint optional API endpoint (emulators); null = Google
 */
public record GcsConfig(String bucket, String serviceAccountJson, String prefix, URI endpoint) {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public String toString() {
        return "GcsConfig[" + bucket + "]";
    }

    public static GcsConfig parse(JsonNode cfg) {
        ConfigFields f = new ConfigFields(cfg, "gcs");
        String bucket = f.required("bucket");
        if (bucket != null && !bucket.matches("[a-z0-9][a-z0-9._-]{1,221}[a-z0-9]"))
            f.problem("`bucket` must be a GCS bucket name");
        JsonNode sa = cfg == null ? null : cfg.get("service_account_json");
        String json = null;
        if (sa == null || sa.isNull())
            f.problem("`service_account_json` (the service account's key file) is required for a gcs destination");
        else {
            json = sa.isObject() ? sa.toString() : sa.asString();
            try {
                ServiceAccountCredentials.fromStream(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
            } catch (Exception e) {
                f.problem("`service_account_json` is not a service-account key file (" + e.getMessage() + ")");
            }
        }
        String prefix = f.optional("prefix", null);
        if (prefix != null) {
            prefix = prefix.replaceAll("^/+|/+$", "");
            if (prefix.isEmpty()) prefix = null;
        }
        URI endpoint = f.url("endpoint", false);
        f.done();
        return new GcsConfig(bucket, json, prefix, endpoint);
    }

    public ObjectNode toJson() {
        ObjectNode n = JSON.createObjectNode();
        n.put("bucket", bucket);
        n.put("service_account_json", serviceAccountJson);
        if (prefix != null) n.put("prefix", prefix);
        if (endpoint != null) n.put("endpoint", endpoint.toString());
        return n;
    }
}
