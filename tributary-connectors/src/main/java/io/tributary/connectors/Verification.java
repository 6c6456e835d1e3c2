package io.tributary.connectors;

/**
 * Whether a notification really comes from the provider, and for which developer app.
 *
 * @param app the app whose secret (or client id, or verification token) matched; null when refused
 * @param reason why it was refused, for the log and the 401's detail; null when verified
 */
public record Verification(AppCredentials app, String reason) {
    public static Verification of(AppCredentials app) {
        if (app == null) throw new IllegalArgumentException("app");
        return new Verification(app, null);
    }

    public static Verification refused(String reason) {
        return new Verification(null, reason);
    }

    public boolean verified() {
        return app != null;
    }
}
