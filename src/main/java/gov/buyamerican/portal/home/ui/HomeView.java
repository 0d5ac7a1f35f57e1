package gov.buyamerican.portal.home.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
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
import gov.buyamerican.portal.shared.ui.PortalChart;
import com.vaadin.flow.component.details.Details;
import java.util.List;
import java.util.stream.Collectors;
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
            add(activityChart(audit.activityByDay(14)));
            Grid<AuditEvent> recent = new Grid<>(AuditEvent.class, false);
            recent.addColumn(e -> Formats.dateTime(e.occurredAt())).setHeader("When (UTC)").setAutoWidth(true).setFlexGrow(0);
            recent.addColumn(AuditEvent::actor).setHeader("User").setAutoWidth(true);
            recent.addColumn(AuditEvent::summary).setHeader("What").setFlexGrow(1);
            recent.setItems(audit.page(AuditFilter.none(), PageQuery.first(10)));
            recent.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
            recent.setAllRowsVisible(true);
            recent.setAriaLabel("Recent activity");
            H2 heading = new H2("Recent activity");
            Div section = new Div(heading, recent);
            section.addClassName("portal-section");
            add(section);
        }
    }

    /** Audit entries per day as a bar chart, with the numbers as a table for screen readers and keyboard users. */
    private static Component activityChart(List<AuditService.DayCount> days) {
        PortalChart chart = new PortalChart("Audit entries per day, last 14 days");
        chart.setId("activity-chart");
        chart.setHeight("14rem");
        String labels = days.stream().map(d -> "\"" + d.day() + "\"").collect(Collectors.joining(","));
        String values = days.stream().map(d -> Integer.toString(d.count())).collect(Collectors.joining(","));
        chart.setConfiguration("""
                {"type":"bar","data":{"labels":[%s],"datasets":[{"label":"Audit entries","data":[%s]}]},
                 "options":{"plugins":{"legend":{"display":false}},"scales":{"y":{"beginAtZero":true,"ticks":{"precision":0}}}}}"""
                .formatted(labels, values));
        Grid<AuditService.DayCount> table = new Grid<>();
        table.addColumn(d -> d.day().toString()).setHeader("Day (UTC)");
        table.addColumn(AuditService.DayCount::count).setHeader("Entries");
        table.setItems(days);
        table.setAllRowsVisible(true);
        table.addThemeVariants(GridVariant.LUMO_COMPACT);
        table.setAriaLabel("Audit entries per day");
        Details numbers = new Details("Show the numbers", table);
        Div section = new Div(new H2("Activity in the last 14 days"), chart, numbers);
        section.addClassName("portal-section");
        return section;
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
