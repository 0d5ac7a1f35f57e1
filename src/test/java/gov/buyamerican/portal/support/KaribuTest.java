package gov.buyamerican.portal.support;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import gov.buyamerican.portal.PortalApplication;
import gov.buyamerican.portal.security.Role;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;

/**
 * Browserless UI tests (Karibu-Testing): real views and services on the real database, without a browser. Log in with
 * {@link #login}, then navigate and inspect components.
 */
@PortalSpringTest
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired
    protected ApplicationContext ctx;

    @Autowired
    protected TestUsers testUsers;

    @BeforeAll
    static void discoverRoutes() {
        routes = new Routes().autoDiscoverViews(PortalApplication.class.getPackageName());
    }

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, ctx, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        SecurityContextHolder.clearContext();
        MockVaadin.tearDown();
    }

    /** Creates (if needed) and logs in a user with these roles, for both the security context and view access checks. */
    protected void login(String username, Role... roles) {
        testUsers.ensure(username, roles);
        var authorities = Arrays.stream(roles).map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        var principal = new User(username, TestUsers.PASSWORD, authorities);
        var auth = UsernamePasswordAuthenticationToken.authenticated(principal, TestUsers.PASSWORD, authorities);
        SecurityContextHolder.getContext().setAuthentication(auth);
        Set<String> roleNames = Arrays.stream(roles).map(Enum::name).collect(Collectors.toSet());
        var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((p, role) -> roleNames.contains(role));
    }
}
