package io.tributary.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency graph the README's Architecture section describes, enforced: api/admin/dashboard → services →
 * storage → shared, no cycles between packages of any module, SQL only in storage, and the pure modules (model,
 * connectors, files) know nothing of the server or Spring. {@link ArchitectureRulesFailTest} proves the cycle and
 * SQL rules fail on a deliberate violation.
 */
@AnalyzeClasses(packages = "io.tributary", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The server's modules (account, connection, ingest, storage, delivery, api, …) form a DAG. */
    @ArchTest
    static final ArchRule serverPackagesAreFreeOfCycles = ArchitectureRules.serverPackagesAreFreeOfCycles();

    /** model ← connectors, files ← server: the Maven modules, and no cycle among their top-level packages. */
    @ArchTest
    static final ArchRule modulesAreFreeOfCycles = ArchitectureRules.modulesAreFreeOfCycles();

    @ArchTest
    static final ArchRule modelPackagesAreFreeOfCycles =
            slices().matching("io.tributary.model.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule connectorPackagesAreFreeOfCycles =
            slices().matching("io.tributary.connectors.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule storageDependsOnNothingAbove = noClasses()
            .that()
            .resideInAPackage("io.tributary.server.storage..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.tributary.server.api..",
                    "io.tributary.server.admin..",
                    "io.tributary.server.account..",
                    "io.tributary.server.connection..",
                    "io.tributary.server.ingest..",
                    "io.tributary.server.delivery..",
                    "io.tributary.server.dashboard..");

    @ArchTest
    static final ArchRule nothingDependsOnControllers = noClasses()
            .that()
            .resideOutsideOfPackages(
                    "io.tributary.server.api..", "io.tributary.server.admin..", "io.tributary.server.dashboard..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.tributary.server.api..", "io.tributary.server.admin..", "io.tributary.server.dashboard..");

    @ArchTest
    static final ArchRule sharedIsTheBottom = noClasses()
            .that()
            .resideInAPackage("io.tributary.server.shared..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.tributary.server.storage..",
                    "io.tributary.server.account..",
                    "io.tributary.server.api..",
                    "io.tributary.server.connection..",
                    "io.tributary.server.ingest..",
                    "io.tributary.server.delivery..");

    /** The connection module knows nothing of who pulls data (ingest listens to its events instead). */
    @ArchTest
    static final ArchRule connectionDoesNotKnowIngest = noClasses()
            .that()
            .resideInAPackage("io.tributary.server.connection..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.tributary.server.ingest..", "io.tributary.server.delivery..");

    @ArchTest
    static final ArchRule onlyStorageWritesSql = noClasses()
            .that()
            .resideOutsideOfPackages("io.tributary.server.storage..", "io.tributary.server.delivery..")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("org.springframework.jdbc.core.simple.JdbcClient");

    @ArchTest
    static final ArchRule modelConnectorsAndFilesAreFreeOfTheServerAndSpring = noClasses()
            .that()
            .resideInAnyPackage("io.tributary.model..", "io.tributary.connectors..", "io.tributary.files..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.tributary.server..", "org.springframework..", "jakarta.servlet..");

    /** Parsers and connectors are separate modules: neither reaches into the other. */
    @ArchTest
    static final ArchRule filesAndConnectorsAreIndependent = noClasses()
            .that()
            .resideInAPackage("io.tributary.files..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.tributary.connectors..");

    @ArchTest
    static final ArchRule modelDependsOnNoOtherModule = noClasses()
            .that()
            .resideInAPackage("io.tributary.model..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.tributary.connectors..", "io.tributary.files..", "io.tributary.server..");

    @ArchTest
    static final ArchRule controllersLiveInApiOrAdmin = classes()
            .that()
            .areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
            .should()
            .resideInAnyPackage(
                    "io.tributary.server.api..",
                    "io.tributary.server.admin..",
                    "io.tributary.server.dashboard..",
                    "io.tributary.server.shared..");
}
