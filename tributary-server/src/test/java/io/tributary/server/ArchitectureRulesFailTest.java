package io.tributary.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import io.tributary.server.api.ArchFixtureSqlUser;
import io.tributary.server.archfixture.WallClockReads;
import io.tributary.server.connection.ArchFixtureConnectionSide;
import io.tributary.server.delivery.s3.ArchFixtureS3Side;
import io.tributary.server.delivery.writer.ArchFixtureWriterSide;
import io.tributary.server.ingest.ArchFixtureIngestSide;
import io.tributary.server.storage.ConnectionStore;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@link ArchitectureTest} are not vacuous: evaluated against test-only fixtures that break them (a
 * connection ⇄ ingest cycle, JDBC outside storage), they report exactly that; against well-behaved classes they pass.
 */
class ArchitectureRulesFailTest {

    @Test
    void aCycleBetweenServerPackagesIsReported() {
        JavaClasses cyclic =
                new ClassFileImporter().importClasses(ArchFixtureConnectionSide.class, ArchFixtureIngestSide.class);
        EvaluationResult r = ArchitectureRules.serverPackagesAreFreeOfCycles().evaluate(cyclic);
        assertThat(r.hasViolation()).isTrue();
        assertThat(r.getFailureReport().getDetails())
                .anySatisfy(d -> assertThat(d).contains("Cycle detected: Slice connection -> "));
        assertThat(ArchitectureRules.modulesAreFreeOfCycles().evaluate(cyclic).hasViolation())
                .as("both halves are one module (server): no module cycle")
                .isFalse();
    }

    @Test
    void aCycleBetweenSubPackagesIsReported() {
        JavaClasses cyclic =
                new ClassFileImporter().importClasses(ArchFixtureS3Side.class, ArchFixtureWriterSide.class);
        EvaluationResult r = ArchitectureRules.packagesAreFreeOfCycles().evaluate(cyclic);
        assertThat(r.hasViolation()).isTrue();
        assertThat(String.join("\n", r.getFailureReport().getDetails()))
                .contains("Slice server.delivery.s3 -> ", "Slice server.delivery.writer -> ");
        assertThat(ArchitectureRules.serverPackagesAreFreeOfCycles()
                        .evaluate(cyclic)
                        .hasViolation())
                .as("both halves are in delivery: the top-level rule alone would not see it")
                .isFalse();
        assertThat(ArchitectureRules.packagesAreFreeOfCycles()
                        .evaluate(new ClassFileImporter().importClasses(ArchFixtureS3Side.class))
                        .hasViolation())
                .as("one direction is no cycle")
                .isFalse();
    }

    @Test
    void oneDirectionIsNoCycle() {
        JavaClasses oneWay = new ClassFileImporter().importClasses(ArchFixtureIngestSide.class, ConnectionStore.class);
        assertThat(ArchitectureRules.serverPackagesAreFreeOfCycles()
                        .evaluate(oneWay)
                        .hasViolation())
                .isFalse();
    }

    @Test
    void jdbcOutsideStorageIsReported() {
        EvaluationResult r = ArchitectureRules.onlyStorageTouchesSql()
                .evaluate(new ClassFileImporter().importClasses(ArchFixtureSqlUser.class));
        assertThat(r.hasViolation()).isTrue();
        assertThat(String.join("\n", r.getFailureReport().getDetails()))
                .contains("javax.sql.DataSource.getConnection()", "java.sql.Connection.createStatement()");
        assertThat(ArchitectureRules.onlyStorageTouchesSql()
                        .evaluate(new ClassFileImporter().importClasses(ArchFixtureIngestSide.class))
                        .hasViolation())
                .as("a class without JDBC passes")
                .isFalse();
    }

    @Test
    void wallClockReadsAreReportedAndTheInjectedClockIsNot() {
        EvaluationResult r = ArchitectureRules.timeOfDayComesFromTheInjectedClock()
                .evaluate(new ClassFileImporter()
                        .importClasses(
                                WallClockReads.InstantNow.class,
                                WallClockReads.CurrentTimeMillis.class,
                                WallClockReads.LocalDateNowInAZone.class,
                                WallClockReads.SystemClock.class));
        assertThat(r.hasViolation()).isTrue();
        assertThat(String.join("\n", r.getFailureReport().getDetails()))
                .contains(
                        "Instant.now()",
                        "System.currentTimeMillis()",
                        "LocalDate.now(java.time.ZoneId)",
                        "Clock.systemUTC()");
        assertThat(ArchitectureRules.timeOfDayComesFromTheInjectedClock()
                        .evaluate(new ClassFileImporter().importClasses(WallClockReads.InjectedClock.class))
                        .hasViolation())
                .as("clock.instant(), LocalDate.now(clock) and System.nanoTime() pass")
                .isFalse();
    }
}
