package gov.buyamerican.portal.shared.demo;

import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code PORTAL_DEMO_DATA=true}: fills an empty portal with realistic sample records so that a newcomer sees a living
 * portal. Runs after the first administrator exists; does nothing when demo data was loaded before (a marker row in
 * {@code demo_data_run}). Demo users share {@code PORTAL_DEMO_PASSWORD}, or a random password logged once.
 */
@Component
@Order(10)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final List<DemoDataContributor> contributors;
    private final JdbcTemplate jdbc;
    private final boolean enabled;
    private final int size;
    private final String password;

    DemoDataLoader(List<DemoDataContributor> contributors, JdbcTemplate jdbc,
                   @Value("${portal.demo-data.enabled:false}") boolean enabled,
                   @Value("${portal.demo-data.size:0}") int size,
                   @Value("${portal.demo-data.password:}") String password) {
        this.contributors = contributors;
        this.jdbc = jdbc;
        this.enabled = enabled;
        this.size = size;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        Integer runs = jdbc.queryForObject("SELECT COUNT(*) FROM demo_data_run", Integer.class);
        if (runs != null && runs > 0) {
            log.info("Demo data already loaded; nothing to do");
            return;
        }
        boolean generated = password == null || password.isBlank();
        String pw = generated ? gov.buyamerican.portal.security.UserAdministration.randomPassword() : password;
        var settings = new DemoDataContributor.DemoSettings(Math.max(0, size), 20261124L, pw);
        for (DemoDataContributor c : contributors.stream().sorted(Comparator.comparingInt(DemoDataContributor::order)).toList()) {
            long start = System.nanoTime();
            c.contribute(settings);
            log.info("Demo data: {} loaded in {} ms", c.name(), (System.nanoTime() - start) / 1_000_000);
        }
        jdbc.update("INSERT INTO demo_data_run (loaded_at, size) VALUES (UTC_TIMESTAMP(6), ?)", size);
        if (generated) {
            log.warn("Demo users (staff, approver, reports, auditor) share the one-time password: {}", pw);
        }
    }
}
