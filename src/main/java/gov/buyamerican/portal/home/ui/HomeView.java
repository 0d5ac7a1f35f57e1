package gov.buyamerican.portal.home.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import gov.buyamerican.portal.audit.AuditEvent;
import gov.buyamerican.portal.audit.AuditFilter;
import gov.buyamerican.portal.audit.AuditService;
import gov.buyamerican.portal.security.CurrentUser;
import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.security.UserService;
import gov.buyamerican.portal.shared.PageQuery;
import gov.buyamerican.portal.shared.ui.Formats;
import gov.buyamerican.portal.shared.ui.ViewToolbar;
import jakarta.annotation.security.PermitAll;

/** The home dashboard: the figures that exist so far, and recent activity for those allowed to read the trail. */
@Route("")
@PageTitle("Home | Buy American Compliance Portal")
@Menu(order = 0, icon = "vaadin:home", title = "Home")
@PermitAll
public class HomeView extends Main {

    public HomeView(UserService users, AuditService audit) {
        addClassName("portal-view");
        String name = users.me().map(u -> u.displayName()).orElse(CurrentUser.actor());
        add(new ViewToolbar("Welcome, " + name, "Your overview of the portal."));

        var userCounts = users.counts();
        var auditSummary = audit.summary();
        Div cards = new Div(
                card("Users", Formats.count(userCounts.total()), Formats.count(userCounts.enabled()) + " active", "card-users"),
                card("Audit entries", Formats.count(auditSummary.total()),
                        Formats.count(auditSummary.lastDay()) + " in the last 24 hours", "card-audit"),
                card("Failed logins", Formats.count(auditSummary.failedLoginsLastDay()), "in the last 24 hours",
                        "card-failed-logins"));
        cards.addClassName("portal-cards");
        add(cards);

        if (CurrentUser.hasAnyRole(Role.ADMIN, Role.AUDITOR)) {
            Grid<AuditEvent> recent = new Grid<>(AuditEvent.class, false);
            recent.addColumn(e -> Formats.dateTime(e.occurredAt())).setHeader("When (UTC)").setAutoWidth(true).setFlexGrow(0);
            recent.addColumn(AuditEvent::actor).setHeader("User").setAutoWidth(true);
            recent.addColumn(AuditEvent::summary).setHeader("What").setFlexGrow(1);
            recent.setItems(audit.page(AuditFilter.none(), PageQuery.first(10)));
            recent.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
            recent.setAllRowsVisible(true);
            recent.setAriaLabel("Recent activity");
            H3 heading = new H3("Recent activity");
            Div section = new Div(heading, recent);
            section.addClassName("portal-section");
            add(section);
        }
    }

    private static Component card(String label, String value, String detail, String id) {
        Span v = new Span(value);
        v.addClassName("portal-card-value");
        Span l = new Span(label);
        l.addClassName("portal-card-label");
        Paragraph d = new Paragraph(detail);
        d.addClassName("portal-card-detail");
        Div card = new Div(l, v, d);
        card.addClassName("portal-card");
        card.setId(id);
        return card;
    }
}
