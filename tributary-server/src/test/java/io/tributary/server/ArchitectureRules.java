package io.tributary.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/** The rules {@link ArchitectureTest} applies and {@link ArchitectureRulesFailTest} proves can fail. */
final class ArchitectureRules {
    private ArchitectureRules() {}

    static ArchRule serverPackagesAreFreeOfCycles() {
        return slices().matching("io.tributary.server.(*)..").should().beFreeOfCycles();
    }

    static ArchRule modulesAreFreeOfCycles() {
        return slices().matching("io.tributary.(*)..").should().beFreeOfCycles();
    }

    /**
     * Only {@code storage} touches a database: JDBC ({@code java.sql}, {@code javax.sql.DataSource}), the PostgreSQL
     * driver, Spring JDBC ({@code JdbcClient}, {@code JdbcTemplate}, …) and Flyway. One exception, stated narrowly:
     * {@code delivery.sql} writes the SQL destinations (a developer's own Postgres/MySQL/Supabase database, over its
     * own JDBC pool), which is delivering events, not Tributary's storage.
     */
    static ArchRule onlyStorageTouchesSql() {
        return noClasses()
                .that()
                .resideOutsideOfPackages("io.tributary.server.storage..", "io.tributary.server.delivery.sql..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "java.sql..", "javax.sql..", "org.postgresql..", "org.springframework.jdbc..", "org.flywaydb..")
                .because("only storage writes Tributary's SQL (README, Architecture)");
    }
}
