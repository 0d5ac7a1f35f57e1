package gov.buyamerican.portal.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import gov.buyamerican.portal.audit.AuditEvent;
import gov.buyamerican.portal.audit.AuditFilter;
import gov.buyamerican.portal.audit.AuditService;
import gov.buyamerican.portal.audit.ChainVerification;
import gov.buyamerican.portal.security.Roles;
import gov.buyamerican.portal.shared.PageQuery;
import gov.buyamerican.portal.shared.ui.Badge;
import gov.buyamerican.portal.shared.ui.Formats;
import gov.buyamerican.portal.shared.ui.Notifications;
import gov.buyamerican.portal.shared.ui.ViewToolbar;
import jakarta.annotation.security.RolesAllowed;

/**
 * The audit trail (ADMIN, AUDITOR): who did what, when, to which record, with before and after values. Read-only;
 * the hash chain can be verified from here.
 */
@Route("audit")
@PageTitle("Audit trail | Buy American Compliance Portal")
@Menu(order = 80, icon = "vaadin:records", title = "Audit trail")
@RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
public class AuditView extends Main {

    private final AuditService audit;
    private final Grid<AuditEvent> grid = new Grid<>(AuditEvent.class, false);
    private final TextField actor = new TextField();
    private final TextField entity = new TextField();
    private final TextField text = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Span chainStatus = new Span();

    public AuditView(AuditService audit) {
        this.audit = audit;
        addClassName("portal-view");

        actor.setPlaceholder("User");
        actor.setAriaLabel("Filter by user");
        entity.setPlaceholder("Record type");
        entity.setAriaLabel("Filter by record type");
        text.setPlaceholder("Text in summary");
        text.setAriaLabel("Filter by text in the summary");
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        from.setPlaceholder("From");
        from.setAriaLabel("From date (UTC)");
        to.setPlaceholder("To");
        to.setAriaLabel("To date (UTC)");
        for (TextField f : new TextField[] {actor, entity, text}) {
            f.setValueChangeMode(ValueChangeMode.LAZY);
            f.setClearButtonVisible(true);
            f.addValueChangeListener(e -> refresh());
        }
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);

        Button verify = new Button("Verify integrity", VaadinIcon.SHIELD.create(), e -> verify());
        verify.setTooltipText("Re-computes the hash chain to detect entries changed directly in the database");
        verify.setId("verify-chain");

        Div filters = new Div(actor, entity, text, from, to);
        filters.addClassName("portal-filters");

        grid.addColumn(e -> Formats.dateTimeSeconds(e.occurredAt())).setHeader("When (UTC)").setKey("occurredAt")
                .setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEvent::actor).setHeader("User").setKey("actor").setSortable(true).setAutoWidth(true);
        grid.addColumn(AuditEvent::action).setHeader("Action").setKey("action").setSortable(true).setAutoWidth(true);
        grid.addColumn(e -> e.entityType() + (e.entityId() == null ? "" : " " + e.entityId())).setHeader("Record")
                .setKey("entityType").setSortable(true).setAutoWidth(true);
        grid.addColumn(AuditEvent::summary).setHeader("Summary").setFlexGrow(1);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(AuditView::details));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAriaLabel("Audit trail");
        grid.setEmptyStateText("No entry matches the filters");
        grid.setItems(query -> audit.page(filter(), new PageQuery(query.getOffset(), query.getLimit(),
                query.getSortOrders().stream().map(o -> new PageQuery.SortOrder(o.getSorted(),
                        o.getDirection() == SortDirection.ASCENDING)).toList())).stream());
        grid.setSizeFull();

        add(new ViewToolbar("Audit trail", "Every change and login, newest first. Click a row for before and after values.",
                chainStatus, verify), filters, grid);
    }

    private static Div details(AuditEvent e) {
        Div box = new Div();
        box.addClassName("portal-audit-details");
        if (e.remoteAddr() != null) {
            box.add(new Div(new Span("From address: " + e.remoteAddr())));
        }
        if (e.beforeJson() != null) {
            box.add(new Details("Before", new Pre(e.beforeJson())));
        }
        if (e.afterJson() != null) {
            Details after = new Details("After", new Pre(e.afterJson()));
            after.setOpened(true);
            box.add(after);
        }
        if (box.getComponentCount() == 0) {
            box.add(new Span("No recorded values for this entry."));
        }
        return box;
    }

    private void verify() {
        ChainVerification result = audit.verifyChain();
        chainStatus.removeAll();
        if (result.intact()) {
            chainStatus.add(new Badge("Intact: " + Formats.count(result.checked()) + " entries verified", Badge.Tone.SUCCESS));
            Notifications.success("The audit trail is intact (" + Formats.count(result.checked()) + " entries)");
        } else {
            chainStatus.add(new Badge("Tampering detected at entry " + result.firstBrokenId(), Badge.Tone.ERROR));
            Notifications.error(result.problem());
        }
    }

    private AuditFilter filter() {
        return new AuditFilter(actor.getValue(), null, entity.getValue(), null, text.getValue(), from.getValue(), to.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
