package io.tributary.server.ingest;

import io.tributary.server.connection.ArchFixtureConnectionSide;

/** Test-only: the other half of the deliberate connection ⇄ ingest cycle for {@code ArchitectureRulesFailTest}. */
public class ArchFixtureIngestSide {
    public ArchFixtureConnectionSide other;
}
