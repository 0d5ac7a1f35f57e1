package gov.buyamerican.portal.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** Shown to a logged-in user who opens a page their roles do not allow: a clear "no access", not an error dump. */
@PermitAll
@PageTitle("No access | Buy American Compliance Portal")
@ParentLayout(MainLayout.class)
public class AccessDeniedView extends Div implements HasErrorParameter<AccessDeniedException> {

    public AccessDeniedView() {
        addClassName("portal-message-page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        H2 title = new H2("No access");
        add(title,
                new Paragraph("Your roles do not allow you to open '" + event.getLocation().getPath()
                        + "'. If you need it for your work, ask a portal administrator to give you the role."),
                new Anchor("", "Go to the home page"));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
