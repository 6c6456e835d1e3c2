package io.tributary.server.delivery.writer;

import io.tributary.server.shared.ApiException;
import io.tributary.server.storage.EventPayloadStore;
import org.springframework.stereotype.Service;

/**
 * Reads an event's payload through one of its {@link PayloadLinks} ({@code GET /v2/payloads/{id}}): the HMAC over
 * id and expiry is the credential, so a missing, malformed, expired or wrong signature is a 403.
 */
@Service
public class SignedPayloads {
    private final PayloadLinks links;
    private final EventPayloadStore payloads;

    public SignedPayloads(PayloadLinks links, EventPayloadStore payloads) {
        this.links = links;
        this.payloads = payloads;
    }

    /** The payload JSON as stored. */
    public String read(String id, String expires, String signature) {
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
        return payloads.payload(id).orElseThrow(() -> ApiException.notFound("the event '" + id + "' no longer exists"));
    }
}
