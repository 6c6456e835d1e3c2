package io.tributary.server.api;

import io.tributary.server.account.AccountService;
import io.tributary.server.account.PublicEndpoint;
import io.tributary.server.ingest.SdkService;
import io.tributary.server.shared.ApiException;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.shared.TributaryProperties;
import io.tributary.server.storage.User;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Mobile SDK ingestion (docs/sdk.md). {@code POST /v2/sdk/connect} is authenticated by a {@code generateAuthToken}
 * token; {@code POST /v2/sdk/records} by {@code Authorization: Bearer <sdk_secret>} or by {@code dev-id} +
 * {@code x-api-key} with {@code user_id} (a developer's backend relaying data).
 */
@RestController
@RequestMapping("/v2/sdk")
public class SdkController {
    private final SdkService sdk;
    private final AccountService accounts;
    private final JsonMapper json;
    private final long maxBatchBytes;

    public SdkController(SdkService sdk, AccountService accounts, JsonMapper json, TributaryProperties props) {
        this.sdk = sdk;
        this.accounts = accounts;
        this.json = json;
        this.maxBatchBytes = props.sdk() == null ? 10L << 20 : props.sdk().maxBatchBytes();
    }

    @PublicEndpoint
    @PostMapping("/connect")
    public Map<String, Object> connect(HttpServletRequest request) throws IOException {
        JsonNode body = body(request, 64 * 1024);
        SdkService.Connected c = sdk.connect(
                text(body, "token"), text(body, "provider"), text(body, "reference_id"), text(body, "device_id"));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", "success");
        out.put("user_id", c.user().id().toString());
        out.put("sdk_secret", c.secret());
        return out;
    }

    @PublicEndpoint
    @PostMapping("/records")
    public Map<String, Object> records(HttpServletRequest request) throws IOException {
        String auth = request.getHeader("Authorization");
        EnvironmentRecord env;
        User user;
        JsonNode body;
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            var found = sdk.authenticate(auth.substring(7).trim())
                    .orElseThrow(() -> ApiException.unauthorized(
                            "invalid sdk_secret: it matches no connected SDK user (connect again with a new token)"));
            env = found.getKey();
            body = body(request, maxBatchBytes);
            user = found.getValue();
            String uid = text(body, "user_id");
            if (uid != null && !uid.equals(user.id().toString()))
                throw ApiException.forbidden("user_id does not match the user this sdk_secret belongs to");
        } else {
            String devId = request.getHeader("dev-id");
            String key = request.getHeader("x-api-key");
            if (devId == null || devId.isBlank() || key == null || key.isBlank())
                throw ApiException.unauthorized(
                        "send Authorization: Bearer <sdk_secret>, or dev-id and x-api-key headers with user_id");
            env = accounts.authenticate(devId, key)
                    .orElseThrow(
                            () -> ApiException.unauthorized(
                                    "invalid dev-id or x-api-key: the pair does not match an active API key of that environment"));
            body = body(request, maxBatchBytes);
            String uid = text(body, "user_id");
            if (uid == null) uid = request.getParameter("user_id");
            if (uid == null) throw ApiException.badRequest("user_id is required with API-key authentication");
            user = sdk.sdkUser(env, Params.userId(uid));
        }
        SdkService.UploadResult r = sdk.upload(env, user, body.get("records"), body.get("deleted"));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", "success");
        out.put("user_id", user.id().toString());
        out.put("accepted", r.accepted());
        out.put("duplicates", r.duplicates());
        out.put("ignored", r.ignored());
        out.put("deleted", r.deleted());
        return out;
    }

    private JsonNode body(HttpServletRequest request, long max) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > max) throw tooLarge(max);
        byte[] bytes;
        try (InputStream in = request.getInputStream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        }
        if (bytes.length > max) throw tooLarge(max);
        if (bytes.length == 0) throw ApiException.badRequest("the request body is empty: send a JSON object");
        try {
            JsonNode n = json.readTree(bytes);
            if (n == null || !n.isObject()) throw ApiException.badRequest("the request body must be a JSON object");
            return n;
        } catch (JacksonException e) {
            throw ApiException.badRequest("the request body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static ApiException tooLarge(long max) {
        return new ApiException(
                HttpStatus.CONTENT_TOO_LARGE,
                "the batch is larger than " + max + " bytes (TRIBUTARY_SDK_MAX_BATCH_BYTES): send fewer records per"
                        + " request");
    }

    private static String text(JsonNode body, String field) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) return null;
        String s = n.asString();
        return s == null || s.isBlank() ? null : s;
    }
}
