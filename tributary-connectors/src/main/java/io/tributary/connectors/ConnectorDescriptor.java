package io.tributary.connectors;

import io.tributary.model.DataType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Everything the server needs to offer, connect, pull and throttle a provider, declared as data.
 *
 * @param provider Terra's resource name, e.g. {@code GARMIN}, {@code SANDBOX}
 * @param name display name, e.g. {@code Garmin}
 * @param icon icon file name under {@code /v2/static/icons/}, e.g. {@code sandbox.svg}
 * @param setup Terra's setup kind for {@code /integrations/detailed}: {@code API_KEYS_MANAGED} (works with
 *     Tributary's defaults), {@code CUSTOM_CREDENTIALS} (developer must bring keys), {@code SDK}
 * @param oauth2 set when {@code authKind == OAUTH2}; its URLs are the defaults of the {@code AUTHORIZE_URL},
 *     {@code TOKEN_URL} and {@code REVOKE_URL} keys (see {@link #urls()})
 * @param oauth1 set when {@code authKind == OAUTH1}
 * @param credentialFields form fields when {@code authKind == CREDENTIALS}
 * @param dataTypes what it can provide
 * @param writableTypes what can be written to it (the classic write endpoints). Declared so a descriptor is
 *     complete, but nothing reads it yet: write endpoints and write-back arrive with their own issue; until then
 *     nothing is ever written to a provider
 * @param requiresDeveloperCredentials not offered until the environment has client id/secret for it
 * @param enabledByDefaultInTesting on in testing and staging without configuration (the sandbox)
 * @param apiUrl default base URL of the provider's data API (key {@code API_URL}); null when it has none
 * @param limits request concurrency and rate limits, enforced by the server per provider and per app
 * @param history how much history exists per type, how big one request may be, and how it arrives
 */
public record ConnectorDescriptor(
        String provider,
        String name,
        String icon,
        String setup,
        AuthKind authKind,
        OAuth2Spec oauth2,
        OAuth1Spec oauth1,
        List<CredentialField> credentialFields,
        Set<DataType> dataTypes,
        Set<DataType> writableTypes,
        boolean requiresDeveloperCredentials,
        boolean enabledByDefaultInTesting,
        String apiUrl,
        ProviderLimits limits,
        HistoryPolicy history) {

    /** URL key of the authorization page the browser opens. */
    public static final String AUTHORIZE_URL = "AUTHORIZE_URL";
    /** URL key of the OAuth token endpoint. */
    public static final String TOKEN_URL = "TOKEN_URL";
    /** URL key of the OAuth revocation endpoint (RFC 7009), where the provider has one. */
    public static final String REVOKE_URL = "REVOKE_URL";
    /** URL key of the data API's base. */
    public static final String API_URL = "API_URL";

    public ConnectorDescriptor {
        credentialFields = credentialFields == null ? List.of() : List.copyOf(credentialFields);
        dataTypes = dataTypes == null ? Set.of() : Set.copyOf(dataTypes);
        writableTypes = writableTypes == null ? Set.of() : Set.copyOf(writableTypes);
        if (limits == null) limits = ProviderLimits.UNLIMITED;
        if (history == null) history = HistoryPolicy.pull(dataTypes, java.time.Duration.ofDays(30));
    }

    /** The descriptor shape before limits, history and the API URL were declared (defaults for those). */
    public ConnectorDescriptor(
            String provider,
            String name,
            String icon,
            String setup,
            AuthKind authKind,
            OAuth2Spec oauth2,
            OAuth1Spec oauth1,
            List<CredentialField> credentialFields,
            Set<DataType> dataTypes,
            Set<DataType> writableTypes,
            boolean requiresDeveloperCredentials,
            boolean enabledByDefaultInTesting) {
        this(
                provider,
                name,
                icon,
                setup,
                authKind,
                oauth2,
                oauth1,
                credentialFields,
                dataTypes,
                writableTypes,
                requiresDeveloperCredentials,
                enabledByDefaultInTesting,
                null,
                null,
                null);
    }

    /**
     * OAuth 2.0 endpoints. URLs starting with {@code /} are relative to Tributary's public URL (the sandbox
     * serves its own authorization server).
     */
    public record OAuth2Spec(
            String authorizeUrl,
            String tokenUrl,
            String revokeUrl,
            List<String> defaultScopes,
            String scopeSeparator,
            boolean pkce,
            ClientAuth clientAuth) {
        public OAuth2Spec {
            defaultScopes = defaultScopes == null ? List.of() : List.copyOf(defaultScopes);
        }
    }

    /** How the client authenticates at the token endpoint. */
    public enum ClientAuth {
        /** HTTP Basic with client id and secret (RFC 6749 §2.3.1). */
        BASIC,
        /** {@code client_id} and {@code client_secret} in the form body. */
        BODY,
        /**
         * The server sends no client credentials: {@link Connector#tokenRequestParameters} puts the client's proof
         * in the form (Withings' signed variant: {@code client_id}, {@code nonce}, {@code signature}), so the
         * secret never leaves the deployment.
         */
        CONNECTOR
    }

    public record OAuth1Spec(String requestTokenUrl, String authorizeUrl, String accessTokenUrl) {}

    public record CredentialField(String name, String label, boolean secret) {}

    public boolean provides(DataType type) {
        return dataTypes.contains(type);
    }

    /**
     * Every URL of this provider by key ({@link #AUTHORIZE_URL}, {@link #TOKEN_URL}, {@link #REVOKE_URL},
     * {@link #API_URL}), with the real hosts as values. A deployment overrides each with the environment variable
     * {@link #envVar(String)}, e.g. {@code TRIBUTARY_GARMIN_API_URL}; see {@link #withUrls(Map)}.
     */
    public Map<String, String> urls() {
        Map<String, String> m = new LinkedHashMap<>();
        if (oauth2 != null) {
            m.put(AUTHORIZE_URL, oauth2.authorizeUrl());
            m.put(TOKEN_URL, oauth2.tokenUrl());
            if (oauth2.revokeUrl() != null) m.put(REVOKE_URL, oauth2.revokeUrl());
        }
        if (oauth1 != null) {
            m.put(AUTHORIZE_URL, oauth1.authorizeUrl());
            m.put(TOKEN_URL, oauth1.accessTokenUrl());
        }
        if (apiUrl != null) m.put(API_URL, apiUrl);
        return m;
    }

    /** The environment variable that overrides URL {@code key}: {@code TRIBUTARY_<PROVIDER>_<KEY>}. */
    public String envVar(String key) {
        return "TRIBUTARY_" + provider.toUpperCase(Locale.ROOT) + "_" + key;
    }

    /**
     * This descriptor with some URLs replaced (keys as in {@link #urls()}; unknown keys and null values are
     * ignored). The server applies the deployment's overrides once, so every caller sees the effective URLs.
     */
    public ConnectorDescriptor withUrls(Map<String, String> overrides) {
        if (overrides == null || overrides.isEmpty()) return this;
        Map<String, String> o = new LinkedHashMap<>();
        overrides.forEach((k, v) -> {
            if (k != null && v != null && !v.isBlank()) o.put(k, v.trim());
        });
        if (o.isEmpty()) return this;
        OAuth2Spec o2 = oauth2 == null
                ? null
                : new OAuth2Spec(
                        o.getOrDefault(AUTHORIZE_URL, oauth2.authorizeUrl()),
                        o.getOrDefault(TOKEN_URL, oauth2.tokenUrl()),
                        o.getOrDefault(REVOKE_URL, oauth2.revokeUrl()),
                        oauth2.defaultScopes(),
                        oauth2.scopeSeparator(),
                        oauth2.pkce(),
                        oauth2.clientAuth());
        OAuth1Spec o1 = oauth1 == null
                ? null
                : new OAuth1Spec(
                        oauth1.requestTokenUrl(),
                        o.getOrDefault(AUTHORIZE_URL, oauth1.authorizeUrl()),
                        o.getOrDefault(TOKEN_URL, oauth1.accessTokenUrl()));
        return new ConnectorDescriptor(
                provider,
                name,
                icon,
                setup,
                authKind,
                o2,
                o1,
                credentialFields,
                dataTypes,
                writableTypes,
                requiresDeveloperCredentials,
                enabledByDefaultInTesting,
                o.getOrDefault(API_URL, apiUrl),
                limits,
                history);
    }

    /** This descriptor with a deployment's history setting ({@code TRIBUTARY_<PROVIDER>_HISTORY_DAYS}). */
    public ConnectorDescriptor withHistoryDays(int days) {
        return new ConnectorDescriptor(
                provider,
                name,
                icon,
                setup,
                authKind,
                oauth2,
                oauth1,
                credentialFields,
                dataTypes,
                writableTypes,
                requiresDeveloperCredentials,
                enabledByDefaultInTesting,
                apiUrl,
                limits,
                history.withInitialDays(days));
    }
}
