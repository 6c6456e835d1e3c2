package io.tributary.server.delivery.sqs;

import io.tributary.server.delivery.s3.S3Config;
import io.tributary.server.delivery.writer.ConfigFields;
import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An SQS queue.
 *
 * @param endpoint SQS API endpoint; null = AWS for {@code region}. Derived from the queue URL when that is
 *     not an AWS URL (ElasticMQ, LocalStack …)
 * @param overflowBucket optional own bucket for payloads above 256 KiB ({@code s3_…} fields); null = links
 *     served by Tributary
 */
public record SqsConfig(
        URI queueUrl,
        String region,
        String accessKeyId,
        String secretAccessKey,
        URI endpoint,
        S3Config overflowBucket) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern AWS = Pattern.compile("sqs[.-]([a-z0-9-]+)\\.amazonaws\\.com(\\.cn)?");

    @Override
    public String toString() {
        return "SqsConfig[" + queueUrl + "]";
    }

    public boolean fifo() {
        return queueUrl.getPath().endsWith(".fifo");
    }

    /** The last path segment of the queue URL. */
    public String queueName() {
        String p = queueUrl.getPath();
        return p.substring(p.lastIndexOf('/') + 1);
    }

    /** The account id segment of the queue URL, or null. */
    public String accountId() {
        String[] parts = queueUrl.getPath().split("/");
        return parts.length >= 3 ? parts[parts.length - 2] : null;
    }

    public static SqsConfig parse(JsonNode cfg) {
        ConfigFields f = new ConfigFields(cfg, "sqs");
        URI q = f.url("queue_url", true);
        if (q != null && (q.getPath() == null || q.getPath().split("/").length < 2))
            f.problem(
                    "`queue_url` must be a queue URL like https://sqs.eu-west-1.amazonaws.com/123456789012/terra-events");
        String regionDefault = "us-east-1";
        boolean aws = false;
        if (q != null) {
            Matcher m = AWS.matcher(q.getHost());
            if (m.matches()) {
                regionDefault = m.group(1);
                aws = true;
            }
        }
        String region = f.optional("region", regionDefault);
        String ak = f.required("access_key_id");
        String sk = f.required("secret_access_key");
        URI endpoint = f.url("endpoint", false);
        if (endpoint == null && q != null && !aws) endpoint = URI.create(q.getScheme() + "://" + q.getRawAuthority());
        S3Config overflow = cfg != null && cfg.hasNonNull("s3_bucket") ? S3Config.read(f, "s3_") : null;
        f.done();
        return new SqsConfig(q, region, ak, sk, endpoint, overflow);
    }

    public ObjectNode toJson() {
        ObjectNode n = JSON.createObjectNode();
        n.put("queue_url", queueUrl.toString());
        n.put("region", region);
        n.put("access_key_id", accessKeyId);
        n.put("secret_access_key", secretAccessKey);
        if (endpoint != null) n.put("endpoint", endpoint.toString());
        if (overflowBucket != null) overflowBucket.writeInto(n, "s3_");
        return n;
    }
}
