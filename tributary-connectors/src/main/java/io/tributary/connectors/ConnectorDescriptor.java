package io.tributary.connectors;

import io.tributary.model.DataType;
import java.util.List;
import java.util.Set;

/**
 * Everything the server needs to offer, connect and read a provider, declared as data.
 *
 * @param provider Terra's resource name, e.g. {@code GARMIN}, {@code SANDBOX}
 * @param name display name, e.g. {@code Garmin}
 * @param icon icon file name under {@code /v2/static/icons/}, e.g. {@code sandbox.svg}
 * @param setup Terra's setup kind for {@code /integrations/detailed}: {@code API_KEYS_MANAGED} (works with
 *     Tributary's defaults), {@code CUSTOM_CREDENTIALS} (developer must bring keys), {@code SDK}
 * @param oauth2 set when {@code authKind == OAUTH2}
 * @param oauth1 set when {@code authKind == OAUTH1}
 * @param credentialFields form fields when {@code authKind == CREDENTIALS}
 * @param dataTypes what it can provide
 * @param writableTypes what can be written to it (the classic write endpoints). Declared now so a connector's
 *     descriptor is complete, but nothing reads it yet: the write endpoints and write-back arrive with their own
 *     issue, until then no data is ever written to a provider
 * @param requiresDeveloperCredentials not offered until the environment has client id/secret for it
 * @param enabledByDefaultInTesting on in testing and staging without configuration (the sandbox)
 * @param maxConcurrentRequests at most this many requests to the provider in flight at once per environment (one
 *     developer app), across all of that environment's connections on one node; further requests wait for a free
 *     slot. Set it to what the provider's documentation tolerates; at least 1
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
        int maxConcurrentRequests) {

    /** What {@link #maxConcurrentRequests} is when a descriptor does not say. */
    public static final int DEFAULT_MAX_CONCURRENT_REQUESTS = 8;

    public ConnectorDescriptor {
        if (maxConcurrentRequests < 1)
            throw new IllegalArgumentException(provider + ": maxConcurrentRequests must be at least 1");
    }

    /** A descriptor with {@link #DEFAULT_MAX_CONCURRENT_REQUESTS}. */
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
                DEFAULT_MAX_CONCURRENT_REQUESTS);
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
            ClientAuth clientAuth) {}

    /** How the client authenticates at the token endpoint. */
    public enum ClientAuth {
        BASIC,
        BODY
    }

    public record OAuth1Spec(String requestTokenUrl, String authorizeUrl, String accessTokenUrl) {}

    public record CredentialField(String name, String label, boolean secret) {}

    public boolean provides(DataType type) {
        return dataTypes.contains(type);
    }
}
