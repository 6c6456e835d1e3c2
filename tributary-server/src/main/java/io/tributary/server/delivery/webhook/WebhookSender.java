package io.tributary.server.delivery.webhook;

import io.tributary.server.delivery.DeliveryProperties;
import io.tributary.server.delivery.DestinationConfig;
import io.tributary.server.delivery.DestinationSender;
import io.tributary.server.delivery.OutgoingEvent;
import io.tributary.server.delivery.SendOutcome;
import io.tributary.server.shared.ApiException;
import io.tributary.server.shared.TributaryProperties;
import io.tributary.server.storage.EnvironmentRecord;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The webhook destination: one HTTP POST per event with Terra's headers (decision 12). 2xx is success, 410
 * disables the destination, 429/503 honour {@code Retry-After}, anything else (other statuses, redirects —
 * never followed —, timeouts, network errors) is retried on the schedule.
 */
@Component
public class WebhookSender implements DestinationSender {
    static final int RESPONSE_LIMIT = 2048;
    private final WebhookUrlGuard guard;
    private final Clock clock;
    private final HttpClient http;

    @org.springframework.beans.factory.annotation.Autowired
    public WebhookSender(TributaryProperties props, DeliveryProperties delivery, Clock clock) {
        this(new WebhookUrlGuard(props.allowHttpWebhooks(), props.allowPrivateWebhooks()), clock);
    }

    public WebhookSender(WebhookUrlGuard guard, Clock clock) {
        this.guard = guard;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    @Override
    public String type() {
        return "webhook";
    }

    @Override
    public ObjectNode validateConfig(JsonNode cfg, EnvironmentRecord env) {
        String url = text(cfg, "url");
        if (url == null) url = text(cfg, "webhook_url");
        if (url == null && text(cfg, "host") != null) { // Terra's internal form: scheme, host, port, path
            String scheme = text(cfg, "scheme") == null ? "https" : text(cfg, "scheme");
            String port = text(cfg, "port");
            String path = text(cfg, "path") == null ? "" : text(cfg, "path").replaceFirst("^/+", "");
            url = scheme + "://" + text(cfg, "host") + (port == null || port.isBlank() ? "" : ":" + port) + "/" + path;
        }
        if (url == null) throw ApiException.badRequest("a webhook destination needs 'url' (https://…)");
        try {
            URI uri = guard.check(url, "production".equals(env.name()));
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            out.put("url", uri.toString());
            return out;
        } catch (WebhookUrlGuard.Refused e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    @Override
    public String describe(JsonNode plainConfig) {
        return text(plainConfig, "url");
    }

    @Override
    public SendOutcome send(DestinationConfig dest, OutgoingEvent ev) {
        URI uri;
        try {
            uri = guard.check(dest.text("url"), "production".equals(dest.environmentName()));
        } catch (WebhookUrlGuard.Refused e) {
            return SendOutcome.retry(null, "refused: " + e.getMessage(), null);
        }
        long t = clock.instant().getEpochSecond();
        String signature = WebhookSigner.header(t, ev.payload(), ev.signingSecrets());
        HttpRequest.Builder req = HttpRequest.newBuilder(uri)
                .timeout(dest.timeout())
                .header("Content-Type", "application/json")
                .header("terra-signature", signature)
                .header("X-Terra-Signature", signature)
                .header("X-Terra-Trace-Id", ev.traceId())
                .header(
                        "X-Terra-Ordering-Timestamp",
                        String.valueOf(ev.orderingTimestamp().toEpochMilli()))
                .header("User-Agent", "Tributary-Webhooks/1")
                .POST(HttpRequest.BodyPublishers.ofByteArray(ev.payload()));
        if (ev.reference() != null) req.header("terra-reference", ev.reference());
        // send(), not sendAsync(): sendAsync hops through CompletableFuture's default executor, which on a
        // machine with < 3 cores is a new thread per task (a thread per delivery); send() runs on this worker
        HttpResponse<String> resp;
        long deadline = System.nanoTime() + dest.timeout().toNanos() + 1_000_000_000L;
        try {
            // the request timeout covers the response headers; the deadline also bounds a body that never ends
            resp = http.send(req.build(), r -> limited(deadline));
        } catch (HttpTimeoutException e) {
            return SendOutcome.retry(null, "timeout after " + dest.timeout().toMillis() + " ms", null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SendOutcome.retry(null, "interrupted (server shutting down)", null);
        } catch (java.io.IOException e) {
            String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return SendOutcome.retry(null, "connection failed: " + msg, null);
        }
        return outcome(
                resp.statusCode(),
                resp.body(),
                resp.headers().firstValue("Retry-After").orElse(null));
    }

    SendOutcome outcome(int status, String body, String retryAfter) {
        if (status >= 200 && status < 300) return SendOutcome.success(status, body);
        if (status == 410) return SendOutcome.gone(status, "410 Gone: destination disabled", body);
        if (status == 429 || status == 503)
            return SendOutcome.retryAfter(
                    status, "HTTP " + status, body, RetryAfter.parse(retryAfter, clock.instant()));
        if (status >= 300 && status < 400) return SendOutcome.retry(status, "redirect not followed", body);
        return SendOutcome.retry(status, "HTTP " + status, body);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        if (v == null || v.isNull()) return null;
        String s = v.asString();
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** Cancels response bodies still streaming at their deadline (one timer thread for all deliveries). */
    private static final ScheduledExecutorService BODY_TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "webhook-body-timer");
        t.setDaemon(true);
        return t;
    });

    static HttpResponse.BodySubscriber<String> limited() {
        return limited(Long.MAX_VALUE);
    }

    /**
     * Keeps the first 2 KiB of the response body and discards the rest (so the connection can be reused); a body
     * still arriving at {@code deadlineNanos} ({@link System#nanoTime}) is cut off with a timeout.
     */
    static HttpResponse.BodySubscriber<String> limited(long deadlineNanos) {
        return new HttpResponse.BodySubscriber<>() {
            private final ByteBuffer kept = ByteBuffer.allocate(RESPONSE_LIMIT);
            private final CompletableFuture<String> result = new CompletableFuture<>();

            @Override
            public CompletionStage<String> getBody() {
                return result;
            }

            @Override
            public void onSubscribe(Flow.Subscription s) {
                if (deadlineNanos != Long.MAX_VALUE) {
                    long left = Math.max(0, deadlineNanos - System.nanoTime());
                    ScheduledFuture<?> timer = BODY_TIMER.schedule(
                            () -> {
                                if (result.completeExceptionally(
                                        new HttpTimeoutException("response body not complete in time"))) s.cancel();
                            },
                            left,
                            TimeUnit.NANOSECONDS);
                    result.whenComplete((v, t) -> timer.cancel(false));
                }
                s.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(List<ByteBuffer> items) {
                for (ByteBuffer b : items) {
                    int n = Math.min(b.remaining(), kept.remaining());
                    if (n > 0) {
                        ByteBuffer slice = b.duplicate();
                        slice.limit(slice.position() + n);
                        kept.put(slice);
                    }
                }
            }

            @Override
            public void onError(Throwable t) {
                result.completeExceptionally(t);
            }

            @Override
            public void onComplete() {
                String s = new String(kept.array(), 0, kept.position(), StandardCharsets.UTF_8);
                result.complete(s.isEmpty() ? null : s);
            }
        };
    }
}
