package io.tributary.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** The rules {@link ArchitectureTest} applies and {@link ArchitectureRulesFailTest} proves can fail. */
final class ArchitectureRules {
    private ArchitectureRules() {}

    static ArchRule serverPackagesAreFreeOfCycles() {
        return slices().matching("io.tributary.server.(*)..").should().beFreeOfCycles();
    }

    /**
     * No cycle between any two packages at any depth: every package is its own slice, so sub-packages count too
     * (delivery.s3 ⇄ delivery.writer, a destination package ⇄ the delivery engine, model ⇄ model.nested, a
     * connector package ⇄ the SPI). The top-level rules above name the module that broke; this one sees inside.
     */
    static ArchRule packagesAreFreeOfCycles() {
        return slices().matching("io.tributary.(**)").should().beFreeOfCycles();
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

    /** Where the system clock is read: the one {@code Clock} bean. */
    static final String CLOCK_BEAN = "io.tributary.server.shared.CoreConfig";

    private static final Set<String> DATE_TIME_TYPES = Set.of(
            "java.time.Instant",
            "java.time.LocalDate",
            "java.time.LocalDateTime",
            "java.time.LocalTime",
            "java.time.OffsetDateTime",
            "java.time.OffsetTime",
            "java.time.ZonedDateTime",
            "java.time.Year",
            "java.time.YearMonth",
            "java.time.MonthDay");

    /**
     * Time of day comes from the injected {@link Clock}, so tests control it (design.md, Time): no {@code
     * Instant.now()}, {@code LocalDate.now()} (or any {@code java.time} {@code now()} without a clock), {@code
     * System.currentTimeMillis()}, {@code new Date()} or {@code Clock.systemUTC()} in main code, except in the Clock
     * bean. Measuring a duration with {@code System.nanoTime()} is fine: it is not a time of day.
     */
    static ArchRule timeOfDayComesFromTheInjectedClock() {
        return noClasses()
                .that()
                .doNotHaveFullyQualifiedName(CLOCK_BEAN)
                .should()
                .callCodeUnitWhere(readsTheWallClock())
                .because("time of day comes from the injected Clock (design.md, Time); durations use System.nanoTime");
    }

    private static DescribedPredicate<JavaCall<?>> readsTheWallClock() {
        return DescribedPredicate.describe("reads the wall clock", call -> {
            String owner = call.getTargetOwner().getFullName();
            String name = call.getName();
            List<JavaClass> params = call.getTarget().getRawParameterTypes();
            if (DATE_TIME_TYPES.contains(owner) && name.equals("now"))
                return params.isEmpty() || params.get(0).isAssignableTo(ZoneId.class);
            if (owner.equals("java.lang.System")) return name.equals("currentTimeMillis");
            if (owner.equals("java.time.Clock"))
                return name.equals("systemUTC") || name.equals("systemDefaultZone") || name.equals("system");
            if (owner.equals("java.util.Date")) return name.equals("<init>") && params.isEmpty();
            return false;
        });
    }
}
