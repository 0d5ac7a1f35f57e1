package gov.buyamerican.portal;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Module boundaries: each top-level package is a module that may use only other modules' public API (their base
 * package), not their internals. {@code shared} is open to all.
 */
class ArchitectureTest {

    // the jOOQ classes generated from the migrations are build output shared by all modules, not a module
    private final ApplicationModules modules = ApplicationModules.of(PortalApplication.class,
            JavaClass.Predicates.resideInAPackage("gov.buyamerican.portal.db.."));

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    /** With several instances on one database, a scheduled job must run once per period, not once per instance. */
    @Test
    void everyScheduledJobTakesTheSchedulerLock() {
        var classes = new com.tngtech.archunit.core.importer.ClassFileImporter()
                .withImportOption(com.tngtech.archunit.core.importer.ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("gov.buyamerican.portal");
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods()
                .that().areAnnotatedWith(org.springframework.scheduling.annotation.Scheduled.class)
                .should().beAnnotatedWith(net.javacrumbs.shedlock.spring.annotation.SchedulerLock.class)
                .because("every instance runs the same schedule; the lock row lets one of them run each period")
                .check(classes);
    }
}
