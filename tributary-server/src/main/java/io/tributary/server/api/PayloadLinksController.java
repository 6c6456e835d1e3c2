package io.tributary.server.api;

import io.tributary.server.account.PublicEndpoint;
import io.tributary.server.delivery.writer.SignedPayloads;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /v2/payloads/{id}?expires=…&signature=…}: the target of the {@code url} in {@code s3_payload}
 * messages (SQS, Kafka). Needs no API key: the HMAC signature over id and expiry is the credential; 403 once
 * it has expired or when it does not match. The stored payload JSON is sent as it is.
 */
@RestController
public class PayloadLinksController {
    private final SignedPayloads payloads;

    public PayloadLinksController(SignedPayloads payloads) {
        this.payloads = payloads;
    }

    @PublicEndpoint
    @GetMapping("/v2/payloads/{id}")
    public ResponseEntity<String> payload(
            @PathVariable String id,
            @RequestParam(required = false) String expires,
            @RequestParam(required = false) String signature) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(payloads.read(id, expires, signature));
    }
}
