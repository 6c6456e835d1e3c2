package io.tributary.server.delivery.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Terra's webhook signature (docs/decisions.md#12): {@code t=<unix seconds>,v1=<hex>} where {@code v1 =
 * hex(HMAC-SHA256(key = secret as UTF-8, message = t + "." + raw body))}. With one secret the header is exactly
 * {@code t=\d+,v1=[0-9a-f]{64}} (the form Terra's Java client parses); during a rotation overlap one {@code v1}
 * per secret follows, newest first.
 */
public final class WebhookSigner {
    private WebhookSigner() {}

    public static String header(long unixSeconds, byte[] body, List<String> secrets) {
        if (secrets.isEmpty()) throw new IllegalArgumentException("no signing secret");
        StringBuilder sb = new StringBuilder(16 + 68 * secrets.size());
        sb.append("t=").append(unixSeconds);
        for (String secret : secrets) sb.append(",v1=").append(v1(secret, unixSeconds, body));
        return sb.toString();
    }

    public static String v1(String secret, long unixSeconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((unixSeconds + ".").getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
