package io.tributary.server.api;

import io.tributary.connectors.HookRequest;
import io.tributary.connectors.HookResponse;
import io.tributary.server.account.PublicEndpoint;
import io.tributary.server.ingest.PushHooks;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /v2/hooks/{provider}}: a provider's push or ping; {@code GET} on the same path: its verification
 * challenge. No API key: the provider's own verification (signature, token, client id) is the credential, checked
 * by its connector. 401 when it does not verify, 400 when the body is unreadable, 404 for a provider without a push
 * receiver.
 */
@RestController
public class HooksController {
    private final PushHooks hooks;

    public HooksController(PushHooks hooks) {
        this.hooks = hooks;
    }

    @PublicEndpoint
    @PostMapping("/v2/hooks/{provider}")
    public ResponseEntity<byte[]> push(
            @PathVariable String provider, @RequestBody(required = false) byte[] body, HttpServletRequest request) {
        return render(hooks.receive(provider, hookRequest("POST", request, body)));
    }

    @PublicEndpoint
    @GetMapping("/v2/hooks/{provider}")
    public ResponseEntity<byte[]> challenge(@PathVariable String provider, HttpServletRequest request) {
        return render(hooks.challenge(provider, hookRequest("GET", request, null)));
    }

    private static HookRequest hookRequest(String method, HttpServletRequest r, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : Collections.list(r.getHeaderNames()))
            headers.put(name, String.join(",", Collections.list(r.getHeaders(name))));
        Map<String, String> query = new LinkedHashMap<>();
        r.getParameterMap().forEach((k, v) -> {
            if (v.length > 0 && r.getQueryString() != null && r.getQueryString().contains(k)) query.put(k, v[0]);
        });
        return new HookRequest(method, query, headers, body);
    }

    private static ResponseEntity<byte[]> render(HookResponse h) {
        var b = ResponseEntity.status(h.status());
        if (h.contentType() != null) b.contentType(MediaType.parseMediaType(h.contentType()));
        return b.body(h.body());
    }
}
