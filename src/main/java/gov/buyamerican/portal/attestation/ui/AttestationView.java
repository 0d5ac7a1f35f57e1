package gov.buyamerican.portal.attestation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import gov.buyamerican.portal.attestation.Attestation;
import gov.buyamerican.portal.attestation.AttestationService;
import gov.buyamerican.portal.attestation.AttestationStatus;
import gov.buyamerican.portal.catalog.Product;
import gov.buyamerican.portal.catalog.ProductService;
import gov.buyamerican.portal.security.Roles;
import gov.buyamerican.portal.shared.BusinessRuleException;
import gov.buyamerican.portal.shared.ConcurrentEditException;
import gov.buyamerican.portal.shared.NotFoundException;
import gov.buyamerican.portal.shared.files.StoredFileService;
import gov.buyamerican.portal.shared.files.ui.EvidenceUpload;
import gov.buyamerican.portal.shared.ui.Formats;
import gov.buyamerican.portal.shared.ui.Notifications;
import gov.buyamerican.portal.shared.ui.ViewToolbar;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;

/**
 * One attestation. A draft is edited here with the live result; a submitted one is shown as signed, with its stored
 * result, and can be verified (by someone other than who entered it), rejected, or corrected by a new version.
 */
@Route("attestations/:attestationId([0-9]{1,18})")
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.APPROVER, Roles.REPORTS, Roles.AUDITOR})
public class AttestationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AttestationService attestations;
    private final ProductService products;
    private final StoredFileService files;
    private String title = "Attestation | Buy American Compliance Portal";
    AttestationFormPanel form;
    EvidenceUpload evidence;
    final List<Button> actions = new ArrayList<>();
    private long shownId;

    public AttestationView(AttestationService attestations, ProductService products, StoredFileService files) {
        this.attestations = attestations;
        this.products = products;
        this.files = files;
        addClassName("portal-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Long.parseLong(event.getRouteParameters().get("attestationId").orElseThrow());
        try {
            render(attestations.get(id));
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, e.getMessage());
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void reload(long id) {
        render(attestations.get(id));
    }

    private void render(Attestation a) {
        removeAll();
        actions.clear();
        shownId = a.id();
        Product p = products.get(a.productId());
        title = "Attestation " + a.label() + " of " + p.name() + " | Buy American Compliance Portal";
        boolean editable = a.status() == AttestationStatus.DRAFT && AttestationUi.canWrite();
        form = new AttestationFormPanel(f -> attestations.calculate(p.kind(), f), true);
        form.setForm(a.toForm());
        form.setReadOnly(!editable);
        if (a.status() != AttestationStatus.DRAFT) {
            form.agree.setValue(a.certificationText() != null);
            if (a.result() != null) {
                form.result.show(a.result(), "Computed on " + Formats.dateTime(a.submittedAt()));
            }
        }

        if (editable) {
            Button save = action("Save draft", VaadinIcon.CHECK, () -> {
                attestations.updateDraft(a.id(), a.version(), form.getForm());
                Notifications.success("Draft saved");
            });
            Button submit = action("Sign and submit", VaadinIcon.PAPERPLANE, () -> {
                attestations.submit(a.id(), a.version(), form.getForm());
                Notifications.success("Submitted: another staff member verifies it");
            });
            submit.setId("submit-attestation");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("save-draft");
            Button delete = new Button("Delete draft", VaadinIcon.TRASH.create(), e -> {
                ConfirmDialog d = new ConfirmDialog("Delete draft " + a.label() + "?", "The draft and its documents"
                        + " are deleted. This cannot be undone.", "Delete", ev -> {
                    attestations.deleteDraft(a.id(), a.version());
                    UI.getCurrent().navigate("products/" + a.productId());
                });
                d.setCancelable(true);
                d.setConfirmButtonTheme("error primary");
                d.open();
            });
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            actions.add(0, delete);
        }
        if (a.status() == AttestationStatus.SUBMITTED && AttestationUi.canWrite()) {
            Button verify = action("Verify", VaadinIcon.CHECK_CIRCLE, () -> {
                attestations.verify(a.id(), a.version());
                Notifications.success("Verified");
            });
            verify.setId("verify-attestation");
            verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            Button reject = new Button("Reject", VaadinIcon.CLOSE_CIRCLE.create(), e -> openReject(a));
            reject.setId("reject-attestation");
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(reject);
        }
        if (a.status() != AttestationStatus.DRAFT && a.status() != AttestationStatus.SUPERSEDED && AttestationUi.canWrite()) {
            Button correct = new Button("Start correction", VaadinIcon.COPY.create(), e -> {
                try {
                    UI.getCurrent().navigate(AttestationUi.route(attestations.correct(a.id()).id()));
                } catch (BusinessRuleException ex) {
                    Notifications.error(ex.getMessage());
                }
            });
            correct.setId("correct-attestation");
            actions.add(correct);
        }
        Anchor productLink = new Anchor("products/" + p.id(), p.label());
        Div header = new Div(AttestationUi.statusBadge(a.status()), new Span("of"), productLink);
        header.addClassName("portal-dialog-status");
        header.setId("attestation-status");

        add(new ViewToolbar("Attestation " + a.label(), "Origin attestation of " + p.label() + " ("
                + gov.buyamerican.portal.catalog.ProductKinds.label(p.kind()) + ")", actions.toArray(Button[]::new)),
                header);
        Div record = recordFacts(a);
        if (record != null) {
            add(record);
        }
        add(form);

        boolean canAttach = AttestationUi.canWrite()
                && (a.status() == AttestationStatus.DRAFT || a.status() == AttestationStatus.SUBMITTED);
        evidence = new EvidenceUpload(files.maxBytes(), (name, content) -> attestations.addEvidence(a.id(), name, content),
                files::read);
        evidence.setFiles(attestations.evidence(a.id()));
        evidence.setReadOnly(!canAttach);
        Div evidenceBox = new Div(new H2("Evidence"), evidence);
        evidenceBox.addClassName("portal-section");
        add(evidenceBox);
    }

    private Div recordFacts(Attestation a) {
        List<String> lines = new ArrayList<>();
        if (a.signedAt() != null) {
            lines.add("Signed by " + a.signerName() + ", " + a.signerTitle() + " <" + a.signerEmail() + "> on "
                    + Formats.dateTime(a.signedAt()) + ", certification " + a.certificationVersion() + ".");
        }
        lines.add(a.source() == Attestation.Source.VENDOR ? "Entered by the vendor through invitation link "
                + a.invitationId() + "." : "Entered by " + a.enteredBy() + ".");
        if (a.verifiedBy() != null) {
            lines.add("Verified by " + a.verifiedBy() + " on " + Formats.dateTime(a.verifiedAt()) + ".");
        }
        if (a.rejectedBy() != null) {
            lines.add("Rejected by " + a.rejectedBy() + " on " + Formats.dateTime(a.rejectedAt()) + ": "
                    + a.rejectionReason());
        }
        if (a.validUntil() != null) {
            lines.add("Valid until " + a.validUntil() + ".");
        }
        if (a.correctsId() != null) {
            lines.add("Corrects attestation " + a.correctsId() + ".");
        }
        if (a.supersededById() != null) {
            lines.add("Superseded by attestation " + a.supersededById() + ".");
        }
        Div d = new Div();
        d.addClassName("portal-section");
        d.setId("attestation-record");
        lines.forEach(l -> d.add(new Paragraph(l)));
        return d;
    }

    private Button action(String text, VaadinIcon icon, Runnable run) {
        Button b = new Button(text, icon.create(), e -> {
            try {
                run.run();
                reload(shownId);
            } catch (BusinessRuleException ex) {
                form.showError(ex);
                Notifications.error(ex.getMessage());
            } catch (ConcurrentEditException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        actions.add(b);
        return b;
    }


    private void openReject(Attestation a) {
        Dialog d = new Dialog();
        d.setHeaderTitle("Reject attestation " + a.label());
        TextArea reason = new TextArea("Reason");
        reason.setId("reject-reason");
        reason.setWidthFull();
        reason.setMaxLength(1000);
        reason.setManualValidation(true);
        d.add(new Paragraph("The vendor's statement stays on record as rejected, with this reason."), reason);
        Button confirm = new Button("Reject", e -> {
            try {
                attestations.reject(a.id(), a.version(), reason.getValue());
                d.close();
                reload(a.id());
            } catch (BusinessRuleException ex) {
                reason.setErrorMessage(ex.getMessage());
                reason.setInvalid(true);
            } catch (ConcurrentEditException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        confirm.setId("reject-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        d.getFooter().add(new Button("Cancel", e -> d.close()), confirm);
        d.setWidth("32rem");
        d.open();
    }
}
