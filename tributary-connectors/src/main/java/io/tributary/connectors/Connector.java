package io.tributary.connectors;

import io.tributary.model.DataType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A data source, written entirely inside its package {@code io.tributary.connectors.<provider>}: a descriptor
 * (what it is, how users connect, its data types, quotas and history as data), what happens around a connection
 * ({@link #identify}, {@link #afterConnect}, {@link #beforeDeauth}), pulls and backfill planning, an optional push
 * receiver and one small {@link RecordMapper} per provider endpoint. Pure Java, no Spring: the server supplies
 * HTTP with tokens, the clock, per-connection storage and ingest (see {@link ConnectionContext}). Registered with
 * {@link java.util.ServiceLoader} in {@code META-INF/services/io.tributary.connectors.Connector}. See
 * {@code tributary-connectors/README.md} ("How to add a provider") and the Garmin package for an example.
 *
 * <p>Errors: throw {@link ConnectorException} (its {@link ConnectorException.Kind} says what the server does:
 * {@code connection_error}, back off and reschedule, retry later, skip).
 */
public interface Connector {
    ConnectorDescriptor descriptor();

    /**
     * Pulls one data type for one connected user over {@code [start, end)}, every page of it. Connectors that only
     * receive pushes (or not this type) return {@link FetchResult#unsupported()}.
     */
    default FetchResult fetch(FetchRequest request) throws ConnectorException {
        return FetchResult.unsupported();
    }

    /**
     * Right after the token exchange (before anything else uses the connection): who the account is, by an API
     * call where the token response does not say (Garmin, Oura), and which permissions were granted.
     */
    default Identity identify(ConnectionContext connection) throws ConnectorException {
        return Identity.FROM_TOKEN_RESPONSE;
    }

    /**
     * After a connection is complete (identified, stored): register the user or create subscriptions where the
     * provider needs that (Polar's user registration, Withings' notify subscriptions). A failure fails the flow.
     */
    default void afterConnect(ConnectionContext connection) throws ConnectorException {}

    /**
     * Before a deauthentication asked through Tributary (not one the provider announced): deregister the user,
     * delete subscriptions, revoke at the provider where its API allows beyond RFC 7009 (the descriptor's
     * revoke URL is called by the server). Failures are logged; the deauthentication goes ahead.
     */
    default void beforeDeauth(ConnectionContext connection) throws ConnectorException {}

    /**
     * The requests that backfill {@code [from, to)} of a type. The default cuts the range into the descriptor's
     * {@link HistoryPolicy#maxWindow()}; override when one Terra type comes from several provider endpoints.
     */
    default List<BackfillWindow> planBackfill(DataType type, Instant from, Instant to) {
        if (!descriptor().provides(type)) return List.of();
        return BackfillWindow.split(descriptor().history(), type, null, from, to);
    }

    /**
     * Asks the provider to send a window's history by push ({@link HistoryDelivery#PUSH} windows only). A request
     * the provider already has (Garmin's 409) is not an error.
     */
    default void requestBackfill(ConnectionContext connection, BackfillWindow window) throws ConnectorException {
        throw new UnsupportedOperationException(descriptor().provider() + " backfills by pull");
    }

    /** The receiver of this provider's notifications at {@code /v2/hooks/<provider lower-case>}, if it pushes. */
    default Optional<PushReceiver> pushReceiver() {
        return Optional.empty();
    }

    /**
     * A client id/secret the provider accepts from every deployment, used when neither the environment nor the
     * deployment configured one (the sandbox, whose authorization server is Tributary itself). Real providers have
     * none: developers bring their own app.
     */
    default Optional<AppCredentials> builtInClient() {
        return Optional.empty();
    }

    /** Every mapper of this connector, one per provider endpoint (checked by the conformance test). */
    default List<RecordMapper> mappers() {
        return List.of();
    }

    /**
     * Extra form parameters of a token request ({@code grant_type} {@code authorization_code} or {@code
     * refresh_token}), for providers whose token endpoint wants more than RFC 6749 (Withings' {@code action},
     * nonce and signature). The server adds them to the form of the code exchange and of every refresh; they
     * replace standard fields of the same name. {@code app.http()} may be used (e.g. to fetch a nonce).
     */
    default Map<String, String> tokenRequestParameters(AppContext app, String grantType) throws ConnectorException {
        return Map.of();
    }

    /**
     * The RFC 6749 §5.1 token response inside the provider's answer to a token request, for providers that wrap it
     * or report errors in the body of a 2xx (Withings: {@code {"status": 0, "body": {...}}}, non-zero {@code status}
     * for errors). Called for 2xx answers (others are OAuth errors as RFC 6749 §5.2 has them). The default is the
     * answer itself; the server reads {@code access_token}, {@code refresh_token} (a new one replaces the stored
     * one: rotation), {@code expires_in}, {@code scope} and the user id ({@code user_id}, {@code userid}, …) from
     * what this returns; {@code null} means "read the raw body" (form-encoded answers).
     *
     * @param grantType {@code authorization_code} or {@code refresh_token}
     * @param answer the body as a JSON object ({@code null} when it is not one)
     * @throws ConnectorException {@code ACCESS_REVOKED} when the grant is gone for good (an invalid or expired
     *     refresh token: {@code access_revoked}), {@code RATE_LIMITED} / {@code TRANSIENT} to retry later, {@code
     *     AUTH_FAILED} or {@code BAD_RESPONSE} when the provider refused ({@code connection_error})
     */
    default JsonNode tokenResponse(String grantType, JsonNode answer) throws ConnectorException {
        return answer;
    }

    /**
     * The HTTP status a provider's answer stands for, where the provider reports errors in the body of an HTTP 200
     * (Withings' {@code {"status": 401}} envelope). The server's {@link ProviderHttp} acts on it as on the HTTP
     * status (refresh once on 401, back off on 429, retry 5xx) and hands the connector a response with this
     * status. The default is the HTTP status.
     */
    default int effectiveStatus(ProviderHttp.Response response) {
        return response.status();
    }

    /**
     * Periodic app-level upkeep, per configured app (hourly, and once at start): create or renew app-wide webhook
     * subscriptions (Oura's expire). Keep state in {@link AppContext#store()}.
     */
    default void maintainApp(AppContext app) throws ConnectorException {}
}
