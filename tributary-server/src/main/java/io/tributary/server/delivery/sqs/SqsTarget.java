package io.tributary.server.delivery.sqs;

import io.tributary.server.delivery.writer.PayloadLinks;
import io.tributary.server.delivery.writer.PayloadOverflow;
import io.tributary.server.delivery.writer.Target;
import io.tributary.server.delivery.writer.TargetEvent;
import io.tributary.server.delivery.writer.TargetException;
import io.tributary.server.shared.Timestamps;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.BatchResultErrorEntry;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;
import software.amazon.awssdk.services.sqs.model.SendMessageRequest;
import software.amazon.awssdk.services.sqs.model.SqsException;

/**
 * Sends each event as one SQS message (docs/decisions.md#14): the event JSON as the body when the message fits in
 * 256 KiB, else an {@code s3_payload} wrapper with a pre-signed link valid 600 s. Message attributes carry
 * the trace id, event type, user id, reference and ordering timestamp. FIFO queues get {@code
 * MessageGroupId} = user id (per-user order) and {@code MessageDeduplicationId} = trace id, so SQS itself
 * drops a redelivery within its 5-minute window; standard queues may repeat a message with the same trace id.
 */
public final class SqsTarget implements Target {
    /** SQS's limit for body plus attributes. */
    static final int MAX_MESSAGE_BYTES = 256 * 1024;

    private final SqsConfig cfg;
    private final SqsClient sqs;
    private final PayloadOverflow overflow;
    private final Duration linkTtl;

    public SqsTarget(SqsConfig cfg, PayloadOverflow overflow, Duration linkTtl) {
        this.cfg = cfg;
        this.overflow = overflow;
        this.linkTtl = linkTtl;
        var b = SqsClient.builder()
                .region(Region.of(cfg.region()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(cfg.accessKeyId(), cfg.secretAccessKey())))
                .httpClientBuilder(ApacheHttpClient.builder()
                        .maxConnections(32)
                        .connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(Duration.ofSeconds(20)))
                .overrideConfiguration(
                        o -> o.apiCallTimeout(Duration.ofSeconds(30)).retryStrategy(r -> r.maxAttempts(2)));
        if (cfg.endpoint() != null) b.endpointOverride(cfg.endpoint());
        this.sqs = b.build();
    }

    @Override
    public void ping() {
        try {
            sqs.getQueueUrl(r -> {
                r.queueName(cfg.queueName());
                if (cfg.accountId() != null && cfg.accountId().matches("\\d{12}"))
                    r.queueOwnerAWSAccountId(cfg.accountId());
            });
        } catch (SdkException e) {
            throw failure("cannot reach SQS queue " + cfg.queueUrl(), e);
        }
    }

    @Override
    public void write(TargetEvent e) {
        Message m = message(e);
        SendMessageRequest.Builder r = SendMessageRequest.builder()
                .queueUrl(cfg.queueUrl().toString())
                .messageBody(m.body())
                .messageAttributes(m.attributes());
        if (cfg.fifo())
            r.messageGroupId(e.userId() == null ? "none" : e.userId()).messageDeduplicationId(e.traceId());
        try {
            sqs.sendMessage(r.build());
        } catch (SdkException ex) {
            throw failure("SQS SendMessage to " + cfg.queueUrl() + " failed", ex);
        }
    }

    /** One message as SQS will receive it, and its size as SQS counts it (body plus attributes). */
    private record Message(String body, Map<String, MessageAttributeValue> attributes, int bytes) {}

    /** The event JSON as the body, or the {@code s3_payload} wrapper when body and attributes exceed 256 KiB. */
    private Message message(TargetEvent e) {
        Map<String, MessageAttributeValue> attrs = attributes(e);
        int attrBytes = attrs.entrySet().stream()
                .mapToInt(a ->
                        a.getKey().length() + 6 + a.getValue().stringValue().getBytes(StandardCharsets.UTF_8).length)
                .sum();
        String body = e.payload().length + attrBytes <= MAX_MESSAGE_BYTES
                ? e.payloadString()
                : new String(PayloadLinks.wrapper(overflow.link(e, linkTtl), linkTtl), StandardCharsets.UTF_8);
        return new Message(body, attrs, body.getBytes(StandardCharsets.UTF_8).length + attrBytes);
    }

    /**
     * {@code SendMessageBatch}: up to 10 messages per call and at most 256 KiB per call in total (SQS's limits),
     * each message exactly as {@link #write} would send it (same overflow rule, FIFO group and deduplication
     * id). SQS answers per entry; an entry it rejected, or every entry of a call that failed, gets its own
     * failure.
     */
    @Override
    public List<RuntimeException> writeBatch(List<TargetEvent> events) {
        RuntimeException[] out = new RuntimeException[events.size()];
        List<Integer> call = new ArrayList<>();
        List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
        int callBytes = 0;
        for (int i = 0; i < events.size(); i++) {
            TargetEvent e = events.get(i);
            Message m;
            try {
                m = message(e);
            } catch (RuntimeException ex) { // the overflow bucket refused the payload
                out[i] = ex;
                continue;
            }
            if (!entries.isEmpty() && (entries.size() == 10 || callBytes + m.bytes() > MAX_MESSAGE_BYTES)) {
                sendBatch(call, entries, out);
                call.clear();
                entries.clear();
                callBytes = 0;
            }
            SendMessageBatchRequestEntry.Builder b = SendMessageBatchRequestEntry.builder()
                    .id(String.valueOf(entries.size()))
                    .messageBody(m.body())
                    .messageAttributes(m.attributes());
            if (cfg.fifo())
                b.messageGroupId(e.userId() == null ? "none" : e.userId()).messageDeduplicationId(e.traceId());
            call.add(i);
            entries.add(b.build());
            callBytes += m.bytes();
        }
        if (!entries.isEmpty()) sendBatch(call, entries, out);
        return java.util.Arrays.asList(out);
    }

    private void sendBatch(List<Integer> call, List<SendMessageBatchRequestEntry> entries, RuntimeException[] out) {
        String what = "SQS SendMessageBatch to " + cfg.queueUrl() + " failed";
        try {
            SendMessageBatchResponse r = sqs.sendMessageBatch(
                    b -> b.queueUrl(cfg.queueUrl().toString()).entries(entries));
            java.util.Set<String> ok = new java.util.HashSet<>();
            r.successful().forEach(s -> ok.add(s.id()));
            Map<String, BatchResultErrorEntry> failed = new java.util.HashMap<>();
            r.failed().forEach(f -> failed.put(f.id(), f));
            for (int k = 0; k < call.size(); k++) {
                String id = String.valueOf(k);
                if (ok.contains(id)) continue;
                BatchResultErrorEntry f = failed.get(id);
                out[call.get(k)] = f == null
                        ? new TargetException(what + ": SQS did not report on this message")
                        : entryFailure(what, f);
            }
        } catch (SdkException ex) {
            TargetException t = failure(what, ex);
            for (int i : call) out[i] = t;
        }
    }

    /**
     * A rejected entry. Credentials and access problems fail the whole call (an exception), so an entry's own
     * failure is about that message (invalid content) or SQS itself; either way it is this event's failure only.
     */
    private static TargetException entryFailure(String what, BatchResultErrorEntry f) {
        String detail = f.code() + (f.message() == null ? "" : ": " + f.message());
        boolean senderFault = Boolean.TRUE.equals(f.senderFault());
        return new TargetException(
                what + " for this message (" + (senderFault ? "message rejected" : "SQS error") + "): " + detail,
                true,
                null);
    }

    static Map<String, MessageAttributeValue> attributes(TargetEvent e) {
        Map<String, MessageAttributeValue> m = new LinkedHashMap<>();
        put(m, "terra-trace-id", e.traceId());
        put(m, "terra-event-type", e.type());
        put(m, "terra-event-id", e.eventId());
        put(m, "terra-user-id", e.userId());
        put(m, "terra-reference", e.reference());
        put(m, "terra-ordering-timestamp", e.orderingTs() == null ? null : Timestamps.iso(e.orderingTs()));
        return m;
    }

    private static void put(Map<String, MessageAttributeValue> m, String k, String v) {
        if (v != null && !v.isEmpty())
            m.put(
                    k,
                    MessageAttributeValue.builder()
                            .dataType("String")
                            .stringValue(v)
                            .build());
    }

    /**
     * Names what SQS said when the configuration is wrong (missing queue, rejected credentials, access denied):
     * not retryable. Network errors, 5xx and throttling are.
     */
    private static TargetException failure(String what, SdkException e) {
        if (e instanceof QueueDoesNotExistException)
            return new TargetException(what + ": the queue does not exist: " + TargetException.describe(e), false, e);
        if (!(e instanceof SqsException s))
            return new TargetException(what + ": " + TargetException.describe(e), true, e);
        String code = s.awsErrorDetails() == null
                ? ""
                : String.valueOf(s.awsErrorDetails().errorCode());
        String hint = null;
        if (code.contains("NonExistentQueue") || code.contains("QueueDoesNotExist")) hint = "the queue does not exist";
        else if (code.equals("InvalidClientTokenId")
                || code.equals("UnrecognizedClientException")
                || code.equals("SignatureDoesNotMatch")
                || code.equals("InvalidSecurity")) hint = "the credentials were rejected";
        else if (code.equals("AccessDenied") || code.equals("AccessDeniedException") || s.statusCode() == 403)
            hint = "access denied, the key needs sqs:SendMessage and sqs:GetQueueUrl on the queue";
        if (hint != null) return new TargetException(what + ": " + hint + ": " + TargetException.describe(e), false, e);
        boolean retryable = s.statusCode() >= 500 || s.statusCode() == 429 || s.statusCode() == 0;
        return new TargetException(what + ": " + TargetException.describe(e), retryable, e);
    }

    @Override
    public void close() {
        sqs.close();
        overflow.close();
    }
}
