package io.tributary.server.delivery.s3;

import io.tributary.server.delivery.writer.ConfigFields;
import java.net.URI;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An S3 (or S3-compatible: MinIO, R2, Ceph …) bucket.
 *
 * @param endpoint override for S3-compatible stores; null = AWS
 * @param pathStyle path-style addressing ({@code endpoint/bucket/key}); defaults to true with an endpoint
 * @param prefix folder all objects go under; null = bucket root
 */
public record S3Config(
        String bucket,
        String region,
        String accessKeyId,
        String secretAccessKey,
        URI endpoint,
        boolean pathStyle,
        String prefix) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public String toString() {
        return "S3Config[" + bucket + " " + region + (endpoint == null ? "" : " " + endpoint) + "]";
    }

    public static S3Config parse(JsonNode cfg, String kind) {
        ConfigFields f = new ConfigFields(cfg, kind);
        S3Config c = read(f, "");
        f.done();
        return c;
    }

    /** Reads the fields, each name prefixed with {@code p} (SQS and Kafka read their overflow bucket as {@code s3_…}). */
    public static S3Config read(ConfigFields f, String p) {
        String bucket = f.required(p + "bucket");
        if (bucket != null && !bucket.matches("[a-z0-9][a-z0-9.\\-_]{1,254}"))
            f.problem("`" + p + "bucket` must be a bucket name (lower-case letters, digits, dots, hyphens)");
        String region = f.optional(p + "region", "us-east-1");
        if (!region.matches("[a-z0-9-]{2,32}")) f.problem("`" + p + "region` must be a region name like eu-west-1");
        String ak = f.required(p + "access_key_id");
        String sk = f.required(p + "secret_access_key");
        URI endpoint = f.url(p + "endpoint", false);
        boolean pathStyle = f.bool(p + "path_style", endpoint != null);
        String prefix = f.optional(p + "prefix", null);
        if (prefix != null) {
            prefix = prefix.replaceAll("^/+|/+$", "");
            if (prefix.isEmpty()) prefix = null;
        }
        return new S3Config(bucket, region, ak, sk, endpoint, pathStyle, prefix);
    }

    public ObjectNode toJson(String p) {
        ObjectNode n = JSON.createObjectNode();
        writeInto(n, p);
        return n;
    }

    public void writeInto(ObjectNode n, String p) {
        n.put(p + "bucket", bucket);
        n.put(p + "region", region);
        n.put(p + "access_key_id", accessKeyId);
        n.put(p + "secret_access_key", secretAccessKey);
        if (endpoint != null) n.put(p + "endpoint", endpoint.toString());
        n.put(p + "path_style", pathStyle);
        if (prefix != null) n.put(p + "prefix", prefix);
    }
}
