package gov.buyamerican.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.spring.SpringServlet;
import gov.buyamerican.portal.support.PortalSpringTest;
import jakarta.servlet.ServletContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.ServletRegistrationBean;

/** Idle sessions end after 15 minutes and Vaadin's heartbeats do not keep them alive. */
@PortalSpringTest
class SessionSettingsIT {

    @Autowired
    ServletContext servletContext;
    @Autowired
    ServletRegistrationBean<SpringServlet> vaadinServlet;

    @Test
    void idleSessionsCloseAfterFifteenMinutes() {
        assertThat(servletContext.getSessionTimeout()).isEqualTo(15);
        var config = vaadinServlet.getServlet().getService().getDeploymentConfiguration();
        assertThat(config.isCloseIdleSessions()).isTrue();
        assertThat(config.getHeartbeatInterval()).isLessThan(15 * 60);
    }
}
