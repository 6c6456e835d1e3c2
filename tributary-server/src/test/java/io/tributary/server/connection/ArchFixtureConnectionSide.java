package io.tributary.server.connection;

import io.tributary.server.ingest.ArchFixtureIngestSide;

/** Test-only: half of a deliberate connection ⇄ ingest cycle for {@code ArchitectureRulesFailTest}. */
public class ArchFixtureConnectionSide {
    public ArchFixtureIngestSide other;
}
