package io.tributary.connectors;

import io.tributary.model.DataType;
import java.time.Instant;

/**
 * One pull: a data type for a user over {@code [start, end)}.
 *
 * @param userId Tributary's user id (stable seed for the sandbox)
 * @param providerUserId the provider's id of the account, when known
 * @param now the server's clock when the pull was made (connectors never read the system clock, so tests and
 *     replays control time)
 * @param http authenticated HTTP to the provider (adds the access token, refreshes it on 401, bounds concurrency
 *     per provider, and hands out stored credentials for {@link AuthKind#CREDENTIALS} connections)
 */
public record FetchRequest(
        String userId,
        String providerUserId,
        DataType type,
        Instant start,
        Instant end,
        Instant now,
        ProviderHttp http) {}
