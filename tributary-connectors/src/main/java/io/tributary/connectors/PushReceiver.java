package io.tributary.connectors;

import java.util.List;
import java.util.Optional;

/**
 * Receives a provider's notifications at {@code /v2/hooks/<provider lower-case>}. The server calls, for a POST,
 * {@link #verify} then (if verified) {@link #receive}; for a GET, {@link #challenge}. All three are pure: no I/O,
 * so they run on the request thread and are tested with fixtures. Fetches a notification announces run later, as
 * {@link PushAction.Fetch}.
 */
public interface PushReceiver {
    /**
     * Checks the notification exactly as the provider documents it (HMAC over the raw body, a verification token,
     * the client id header), against every app configured for this provider.
     *
     * @param apps candidate apps (each environment's client id/secret, and the deployment default)
     */
    Verification verify(HookRequest request, List<AppCredentials> apps);

    /**
     * Parses a verified notification.
     *
     * @throws ConnectorException {@code BAD_RESPONSE} when the body as a whole is unreadable (the hook answers
     *     400); malformed parts are skipped into {@link PushBatch#problems()} instead
     */
    PushBatch receive(HookRequest request, Verification verified) throws ConnectorException;

    /**
     * Answers a GET verification challenge (Oura's {@code verification_token} + {@code challenge}); empty when this
     * GET is not a valid challenge (the hook answers 401).
     */
    default Optional<HookResponse> challenge(HookRequest request, List<AppCredentials> apps) {
        return Optional.empty();
    }
}
