package gov.buyamerican.portal.vendor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import gov.buyamerican.portal.shared.BusinessRuleException;
import gov.buyamerican.portal.shared.ui.Notifications;
import gov.buyamerican.portal.vendor.Vendor;
import gov.buyamerican.portal.vendor.VendorRules;
import gov.buyamerican.portal.vendor.VendorService;
import gov.buyamerican.portal.vendor.VendorStatus;
import java.util.Map;

/**
 * Changes a vendor's status. Suspending asks for the reason (required) and is confirmed with a button that says what
 * it does; reactivating clears the reason.
 */
class StatusDialog extends Dialog {

    private final VendorService vendors;
    private final Vendor vendor;
    private final Runnable onChanged;
    final RadioButtonGroup<VendorStatus> status = new RadioButtonGroup<>("New status");
    final TextArea reason = new TextArea("Reason");
    final Button apply = new Button();

    StatusDialog(VendorService vendors, Vendor vendor, Runnable onChanged) {
        this.vendors = vendors;
        this.vendor = vendor;
        this.onChanged = onChanged;
        setHeaderTitle("Status of " + vendor.legalName());
        setWidth("min(34rem, 95vw)");

        status.setItems(VendorStatus.values());
        status.setItemLabelGenerator(s -> switch (s) {
            case ACTIVE -> "Active — purchases may be made";
            case INACTIVE -> "Inactive — no longer used";
            case SUSPENDED -> "Suspended — no purchase until the reason is resolved";
        });
        status.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        status.setValue(vendor.status());
        status.setId("status-choice");
        reason.setWidthFull();
        reason.setMaxLength(VendorRules.REASON_MAX);
        reason.setHelperText("Required for a suspension; kept in the vendor's history");
        reason.setValue(vendor.statusReason() == null ? "" : vendor.statusReason());
        reason.setId("status-reason");
        status.addValueChangeListener(e -> update());

        add(new Paragraph("Currently " + vendor.status().label().toLowerCase(java.util.Locale.ROOT)
                + (vendor.statusReason() == null ? "." : ": " + vendor.statusReason())), status, reason);
        apply.addClickListener(e -> apply());
        apply.setId("apply-status");
        Button cancel = new Button("Cancel", e -> close());
        getFooter().add(cancel, apply);
        update();
    }

    private void update() {
        VendorStatus s = status.getValue();
        reason.setRequiredIndicatorVisible(s == VendorStatus.SUSPENDED);
        reason.setVisible(s != VendorStatus.ACTIVE);
        reason.setInvalid(false);
        apply.removeThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        switch (s) {
            case SUSPENDED -> {
                apply.setText("Suspend vendor");
                apply.addThemeVariants(ButtonVariant.LUMO_ERROR);
            }
            case INACTIVE -> apply.setText("Set inactive");
            case ACTIVE -> apply.setText("Reactivate vendor");
        }
        apply.setEnabled(s != vendor.status() || s != VendorStatus.ACTIVE);
    }

    void apply() {
        try {
            vendors.changeStatus(vendor.id(), vendor.version(), status.getValue(), reason.getValue());
            Notifications.success(vendor.legalName() + " is now " + status.getValue().label().toLowerCase(java.util.Locale.ROOT));
            close();
            onChanged.run();
        } catch (BusinessRuleException e) {
            VendorUi.showError(e, Map.of(VendorRules.STATUS_REASON, reason, "status", status));
        }
    }
}
