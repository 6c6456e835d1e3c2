package io.tributary.connectors;

/** How an end user connects a provider. */
public enum AuthKind {
    /** OAuth 2.0 authorization code (with PKCE where the provider supports it). */
    OAUTH2,
    /** OAuth 1.0a three-legged, HMAC-SHA1. */
    OAUTH1,
    /** A username/password or API-key form that Tributary submits to the provider. */
    CREDENTIALS,
    /** A mobile SDK source (Apple Health, Health Connect, Samsung Health): token from generateAuthToken. */
    SDK,
    /** No provider account: file uploads. */
    NONE
}
