package gov.buyamerican.portal.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The one Spring test configuration of the suite: the whole application on a random port, on the embedded MariaDB of
 * this test JVM. Every Spring test uses exactly this annotation so that one cached context serves them all.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "portal.admin.username=" + TestUsers.ADMIN,
        "portal.admin.password=" + TestUsers.PASSWORD,
        "vaadin.launch-browser=false"})
public @interface PortalSpringTest {
}
