package gov.buyamerican.portal.reference.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import gov.buyamerican.portal.reference.CriticalItem;
import gov.buyamerican.portal.reference.CriticalItemService;
import gov.buyamerican.portal.reference.RuleUnit;
import gov.buyamerican.portal.shared.ui.Badge;
import gov.buyamerican.portal.shared.ui.Notifications;
import java.time.Clock;
import java.time.LocalDate;

/** The critical items list (FAR 25.105): reserved and empty at the time of writing, kept by ADMIN. */
class CriticalItemsPanel extends Div {

    private final CriticalItemService items;
    private final Clock clock;
    private final Grid<CriticalItem> grid = new Grid<>(CriticalItem.class, false);

    CriticalItemsPanel(CriticalItemService items, Clock clock, boolean admin) {
        this.items = items;
        this.clock = clock;
        addClassNames("portal-section", "portal-critical-items");

        Paragraph about = new Paragraph("Critical items and critical components (FAR 25.105) get an additional price "
                + "preference on top of the evaluation factor. The list is reserved at the time of writing: an empty list "
                + "means no additional preference applies.");
        about.addClassName("portal-rule-description");
        Div header = new Div(about);
        header.addClassName("portal-rule-header");
        if (admin) {
            Button add = new Button("Add critical item", VaadinIcon.PLUS.create(),
                    e -> new CriticalItemDialog(items, null, this::refresh).open());
            add.addThemeVariants(ButtonVariant.LUMO_SMALL);
            add.setId("add-critical-item");
            add.addClassName("portal-rule-add");
            header.add(add);
        }

        grid.addColumn(i -> i.pscCode() == null ? "" : i.pscCode()).setHeader("PSC").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CriticalItem::description).setHeader("Item or component").setKey("description").setFlexGrow(3);
        grid.addColumn(i -> RuleUnit.PERCENT.format(i.pricePreferencePercent())).setHeader("Additional preference")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> i.effectiveFrom().toString()).setHeader("From").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> i.effectiveUntil() == null ? "open-ended" : i.effectiveUntil().toString())
                .setHeader("Last day").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::status).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CriticalItem::citation).setHeader("Source").setFlexGrow(2);
        if (admin) {
            grid.addComponentColumn(this::actions).setHeader("Actions").setKey("actions").setAutoWidth(true).setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Critical items");
        grid.setEmptyStateText("No critical items: the FAR 25.105 list is empty, so no additional preference applies.");
        grid.setId("grid-critical-items");
        add(header, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(items.list());
    }

    private Badge status(CriticalItem i) {
        LocalDate today = LocalDate.now(clock);
        if (i.appliesOn(today)) {
            return new Badge("In force", Badge.Tone.SUCCESS);
        }
        return today.isBefore(i.effectiveFrom()) ? new Badge("Future", Badge.Tone.INFO) : new Badge("Past", Badge.Tone.NEUTRAL);
    }

    private Component actions(CriticalItem i) {
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> new CriticalItemDialog(items, i, this::refresh).open());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setAriaLabel("Edit " + i.description());
        edit.setTooltipText("Edit");
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> confirmRemove(i));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel("Remove " + i.description());
        remove.setTooltipText("Remove");
        Div box = new Div(edit, remove);
        box.addClassName("portal-row-actions");
        return box;
    }

    private void confirmRemove(CriticalItem i) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader("Remove this critical item?");
        confirm.setText("\u201c" + i.description() + "\u201d will no longer add a preference. The removal is recorded in "
                + "the audit trail with the entry as it was.");
        confirm.setCancelable(true);
        confirm.setConfirmText("Remove");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            items.delete(i.id(), i.version());
            Notifications.success("Removed \u201c" + i.description() + "\u201d");
            refresh();
        });
        confirm.open();
    }
}
