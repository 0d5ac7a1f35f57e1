package gov.buyamerican.portal.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one Spring test configuration of the suite: the whole application on a random port, on the embedded MariaDB of
 * this test JVM, sending its e-mail to the in-process SMTP server of {@link TestMailServer} (started before the context,
 * on a free port). Every Spring test uses exactly this annotation so that one cached context serves them all.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "portal.admin.username=" + TestUsers.ADMIN,
        "portal.admin.password=" + TestUsers.PASSWORD,
        "vaadin.launch-browser=false",
        "spring.mail.host=127.0.0.1",
        "spring.mail.port=${" + TestMailServer.PORT_PROPERTY + "}",
        "portal.mail.from=portal-test@example.gov"})
@ContextConfiguration(initializers = TestMailServer.class)
public @interface PortalSpringTest {
}
