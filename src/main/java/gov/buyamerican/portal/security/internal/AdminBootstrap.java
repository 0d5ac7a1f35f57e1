package gov.buyamerican.portal.security.internal;

import gov.buyamerican.portal.security.UserAdministration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * First start with no users: creates the administrator from {@code PORTAL_ADMIN_USERNAME} / {@code PORTAL_ADMIN_PASSWORD},
 * or with a random password printed once to the log (it must be changed at first login).
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserAdministration users;
    private final String username;
    private final String password;

    AdminBootstrap(UserAdministration users, @Value("${portal.admin.username:admin}") String username,
                   @Value("${portal.admin.password:}") String password) {
        this.users = users;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean generated = password == null || password.isBlank();
        String pw = generated ? UserAdministration.randomPassword() : password;
        if (users.createFirstAdministrator(username, pw, generated)) {
            if (generated) {
                log.warn("""

                        ==============================================================
                         First start: created the administrator '{}'
                         with the one-time password: {}
                         It must be changed at the first login. This is not shown again.
                        ==============================================================""", username, pw);
            } else {
                log.info("First start: created the administrator '{}' from PORTAL_ADMIN_USERNAME/PASSWORD", username);
            }
        }
    }
}
