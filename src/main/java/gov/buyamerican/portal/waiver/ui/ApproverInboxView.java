package gov.buyamerican.portal.waiver.ui;

import gov.buyamerican.portal.shared.ui.Grids;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import gov.buyamerican.portal.security.Roles;
import gov.buyamerican.portal.shared.PageQuery;
import gov.buyamerican.portal.shared.ui.Badge;
import gov.buyamerican.portal.shared.ui.Formats;
import gov.buyamerican.portal.shared.ui.ViewToolbar;
import gov.buyamerican.portal.waiver.InboxItem;
import gov.buyamerican.portal.waiver.WaiverNotificationService;
import gov.buyamerican.portal.waiver.WaiverService;
import com.vaadin.flow.component.dependency.StyleSheet;
import jakarta.annotation.security.RolesAllowed;

/**
 * The approver's inbox: requests waiting for this approver (within their authority and value limit, never their own)
 * and those they are reviewing, the oldest submission first, with its age.
 */
@Route("waivers/inbox")
@PageTitle("Approver inbox | Buy American Compliance Portal")
@Menu(order = 41, icon = "vaadin:inbox", title = "Approver inbox")
@StyleSheet(WaiverStyles.SHEET)
@RolesAllowed(Roles.APPROVER)
public class ApproverInboxView extends Main {

    final Grid<InboxItem> grid = new Grid<>(InboxItem.class, false);

    public ApproverInboxView(WaiverService waivers, WaiverNotificationService notifications) {
        addClassName("portal-view");
        grid.addColumn(i -> i.waiver().reference()).setHeader("Number").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> i.waiver().title()).setHeader("Title").setWidth("12rem").setFlexGrow(3)
                .setTooltipGenerator(i -> i.waiver().title());
        grid.addColumn(i -> i.waiver().type().label()).setHeader("Type").setWidth("8rem").setFlexGrow(1)
                .setTooltipGenerator(i -> i.waiver().type().label());
        grid.addColumn(i -> i.waiver().requesterName()).setHeader("Requester").setWidth("8rem").setFlexGrow(1)
                .setTooltipGenerator(i -> i.waiver().requesterName());
        grid.addColumn(i -> Formats.money(i.waiver().estimatedValue())).setHeader("Estimated value")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> i.waiver().submittedAt() == null ? "" : Formats.date(java.time.LocalDate.ofInstant(
                        i.waiver().submittedAt(), java.time.ZoneOffset.UTC))).setHeader("Submitted").setAutoWidth(true)
                .setFlexGrow(0).setTooltipGenerator(i -> Formats.dateTime(i.waiver().submittedAt()));
        grid.addComponentColumn(i -> age(i.ageInDays())).setHeader("Waiting").setKey("age").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(i -> i.inReviewByMe() ? new Badge("In review by you", Badge.Tone.INFO)
                : new Badge("Waiting for review", Badge.Tone.WARNING)).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("Requests waiting for me");
        grid.setEmptyStateText("Nothing is waiting for you.");
        grid.setItems(query -> waivers.inbox(new PageQuery(query.getOffset(),
                Math.min(query.getLimit(), PageQuery.MAX_LIMIT), java.util.List.of())).stream());
        Grids.openOnClickOrEnter(grid, item -> UI.getCurrent().navigate(WaiverDetailView.class,
                new RouteParameters("id", String.valueOf(item.waiver().id()))));
        grid.setSizeFull();
        add(new ViewToolbar("Approver inbox", "Waiting for me, oldest first: requests within my authority and value "
                + "limit, and those I am reviewing.", new NotificationBell(notifications)), grid);
    }

    private static Span age(long days) {
        Span s = new Span(days == 0 ? "today" : days == 1 ? "1 day" : days + " days");
        s.addClassName(days >= 10 ? "waiver-age-old" : "waiver-age");
        return s;
    }
}
