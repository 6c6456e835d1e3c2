package io.tributary.server.delivery.writer;

import io.tributary.server.delivery.s3.ArchFixtureS3Side;

/** Test-only: the other half of the deliberate delivery.s3 ⇄ delivery.writer cycle. */
public class ArchFixtureWriterSide {
    public ArchFixtureS3Side s3;
}
