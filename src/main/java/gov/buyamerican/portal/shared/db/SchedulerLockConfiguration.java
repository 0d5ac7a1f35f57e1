package gov.buyamerican.portal.shared.db;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled jobs run once per period across all application instances sharing the database. Every {@code @Scheduled}
 * method also carries ShedLock's {@code @SchedulerLock}: before running, an instance moves the job's row in the
 * {@code shedlock} table (migration V50) forward; an instance that finds the row held skips that run. Times come from
 * the database server (one clock for all instances), so clock drift between instances does not matter.
 *
 * <p>{@code lockAtMostFor} (default 30 minutes) frees the lock of an instance that died while running a job;
 * {@code lockAtLeastFor} on each job keeps the row held after a quick run, so another instance whose timer fires a
 * little later in the same period does not run the job again.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class SchedulerLockConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                .usingDbTime()
                .build());
    }
}
