package io.tributary.server.delivery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An independent implementation of the documented receiver-side check (docs/delivery.md), written the way a
 * Terra customer would: parse {@code t} and every {@code v1}, HMAC-SHA256 over {@code t + "." + body}, constant-
 * time compare, reject when |now − t| > 300 s. Shares no code with the signer.
 */
public final class SignatureVerifier {
    private SignatureVerifier() {}

    public static boolean verify(String header, byte[] body, String secret, long nowSeconds) {
        if (header == null) return false;
        Long t = null;
        java.util.List<String> v1 = new java.util.ArrayList<>();
        for (String part : header.split(",")) {
            int eq = part.indexOf('=');
            if (eq < 0) continue;
            String k = part.substring(0, eq).trim(), v = part.substring(eq + 1).trim();
            if (k.equals("t")) t = Long.parseLong(v);
            else if (k.equals("v1")) v1.add(v);
        }
        if (t == null || v1.isEmpty() || Math.abs(nowSeconds - t) > 300) return false;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] signed = (t + "." + new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            byte[] expected = mac.doFinal(signed);
            StringBuilder hex = new StringBuilder();
            for (byte b : expected) hex.append(String.format("%02x", b));
            byte[] exp = hex.toString().getBytes(StandardCharsets.US_ASCII);
            for (String candidate : v1)
                if (MessageDigest.isEqual(exp, candidate.getBytes(StandardCharsets.US_ASCII))) return true;
            return false;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
