package gov.buyamerican.portal.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/** The log-in page. Tells a locked or disabled user why, without saying whether a user name exists. */
@Route(value = "login", autoLayout = false)
@PageTitle("Log in | Buy American Compliance Portal")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();

    public LoginView() {
        addClassName("portal-login");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);

        var icon = VaadinIcon.FLAG.create();
        icon.addClassName("portal-login-logo");
        icon.getElement().setAttribute("aria-hidden", "true");
        H1 title = new H1("Buy American Compliance Portal");
        Paragraph intro = new Paragraph("Vendors, origin attestations, waivers and purchases under FAR Part 25 "
                + "and Executive Order 14005.");
        Div header = new Div(icon, title, intro);
        header.addClassName("portal-login-header");

        Paragraph notice = new Paragraph("U.S. Government information system. Use is monitored and recorded; "
                + "unauthorized use is prohibited.");
        notice.addClassName("portal-login-notice");

        Div card = new Div(header, login, notice);
        card.addClassName("portal-login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            return;
        }
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        Object last = lastAuthenticationException();
        if (last instanceof LockedException) {
            error.setTitle("Account locked");
            error.setMessage("Too many failed attempts. The account is locked for a while; try again later "
                    + "or ask an administrator to unlock it.");
        } else if (last instanceof DisabledException) {
            error.setTitle("Account disabled");
            error.setMessage("This account has been disabled. Ask a portal administrator.");
        } else {
            error.setTitle("Incorrect user name or password");
            error.setMessage("Check them and try again. After 5 failed attempts the account is locked for 15 minutes.");
        }
        login.setI18n(i18n);
        login.setError(true);
    }

    private static Object lastAuthenticationException() {
        if (VaadinServletRequest.getCurrent() == null) {
            return null;
        }
        HttpSession session = VaadinServletRequest.getCurrent().getHttpServletRequest().getSession(false);
        return session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }
}
