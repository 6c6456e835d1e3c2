package io.tributary.server.api;

import io.tributary.server.account.PublicEndpoint;
import io.tributary.server.delivery.writer.PayloadLinks;
import io.tributary.server.shared.ApiException;
import io.tributary.server.storage.EventPayloadStore;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /v2/payloads/{id}?expires=…&signature=…}: the target of the {@code url} in {@code s3_payload}
 * messages (SQS, Kafka). Needs no API key: the HMAC signature over id and expiry is the credential; 403 once
 * it has expired or when it does not match.
 */
@RestController
public class PayloadLinksController {
    private final PayloadLinks links;
    private final EventPayloadStore payloads;

    public PayloadLinksController(PayloadLinks links, EventPayloadStore payloads) {
        this.links = links;
        this.payloads = payloads;
    }

    @PublicEndpoint
    @GetMapping("/v2/payloads/{id}")
    public ResponseEntity<String> payload(
            @PathVariable String id,
            @RequestParam(required = false) String expires,
            @RequestParam(required = false) String signature) {
        if (expires == null || signature == null)
            throw ApiException.forbidden("this payload link needs its 'expires' and 'signature' parameters");
        long exp;
        try {
            exp = Long.parseLong(expires);
        } catch (NumberFormatException e) {
            throw ApiException.forbidden("this payload link is malformed ('expires' is not a number)");
        }
        if (!links.valid(id, exp, signature))
            throw ApiException.forbidden("this payload link has expired or its signature does not match;"
                    + " payload links are valid for " + PayloadLinks.DEFAULT_TTL.toSeconds() + " s");
        String body = payloads.payload(id)
                .orElseThrow(() -> ApiException.notFound("the event '" + id + "' no longer exists"));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
