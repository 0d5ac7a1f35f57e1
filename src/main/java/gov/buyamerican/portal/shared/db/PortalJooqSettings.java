package gov.buyamerican.portal.shared.db;

import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * jOOQ settings: optimistic locking on every record with a {@code version} column (a concurrent change makes
 * {@code store()} fail instead of silently overwriting), and no schema name in generated SQL, so the same code runs
 * against any database name (embedded {@code portal} or an external one).
 */
@Configuration(proxyBeanMethods = false)
class PortalJooqSettings {

    @Bean
    DefaultConfigurationCustomizer jooqSettingsCustomizer() {
        return config -> config.settings()
                .withExecuteWithOptimisticLocking(true)
                .withExecuteWithOptimisticLockingExcludeUnversioned(true)
                .withRenderSchema(false)
                .withReturnAllOnUpdatableRecord(false);
    }
}
