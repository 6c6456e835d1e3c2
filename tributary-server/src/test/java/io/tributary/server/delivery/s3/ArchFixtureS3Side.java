package io.tributary.server.delivery.s3;

import io.tributary.server.delivery.writer.ArchFixtureWriterSide;

/** Test-only: one half of a deliberate delivery.s3 ⇄ delivery.writer cycle for {@code ArchitectureRulesFailTest}. */
public class ArchFixtureS3Side {
    public ArchFixtureWriterSide writer;
}
