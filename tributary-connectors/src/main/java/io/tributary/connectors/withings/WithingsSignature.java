package io.tributary.connectors.withings;

import io.tributary.connectors.AppCredentials;
import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.ProviderHttp;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Withings' signed requests ("Sign your requests" guide and "Signature v2 - Getnonce"): the values of {@code
 * action}, {@code client_id} and {@code timestamp} or {@code nonce}, in that (alphabetical) order, joined with
 * commas, HMAC-SHA256 keyed with the client secret, in lower-case hex. A nonce comes from {@code POST /v2/signature
 * action=getnonce}, lives 30 minutes and works once.
 * https://developer.withings.com/developer-guide/v3/integration-guide/public-health-data-api/get-access/sign-your-requests
 */
final class WithingsSignature {
    static final String PATH = "/v2/signature";

    private WithingsSignature() {}

    static String sign(String secret, String... values) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(String.join(",", values).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** A fresh nonce for the app. */
    static String nonce(ProviderHttp http, String apiBase, AppCredentials app, Instant now) throws ConnectorException {
        requireCredentials(app);
        String timestamp = Long.toString(now.getEpochSecond());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("action", "getnonce");
        form.put("client_id", app.clientId());
        form.put("timestamp", timestamp);
        form.put("signature", sign(app.clientSecret(), "getnonce", app.clientId(), timestamp));
        var body =
                WithingsApi.body(http.post(apiBase + PATH, WithingsForm.TYPE, WithingsForm.encode(form)), "getnonce");
        String nonce = body.path("nonce").asString("");
        if (nonce.isBlank()) throw ConnectorException.malformed("getnonce: no nonce");
        return nonce;
    }

    /** {@code action}, {@code client_id}, {@code nonce} and {@code signature} of a signed call. */
    static Map<String, String> signed(String action, AppCredentials app, String nonce) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("action", action);
        m.put("client_id", app.clientId());
        m.put("nonce", nonce);
        m.put("signature", sign(app.clientSecret(), action, app.clientId(), nonce));
        return m;
    }

    static void requireCredentials(AppCredentials app) throws ConnectorException {
        if (app == null || app.clientId() == null || app.clientSecret() == null)
            throw ConnectorException.unauthorized("no Withings client id/secret configured");
    }
}
