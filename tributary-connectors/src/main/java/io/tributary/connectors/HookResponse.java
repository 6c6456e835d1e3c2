package io.tributary.connectors;

import java.nio.charset.StandardCharsets;

/** What {@code /v2/hooks/<provider>} answers the provider. */
public record HookResponse(int status, String contentType, byte[] body) {
    /** 200 with no body: what most providers want, quickly. */
    public static final HookResponse OK = new HookResponse(200, null, new byte[0]);

    public static HookResponse json(int status, String json) {
        return new HookResponse(status, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    public static HookResponse text(int status, String text) {
        return new HookResponse(status, "text/plain", text.getBytes(StandardCharsets.UTF_8));
    }
}
