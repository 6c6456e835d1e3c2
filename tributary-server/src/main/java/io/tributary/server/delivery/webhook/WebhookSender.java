package io.tributary.server.delivery.webhook;

import io.tributary.server.delivery.DeliveryProperties;
import io.tributary.server.delivery.DestinationConfig;
import io.tributary.server.delivery.DestinationSender;
import io.tributary.server.delivery.OutgoingEvent;
import io.tributary.server.delivery.SendOutcome;
import io.tributary.server.shared.ApiException;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.shared.TributaryProperties;
import jakarta.annotation.PreDestroy;
import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.net.ssl.SSLSocketFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The webhook destination: one HTTP POST per event with Terra's headers (docs/decisions.md#12). 2xx is success, 410
 * disables the destination, 429/503 honour {@code Retry-After}, anything else (other statuses, redirects —
 * never followed —, timeouts, network errors) is retried on the schedule.
 */
@Component
public class WebhookSender implements DestinationSender {
    private final WebhookUrlGuard guard;
    private final Clock clock;
    private final WebhookHttp http;

    @org.springframework.beans.factory.annotation.Autowired
    public WebhookSender(TributaryProperties props, DeliveryProperties delivery, Clock clock) {
        this(new WebhookUrlGuard(props.allowHttpWebhooks(), props.allowPrivateWebhooks()), clock);
    }

    public WebhookSender(WebhookUrlGuard guard, Clock clock) {
        this(guard, clock, (SSLSocketFactory) SSLSocketFactory.getDefault());
    }

    /** With the TLS socket factory to trust receivers by (tests: a receiver with its own certificate). */
    WebhookSender(WebhookUrlGuard guard, Clock clock, SSLSocketFactory tls) {
        this.guard = guard;
        this.clock = clock;
        this.http = new WebhookHttp(tls, 10_000);
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
        InetAddress address;
        try {
            uri = guard.parse(dest.text("url"), "production".equals(dest.environmentName()));
            address = guard.resolve(uri.getHost()); // checked here, connected to as is: no second lookup
        } catch (WebhookUrlGuard.Refused e) {
            return SendOutcome.retry(null, "refused: " + e.getMessage(), null);
        }
        long t = clock.instant().getEpochSecond();
        String signature = WebhookSigner.header(t, ev.payload(), ev.signingSecrets());
        List<String> headers = new ArrayList<>(14);
        Collections.addAll(
                headers,
                "Content-Type",
                "application/json",
                "terra-signature",
                signature,
                "X-Terra-Signature",
                signature,
                "X-Terra-Trace-Id",
                ev.traceId(),
                "X-Terra-Ordering-Timestamp",
                String.valueOf(ev.orderingTimestamp().toEpochMilli()),
                "User-Agent",
                "Tributary-Webhooks/1");
        if (ev.reference() != null) Collections.addAll(headers, "terra-reference", ev.reference());
        // the whole exchange (connect, TLS, request, response head and body) within the destination's timeout
        long deadline = System.nanoTime() + dest.timeout().toNanos();
        WebhookHttp.Response resp;
        try {
            resp = http.post(uri, address, headers, ev.payload(), deadline);
        } catch (WebhookHttp.Timeout e) {
            return SendOutcome.retry(
                    null, "timeout after " + dest.timeout().toMillis() + " ms (" + e.getMessage() + ")", null);
        } catch (java.io.IOException | RuntimeException e) {
            String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return SendOutcome.retry(null, "connection failed: " + msg, null);
        }
        return outcome(resp.status(), resp.body(), resp.retryAfter());
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

    @PreDestroy
    public void close() {
        http.close();
    }
}
