package io.tributary.server.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.server.account.AccountService;
import io.tributary.server.account.PublicEndpoint;
import io.tributary.server.ingest.SdkIntake;
import io.tributary.server.ingest.SdkService;
import io.tributary.server.shared.ApiException;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.shared.TributaryProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
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
    private final SdkIntake sdk;
    private final AccountService accounts;
    private final JsonMapper json;
    private final long maxBatchBytes;

    public SdkController(SdkIntake sdk, AccountService accounts, JsonMapper json, TributaryProperties props) {
        this.sdk = sdk;
        this.accounts = accounts;
        this.json = json;
        this.maxBatchBytes = props.sdk() == null ? 10L << 20 : props.sdk().maxBatchBytes();
    }

    public record ConnectResponse(
            String status,
            @JsonProperty("user_id") String userId,
            @JsonProperty("sdk_secret") String sdkSecret) {}

    public record RecordsResponse(
            String status,
            @JsonProperty("user_id") String userId,
            int accepted,
            int duplicates,
            int ignored,
            int deleted) {}

    /**
     * The body is read here rather than by the binder: its size limit depends on who is sending, known only once
     * the credentials are checked (an unauthenticated client never gets 10 MiB read).
     */
    @PublicEndpoint
    @PostMapping("/connect")
    public ConnectResponse connect(HttpServletRequest request) throws IOException {
        JsonNode body = body(request, 64 * 1024);
        SdkIntake.Connected c = sdk.connect(
                text(body, "token"), text(body, "provider"), text(body, "reference_id"), text(body, "device_id"));
        return new ConnectResponse("success", c.userId().toString(), c.secret());
    }

    @PublicEndpoint
    @PostMapping("/records")
    public RecordsResponse records(HttpServletRequest request) throws IOException {
        String auth = request.getHeader("Authorization");
        SdkIntake.Sender sender;
        JsonNode body;
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            sender = sdk.bySecret(auth.substring(7).trim())
                    .orElseThrow(() -> ApiException.unauthorized(
                            "invalid sdk_secret: it matches no connected SDK user (connect again with a new token)"));
            body = body(request, maxBatchBytes);
            String uid = text(body, "user_id");
            if (uid != null && !uid.equals(sender.userId().toString()))
                throw ApiException.forbidden("user_id does not match the user this sdk_secret belongs to");
        } else {
            String devId = request.getHeader("dev-id");
            String key = request.getHeader("x-api-key");
            if (devId == null || devId.isBlank() || key == null || key.isBlank())
                throw ApiException.unauthorized(
                        "send Authorization: Bearer <sdk_secret>, or dev-id and x-api-key headers with user_id");
            EnvironmentRecord env = accounts.authenticate(devId, key)
                    .orElseThrow(
                            () -> ApiException.unauthorized(
                                    "invalid dev-id or x-api-key: the pair does not match an active API key of that environment"));
            body = body(request, maxBatchBytes);
            String uid = text(body, "user_id");
            if (uid == null) uid = request.getParameter("user_id");
            if (uid == null) throw ApiException.badRequest("user_id is required with API-key authentication");
            sender = sdk.byUserId(env, Params.userId(uid));
        }
        SdkService.UploadResult r = sdk.upload(sender, body.get("records"), body.get("deleted"));
        return new RecordsResponse(
                "success", sender.userId().toString(), r.accepted(), r.duplicates(), r.ignored(), r.deleted());
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
