package io.tributary.connectors;

/**
 * The developer app registered at the provider (one per environment, or the deployment default from {@code
 * TRIBUTARY_<PROVIDER>_CLIENT_ID} / {@code _CLIENT_SECRET}). Connectors use it where the provider wants the client
 * identity outside the OAuth flow: signing (WHOOP, Withings), subscription calls (Oura), or recognising whose
 * notification arrived (Garmin's {@code garmin-client-id}).
 *
 * @param ref the server's opaque name for the app (which environment it belongs to); connectors echo it back
 */
public record AppCredentials(String ref, String clientId, String clientSecret) {
    @Override
    public String toString() {
        return "AppCredentials[ref=" + ref + ", clientId=" + clientId + ", clientSecret=****]";
    }
}
