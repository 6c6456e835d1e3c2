package io.tributary.server.ingest;

import io.tributary.connectors.ProviderHttp;
import io.tributary.server.storage.User;
import java.util.Map;

/**
 * What a pull needs from the connection module for one user: authenticated HTTP to the provider (token added and
 * refreshed) and the connection's stored attributes. The connection module implements this as a bean; without one,
 * pulls get {@code null} HTTP and no attributes (enough for connectors that make no HTTP calls, like the sandbox).
 */
public interface ProviderAccess {
    ProviderHttp http(User user);

    Map<String, String> attributes(User user);
}
