package io.tributary.connectors;

import java.util.List;

/**
 * Who the connected account is at the provider, learnt right after the token exchange.
 *
 * @param providerUserId the provider's id of the account; null keeps what the token response said
 * @param scopes the permissions the user granted, as the provider names them (shown in {@code TerraUser.scopes});
 *     null keeps what the token response said
 */
public record Identity(String providerUserId, List<String> scopes) {
    /** Nothing beyond the token response. */
    public static final Identity FROM_TOKEN_RESPONSE = new Identity(null, null);

    public Identity {
        scopes = scopes == null ? null : List.copyOf(scopes);
    }
}
