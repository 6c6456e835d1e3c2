package io.tributary.server.delivery.supabase;

import io.tributary.server.delivery.sql.SqlConfig;
import io.tributary.server.delivery.writer.ConfigFields;
import java.net.URI;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Supabase project: the three tables through its database connection string, raw payload files in its
 * Storage bucket (default {@code terra-payloads}) through the Storage REST API with the service-role key.
 */
public record SupabaseConfig(URI url, String serviceRoleKey, String databaseUrl, SqlConfig sql, String bucket) {
    public static final String DEFAULT_BUCKET = "terra-payloads";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public String toString() {
        return "SupabaseConfig[" + url + "]";
    }

    public static SupabaseConfig parse(JsonNode cfg) {
        ConfigFields f = new ConfigFields(cfg, "supabase");
        URI url = f.url("url", true);
        String key = f.required("service_role_key");
        String dbUrl = f.required("database_url");
        String schema = f.identifier("schema");
        int pool = f.integer("pool_size", SqlConfig.DEFAULT_POOL_SIZE, 1, 32);
        String bucket = f.optional("bucket", DEFAULT_BUCKET);
        if (!bucket.matches("[A-Za-z0-9._-]{1,100}")) f.problem("`bucket` must be a Storage bucket name");
        SqlConfig sql = dbUrl == null ? null : SqlConfig.supabase(dbUrl, schema, pool, f);
        f.done();
        return new SupabaseConfig(url, key, dbUrl, sql, bucket);
    }

    public ObjectNode toJson() {
        ObjectNode n = JSON.createObjectNode();
        n.put("url", url.toString());
        n.put("service_role_key", serviceRoleKey);
        n.put("database_url", databaseUrl);
        if (sql.schema() != null) n.put("schema", sql.schema());
        n.put("pool_size", sql.poolSize());
        n.put("bucket", bucket);
        return n;
    }
}
