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
}
