package io.tributary.server.connection;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * OAuth 1.0a request signing with HMAC-SHA1 (RFC 5849 §3.4): signature base string from the method, the base
 * URI and the normalised parameters (query, form body and oauth_* protocol parameters), keyed by the consumer
 * secret and the token secret.
 */
public final class OAuth1Signer {
    private OAuth1Signer() {}

    /** RFC 3986 percent-encoding as RFC 5849 §3.6 requires (unreserved characters kept, space as %20). */
    public static String percentEncode(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'A' && c <= 'Z')
                    || (c >= 'a' && c <= 'z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '.'
                    || c == '_'
                    || c == '~') sb.append(c);
            else sb.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xFF));
        }
        return sb.toString();
    }

    /** Base string URI: scheme and host lower-case, default port dropped, no query (RFC 5849 §3.4.1.2). */
    static String baseUri(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort =
                port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return scheme + "://" + host + (defaultPort ? "" : ":" + port) + path;
    }

    /**
     * The signature base string.
     *
     * @param params every parameter to sign: decoded query parameters, decoded form body parameters and the
     *     oauth_* protocol parameters (without oauth_signature); repeated names as separate entries
     */
    public static String baseString(String method, URI uri, List<Map.Entry<String, String>> params) {
        List<String> pairs = new ArrayList<>();
        for (Map.Entry<String, String> e : params)
            pairs.add(percentEncode(e.getKey()) + "=" + percentEncode(e.getValue()));
        pairs.sort(String::compareTo);
        return method.toUpperCase(Locale.ROOT) + "&" + percentEncode(baseUri(uri)) + "&"
                + percentEncode(String.join("&", pairs));
    }

    public static String sign(String baseString, String consumerSecret, String tokenSecret) {
        String key = percentEncode(consumerSecret) + "&" + percentEncode(tokenSecret == null ? "" : tokenSecret);
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(baseString.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Builds the {@code Authorization: OAuth …} header for a request.
     *
     * @param uri the full request URI including its query
     * @param formBody decoded form body parameters (only for {@code application/x-www-form-urlencoded})
     * @param extraOauth extra protocol parameters such as {@code oauth_callback} or {@code oauth_verifier}
     */
    public static String authorizationHeader(
            String method,
            URI uri,
            Map<String, String> formBody,
            String consumerKey,
            String consumerSecret,
            String token,
            String tokenSecret,
            Map<String, String> extraOauth,
            String nonce,
            long timestamp) {
        Map<String, String> oauth = new TreeMap<>();
        oauth.put("oauth_consumer_key", consumerKey);
        oauth.put("oauth_nonce", nonce);
        oauth.put("oauth_signature_method", "HMAC-SHA1");
        oauth.put("oauth_timestamp", Long.toString(timestamp));
        oauth.put("oauth_version", "1.0");
        if (token != null) oauth.put("oauth_token", token);
        if (extraOauth != null) oauth.putAll(extraOauth);
        List<Map.Entry<String, String>> all = new ArrayList<>();
        if (uri.getRawQuery() != null)
            OAuthCrypto.parseForm(uri.getRawQuery()).forEach((k, v) -> all.add(Map.entry(k, v)));
        if (formBody != null) formBody.forEach((k, v) -> all.add(Map.entry(k, v)));
        oauth.forEach((k, v) -> all.add(Map.entry(k, v)));
        String signature = sign(baseString(method, uri, all), consumerSecret, tokenSecret);
        Map<String, String> header = new LinkedHashMap<>(oauth);
        header.put("oauth_signature", signature);
        StringBuilder sb = new StringBuilder("OAuth ");
        boolean first = true;
        for (Map.Entry<String, String> e : header.entrySet()) {
            if (!first) sb.append(", ");
            sb.append(percentEncode(e.getKey()))
                    .append("=\"")
                    .append(percentEncode(e.getValue()))
                    .append('"');
            first = false;
        }
        return sb.toString();
    }
}
