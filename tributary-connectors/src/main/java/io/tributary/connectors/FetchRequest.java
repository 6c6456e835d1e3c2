package io.tributary.connectors;

import io.tributary.model.DataType;
import java.time.Instant;
import java.util.Map;

/**
 * One pull: a data type for a user over {@code [start, end)}.
 *
 * @param userId Tributary's user id (stable seed for the sandbox)
 * @param providerUserId the provider's id of the account, when known
 * @param http authenticated HTTP to the provider (adds the access token, refreshes it on 401); null for
 *     connectors that make no HTTP calls
 * @param attributes per-connection extras stored at connect time (e.g. sandbox options)
 */
public record FetchRequest(
        String userId,
        String providerUserId,
        DataType type,
        Instant start,
        Instant end,
        ProviderHttp http,
        Map<String, String> attributes) {}
