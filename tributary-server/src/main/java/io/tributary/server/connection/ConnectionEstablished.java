package io.tributary.server.connection;

import java.util.UUID;

/**
 * Published (Spring application event) after a web auth flow's connection has committed, so that whoever pulls
 * data (the ingest module's scheduled pulls) starts the history now instead of at its next tick. The connection
 * module does not know who listens: the dependency points from ingest to connection only.
 */
public record ConnectionEstablished(UUID userId, String provider) {}
