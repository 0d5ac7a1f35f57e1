package gov.buyamerican.portal.purchase.ui;

import gov.buyamerican.portal.shared.ui.Grids;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import gov.buyamerican.portal.purchase.Office;
import gov.buyamerican.portal.purchase.OfficeForm;
import gov.buyamerican.portal.purchase.OfficeService;
import gov.buyamerican.portal.security.Roles;
import gov.buyamerican.portal.shared.BusinessRuleException;
import gov.buyamerican.portal.shared.ui.FieldErrors;
import gov.buyamerican.portal.shared.ui.Notifications;
import gov.buyamerican.portal.shared.ui.ViewToolbar;
import jakarta.annotation.security.RolesAllowed;

/** The offices purchases are recorded for: a small grid; STAFF and ADMIN add and change them in a dialog. */
@Route("offices")
@PageTitle("Offices | Buy American Compliance Portal")
@Menu(order = 52, icon = "vaadin:building", title = "Offices")
@RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.APPROVER, Roles.REPORTS, Roles.AUDITOR})
public class OfficesView extends Main {

    private final OfficeService offices;
    final Grid<Office> grid = new Grid<>(Office.class, false);

    public OfficesView(OfficeService offices) {
        this.offices = offices;
        addClassName("portal-view");
        grid.addColumn(Office::code).setHeader("Code").setAutoWidth(true);
        grid.addColumn(Office::name).setHeader("Name").setFlexGrow(1);
        grid.addColumn(o -> o.active() ? "Active" : "Inactive").setHeader("Status").setAutoWidth(true);
        grid.setAriaLabel("Offices");
        grid.setEmptyStateText("No office yet");
        grid.setId("office-grid");
        if (PurchaseUi.canEdit()) {
            Grids.openOnClickOrEnter(grid, item -> edit(item));
            Button add = new Button("New office", VaadinIcon.PLUS.create(), e -> edit(null));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.setId("new-office");
            add(new ViewToolbar("Offices", "Organizational units that buy.", add));
        } else {
            add(new ViewToolbar("Offices", "Organizational units that buy."));
        }
        add(grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(offices.list());
    }

    void edit(Office office) {
        Dialog d = new Dialog(office == null ? "New office" : "Edit office " + office.code());
        TextField code = new TextField("Code");
        TextField name = new TextField("Name");
        Checkbox active = new Checkbox("Active", office == null || office.active());
        code.setId("office-code");
        name.setId("office-name");
        if (office != null) {
            code.setValue(office.code());
            name.setValue(office.name());
        }
        FieldErrors errors = new FieldErrors().bind(OfficeService.CODE, code).bind(OfficeService.NAME, name);
        Button save = new Button("Save", e -> {
            errors.clear();
            try {
                OfficeForm f = new OfficeForm(code.getValue(), name.getValue(), active.getValue());
                Office saved = office == null ? offices.create(f) : offices.update(office.id(), office.version(), f);
                d.close();
                Notifications.success("Office " + saved.code() + " saved");
                refresh();
            } catch (BusinessRuleException ex) {
                errors.show(ex);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("office-save");
        d.add(new FormLayout(code, name, active));
        d.getFooter().add(new Button("Cancel", e -> d.close()), save);
        d.open();
    }
}
