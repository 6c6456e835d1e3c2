package io.tributary.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * The dependency graph the README's Architecture section describes, enforced: api/admin/dashboard → services →
 * storage → shared, no cycles between packages of any module, SQL only in storage, and the pure modules (model,
 * connectors, files) know nothing of the server or Spring. {@link ArchitectureRulesFailTest} proves the cycle and
 * SQL rules fail on a deliberate violation.
 */
@AnalyzeClasses(
        packages = "io.tributary",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.DoNotIncludeTestJars.class})
class ArchitectureTest {

    /** Other modules' test classes reach the classpath as {@code *-tests.jar}; they are not main code either. */
    static final class DoNotIncludeTestJars implements ImportOption {
        @Override
        public boolean includes(com.tngtech.archunit.core.importer.Location location) {
            return !location.contains("-tests.jar") && !location.contains("/test-classes/");
        }
    }

    /** The server's modules (account, connection, ingest, storage, delivery, api, …) form a DAG. */
    @ArchTest
    static final ArchRule serverPackagesAreFreeOfCycles = ArchitectureRules.serverPackagesAreFreeOfCycles();

    /** Every package, sub-packages included (delivery.s3, delivery.writer, …), is in no cycle. */
    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = ArchitectureRules.packagesAreFreeOfCycles();

    /** model ← connectors, files ← server: the Maven modules, and no cycle among their top-level packages. */
    @ArchTest
    static final ArchRule modulesAreFreeOfCycles = ArchitectureRules.modulesAreFreeOfCycles();

    /** java.sql, javax.sql, the PostgreSQL driver, Spring JDBC and Flyway only in storage (and delivery.sql). */
    @ArchTest
    static final ArchRule onlyStorageTouchesSql = ArchitectureRules.onlyStorageTouchesSql();

    /** Instant.now(), System.currentTimeMillis() and friends only in the Clock bean; nanoTime for durations. */
    @ArchTest
    static final ArchRule timeOfDayComesFromTheInjectedClock = ArchitectureRules.timeOfDayComesFromTheInjectedClock();

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
                    "io.tributary.server.dashboard..",
                    "io.tributary.server.outbox..");

    /** The event writer sits just above storage: every producer depends on it, it on none of them. */
    @ArchTest
    static final ArchRule outboxDependsOnlyOnStorageSharedAndModel = noClasses()
            .that()
            .resideInAPackage("io.tributary.server.outbox..")
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

    /** One way into the outbox: events are written by {@code outbox.EventWriter} from model event records. */
    @ArchTest
    static final ArchRule eventsAreWrittenOnlyByTheEventWriter = noClasses()
            .that()
            .resideOutsideOfPackages("io.tributary.server.outbox..", "io.tributary.server.storage..")
            .should()
            .callMethod(
                    io.tributary.server.storage.OutboxStore.class,
                    "append",
                    String.class,
                    java.util.UUID.class,
                    java.util.UUID.class,
                    String.class,
                    String.class,
                    String.class,
                    java.time.Instant.class)
            .orShould()
            .callMethod(
                    io.tributary.server.storage.DeliveryStore.class,
                    "insertDirect",
                    String.class,
                    java.util.UUID.class,
                    String.class,
                    String.class,
                    String.class,
                    String.class,
                    String.class);

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
                    "io.tributary.server.delivery..",
                    "io.tributary.server.outbox..");

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

    /**
     * The delivery engine reaches the database only through storage (its {@code LISTEN} connection too:
     * DueNotifications). Sub-packages that write to a destination's own database (delivery.sql) are not Tributary's
     * SQL.
     */
    @ArchTest
    static final ArchRule deliveryEngineTouchesNoJdbc = noClasses()
            .that()
            .resideInAPackage("io.tributary.server.delivery")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.sql..", "javax.sql..", "org.postgresql..", "org.springframework.jdbc..");

    @ArchTest
    static final ArchRule modelConnectorsAndFilesAreFreeOfTheServerAndSpring = noClasses()
            .that()
            .resideInAnyPackage(
                    "io.tributary.model..",
                    "io.tributary.connectors..",
                    "io.tributary.files..",
                    "io.tributary.scores..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.tributary.server..", "org.springframework..", "jakarta.servlet..");

    /** Scores depend on the model only: not on connectors or parsers. */
    @ArchTest
    static final ArchRule scoresDependOnTheModelOnly = noClasses()
            .that()
            .resideInAPackage("io.tributary.scores..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.tributary.connectors..", "io.tributary.files..");

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
            .resideInAnyPackage(
                    "io.tributary.connectors..",
                    "io.tributary.files..",
                    "io.tributary.scores..",
                    "io.tributary.server..");

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

    /** Controllers go through services (design.md: api → services → storage), never to storage itself. */
    @ArchTest
    static final ArchRule controllersDoNotReachStorage = noClasses()
            .that()
            .resideInAnyPackage("io.tributary.server.api..", "io.tributary.server.admin..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.tributary.server.storage..");

    /**
     * Handler methods take and return records, not raw JSON trees or maps (the flexible wire format is bound in one
     * place, {@code api.WireInputResolver}); a method whose shape is not ours to type says why with
     * {@code @PassThrough}.
     */
    @ArchTest
    static final ArchRule controllersSpeakRecords = methods()
            .that()
            .areDeclaredInClassesThat()
            .resideInAnyPackage("io.tributary.server.api..", "io.tributary.server.admin..")
            .and()
            .areMetaAnnotatedWith(org.springframework.web.bind.annotation.RequestMapping.class)
            .and()
            .areNotAnnotatedWith(io.tributary.server.api.PassThrough.class)
            .should(new NoRawJson());

    /** No {@code JsonNode} or {@code Map} in a method's parameter or return types, type arguments included. */
    static final class NoRawJson extends ArchCondition<JavaMethod> {
        NoRawJson() {
            super("take and return no JsonNode or Map");
        }

        @Override
        public void check(JavaMethod m, ConditionEvents events) {
            List<JavaType> types = new ArrayList<>(m.getParameterTypes());
            types.add(m.getReturnType());
            for (JavaType t : types)
                if (raw(t))
                    events.add(SimpleConditionEvent.violated(
                            m, m.getFullName() + " takes or returns " + t.getName() + " (use a record)"));
        }

        private static boolean raw(JavaType t) {
            JavaClass c = t.toErasure();
            if (c.isAssignableTo(java.util.Map.class) || c.isAssignableTo(tools.jackson.databind.JsonNode.class))
                return true;
            if (t instanceof JavaParameterizedType p)
                for (JavaType a : p.getActualTypeArguments()) if (raw(a)) return true;
            return false;
        }
    }
}
