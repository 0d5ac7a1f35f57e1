package gov.buyamerican.portal.shared.db;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Chooses the database mode before any bean exists. External mode: {@code spring.datasource.url} is set (for example
 * through {@code SPRING_DATASOURCE_URL}); nothing else happens. Embedded mode (the default): a MariaDB server is started
 * in {@code portal.data-dir} and the standard {@code spring.datasource.*} properties are pointed at it, so the rest of
 * the application (Hikari, Flyway, jOOQ) is identical in both modes.
 *
 * <p>Runs right after logging is initialised, so the server's start is logged with the application's levels.
 */
public class EmbeddedDatabaseStarter implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    static final String PROPERTY_SOURCE = "portalEmbeddedMariaDb";

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment env = event.getEnvironment();
        if (StringUtils.hasText(env.getProperty("spring.datasource.url"))
                || !env.getProperty("portal.embedded-db.enabled", Boolean.class, true)) {
            return;
        }
        Path dataDir = Path.of(env.getRequiredProperty("portal.data-dir")).resolve("mariadb");
        String baseDir = env.getProperty("portal.embedded-db.base-dir");
        var settings = new EmbeddedMariaDb.Settings(
                dataDir,
                StringUtils.hasText(baseDir) ? Path.of(baseDir) : dataDir.resolve("base"),
                env.getProperty("portal.embedded-db.database", "portal"),
                env.getProperty("portal.embedded-db.username", "portal"),
                env.getProperty("portal.embedded-db.port", Integer.class, 0),
                env.getProperty("portal.embedded-db.fresh", Boolean.class, false),
                env.getProperty("portal.embedded-db.buffer-pool-size", EmbeddedMariaDb.Settings.DEFAULT_BUFFER_POOL));
        EmbeddedMariaDb.ConnectionInfo db = EmbeddedMariaDb.startOnce(settings);
        env.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, Map.of(
                "spring.datasource.url", db.url(),
                "spring.datasource.username", db.username(),
                "spring.datasource.password", db.password(),
                "portal.embedded-db.active", "true")));
    }

    @Override
    public int getOrder() {
        return LoggingApplicationListener.DEFAULT_ORDER + 1;
    }
}
