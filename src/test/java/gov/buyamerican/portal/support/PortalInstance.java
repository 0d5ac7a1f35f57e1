package gov.buyamerican.portal.support;

import gov.buyamerican.portal.PortalApplication;
import gov.buyamerican.portal.security.Role;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * A whole portal application started by a test against an external database (as a production instance would run), on
 * a random HTTP port. Several can run in one JVM against the same database, like instances behind a load balancer. The
 * expiry jobs do not fire by themselves during the test (their first run is a day away); tests call them.
 */
public final class PortalInstance {

    private PortalInstance() {
    }

    public static ConfigurableApplicationContext start(ExternalMariaDb db, String database, String user, String password,
                                                       String name, String... extraProperties) {
        List<String> props = new ArrayList<>(List.of(
                "spring.datasource.url=" + db.jdbcUrl(database),
                "spring.datasource.username=" + user,
                "spring.datasource.password=" + password,
                "server.port=0",
                "portal.admin.username=" + TestUsers.ADMIN,
                "portal.admin.password=" + TestUsers.PASSWORD,
                "portal.data-dir=" + db.dir().resolve("portal-" + name),
                "portal.scheduling.initial-delay=P1D",
                "vaadin.launch-browser=false",
                "spring.jmx.enabled=false",
                "spring.application.name=portal-" + name));
        props.addAll(List.of(extraProperties));
        // a second application in this JVM installs its own security-context strategy; keep the caller's
        SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();
        try {
            // as command-line arguments: SpringApplicationBuilder.properties() are defaults, which application.properties
            // overrides (server.port would stay 8080)
            return new SpringApplicationBuilder(PortalApplication.class)
                    .run(props.stream().map(p -> "--" + p).toArray(String[]::new));
        } finally {
            SecurityContextHolder.setContextHolderStrategy(strategy);
        }
    }

    /**
     * Acts as this user in the current thread for calls into {@code app}. Each application has its own Vaadin-aware
     * security-context strategy (a thread-local per strategy), which method security uses, while some code reads the
     * JVM-wide {@link SecurityContextHolder}: the context is set on both.
     */
    public static void actAs(ConfigurableApplicationContext app, String username, Role... roles) {
        var authorities = Arrays.stream(roles).map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        SecurityContextHolderStrategy strategy = strategyOf(app);
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, "n/a", authorities));
        strategy.setContext(context);
        // code that reads SecurityContextHolder statically (CurrentUser) sees the JVM-wide strategy
        SecurityContextHolder.getContextHolderStrategy().setContext(context);
    }

    public static void clear(ConfigurableApplicationContext app) {
        strategyOf(app).clearContext();
        SecurityContextHolder.getContextHolderStrategy().clearContext();
    }

    private static SecurityContextHolderStrategy strategyOf(ConfigurableApplicationContext app) {
        return app.getBeanProvider(SecurityContextHolderStrategy.class).getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }
}
