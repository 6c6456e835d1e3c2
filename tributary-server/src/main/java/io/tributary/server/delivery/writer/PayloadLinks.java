package io.tributary.server.delivery.writer;

import io.tributary.server.shared.PublicUrls;
import io.tributary.server.shared.SecretBox;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Tributary's own pre-signed payload links (docs/decisions.md#14): {@code
 * <public url>/v2/payloads/<event id>?expires=<unix seconds>&signature=<hex HMAC-SHA256>}, where the HMAC
 * key is derived from TRIBUTARY_SECRET_KEY and the message is {@code <event id>.<expires>}. Anyone holding
 * the link can read that one payload until it expires; nothing else.
 */
@Component
public class PayloadLinks {
    private static final Logger log = LoggerFactory.getLogger(PayloadLinks.class);
    public static final Duration DEFAULT_TTL = Duration.ofSeconds(600);
    private final byte[] key;
    private final PublicUrls urls;
    private final Environment springEnv;
    private final Clock clock;
    private volatile boolean warned;

    public PayloadLinks(SecretBox box, PublicUrls urls, Environment springEnv, Clock clock) {
        this.key = box.purposeKey("payload-links");
        this.urls = urls;
        this.springEnv = springEnv;
        this.clock = clock;
    }

    public String link(String eventId, Duration ttl) {
        long expires = clock.instant().plus(ttl).getEpochSecond();
        return base() + "/v2/payloads/" + eventId + "?expires=" + expires + "&signature=" + sign(eventId, expires);
    }

    /** True when the signature matches and the link has not expired. */
    public boolean valid(String eventId, long expires, String signature) {
        if (signature == null || expires < clock.instant().getEpochSecond()) return false;
        return MessageDigest.isEqual(
                sign(eventId, expires).getBytes(StandardCharsets.US_ASCII),
                signature.toLowerCase().getBytes(StandardCharsets.US_ASCII));
    }

    String sign(String eventId, long expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((eventId + "." + expires).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** TRIBUTARY_PUBLIC_URL, else this process's own address (links then only work where that is reachable). */
    private String base() {
        String b = urls.configuredBase();
        if (b != null) return b;
        if (!warned) {
            warned = true;
            log.warn("TRIBUTARY_PUBLIC_URL is not set: payload links in s3_payload messages point at localhost");
        }
        return "http://localhost:"
                + springEnv.getProperty("local.server.port", springEnv.getProperty("server.port", "8080"));
    }

    /** The {@code s3_payload} message sent instead of a payload too large for the queue (spec §4). */
    public static byte[] wrapper(String url, Duration ttl) {
        String json = "{\"status\":\"success\",\"type\":\"s3_payload\",\"url\":\""
                + url.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"expires_in\":" + ttl.toSeconds() + "}";
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
