package gov.buyamerican.portal.waiver.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import gov.buyamerican.portal.security.CurrentUser;
import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.security.Roles;
import gov.buyamerican.portal.shared.BusinessRuleException;
import gov.buyamerican.portal.shared.NotFoundException;
import gov.buyamerican.portal.shared.identifiers.Countries;
import gov.buyamerican.portal.shared.ui.Badge;
import gov.buyamerican.portal.shared.ui.Formats;
import gov.buyamerican.portal.shared.ui.Notifications;
import gov.buyamerican.portal.shared.ui.ViewToolbar;
import gov.buyamerican.portal.waiver.WaiverAttachment;
import gov.buyamerican.portal.waiver.WaiverComment;
import gov.buyamerican.portal.waiver.WaiverDetails;
import gov.buyamerican.portal.waiver.WaiverIncompleteException;
import gov.buyamerican.portal.waiver.WaiverNotificationService;
import gov.buyamerican.portal.waiver.WaiverOrigin;
import gov.buyamerican.portal.waiver.WaiverService;
import gov.buyamerican.portal.waiver.WaiverTimelineEntry;
import gov.buyamerican.portal.rules.waiver.CountryOfOrigin;
import gov.buyamerican.portal.rules.waiver.Decision;
import gov.buyamerican.portal.rules.waiver.MiaoWaiverRecord;
import gov.buyamerican.portal.rules.waiver.OmbDetermination;
import gov.buyamerican.portal.rules.waiver.WaiverStatus;
import gov.buyamerican.portal.rules.waiver.WaiverType;
import com.vaadin.flow.component.dependency.StyleSheet;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * One waiver with everything needed to decide it: the request, the cost evaluation, the Made in America Office fields
 * and review, the documents, the status timeline and the comment thread. The requester's and the approver's actions
 * appear as the request's status and the user's authority allow; the service checks every action again.
 */
@Route("waivers/:id([0-9]+)")
@StyleSheet(WaiverStyles.SHEET)
@RolesAllowed({Roles.STAFF, Roles.APPROVER, Roles.REPORTS, Roles.AUDITOR, Roles.ADMIN})
public class WaiverDetailView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final WaiverService waivers;
    private final WaiverNotificationService notifications;
    private WaiverDetails d;

    public WaiverDetailView(WaiverService waivers, WaiverNotificationService notifications) {
        this.waivers = waivers;
        this.notifications = notifications;
        addClassNames("portal-view", "waiver-detail-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElseThrow();
        try {
            d = waivers.get(id);
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, e.getMessage());
            return;
        }
        render();
    }

    @Override
    public String getPageTitle() {
        return (d == null ? "Waiver" : d.reference()) + " | Buy American Compliance Portal";
    }

    private void reload() {
        d = waivers.get(d.id());
        render();
    }

    private boolean isRequester() {
        return CurrentUser.username().map(u -> u.equals(d.workflow().requester())).orElse(false);
    }

    // ============================================================================================ layout

    private void render() {
        removeAll();
        List<Component> actions = new ArrayList<>();
        actions.add(new NotificationBell(notifications));
        actions.addAll(requesterActions());
        Button back = new Button("All waivers", VaadinIcon.ARROW_LEFT.create(), e -> UI.getCurrent().navigate(WaiverListView.class));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        actions.add(0, back);
        String description = d.origin() == WaiverOrigin.MIAO_IMPORT
                ? "Public record from the Made in America Office waiver list"
                : d.type().label() + " (" + d.type().farCitation() + ")";
        add(new ViewToolbar(d.reference() + " · " + d.title(), description, actions.toArray(Component[]::new)));
        add(header());

        Div main = new Div();
        main.addClassName("waiver-detail-main");
        if (d.origin() == WaiverOrigin.PORTAL) {
            Component approver = approverPanel();
            if (approver != null) {
                main.add(approver);
            }
            main.add(requestSection(), foreignSection());
            if (d.type() == WaiverType.UNREASONABLE_COST || d.cost().evaluation() != null) {
                main.add(costSection());
            }
            Component review = miaoReviewSection();
            if (review != null) {
                main.add(review);
            }
        } else {
            main.add(importedSection());
        }
        main.add(miaoFieldsSection());
        if (d.origin() == WaiverOrigin.PORTAL) {
            main.add(marketResearchSection());
        }
        Div side = new Div(timelineSection(), commentsSection());
        side.addClassName("waiver-detail-side");
        Div columns = new Div(main, side);
        columns.addClassName("waiver-detail-columns");
        add(columns);
    }

    private Component header() {
        Div h = new Div();
        h.addClassName("waiver-detail-header");
        if (d.origin() == WaiverOrigin.MIAO_IMPORT) {
            h.add(new Badge("MIAO public list", Badge.Tone.INFO));
            if (d.miao().ombDetermination() != null) {
                h.add(WaiverLabels.omb(d.miao().ombDetermination()));
            }
            if (d.imported() != null && d.imported().suspectedTestRecord()) {
                h.add(new Badge("Looks like a test entry", Badge.Tone.WARNING));
            }
            return h;
        }
        Badge status = WaiverLabels.status(d.status());
        status.setId("waiver-status");
        h.add(status);
        h.add(new Span("Requested by " + d.workflow().requesterName()));
        if (d.workflow().submittedAt() != null) {
            h.add(new Span("submitted " + Formats.dateTime(d.workflow().submittedAt())));
        }
        if (d.status() == WaiverStatus.IN_REVIEW && d.workflow().reviewerName() != null) {
            h.add(new Span("in review by " + d.workflow().reviewerName()));
        }
        if (d.workflow().expiresOn() != null && (d.status() == WaiverStatus.APPROVED || d.status() == WaiverStatus.EXPIRED)) {
            h.add(new Span((d.status() == WaiverStatus.APPROVED ? "in force until " : "was in force until ")
                    + d.workflow().expiresOn()));
        }
        return h;
    }

    private static Div section(String title, Component... content) {
        H2 h = new H2(title);
        h.addClassName("portal-section-title");
        Div s = new Div(h);
        s.add(content);
        s.addClassName("portal-section");
        return s;
    }

    /** Label/value pairs; empty values are left out. */
    private static Div facts(Object... labelsAndValues) {
        Div dl = new Div();
        dl.addClassName("waiver-facts");
        for (int i = 0; i + 1 < labelsAndValues.length; i += 2) {
            Object v = labelsAndValues[i + 1];
            String text = v == null ? null : v instanceof BigDecimal b ? Formats.money(b)
                    : v instanceof Boolean b ? WaiverLabels.yesNo(b) : v.toString();
            if (text == null || text.isBlank()) {
                continue;
            }
            Span label = new Span(labelsAndValues[i].toString());
            label.addClassName("waiver-fact-label");
            Span value = new Span(text);
            value.addClassName("waiver-fact-value");
            dl.add(new Div(label, value));
        }
        return dl;
    }

    // ============================================================================================ sections

    private Component requestSection() {
        MiaoWaiverRecord m = d.miao();
        WaiverType t = d.type();
        String quantity = d.quantity() == null ? null
                : d.quantity().stripTrailingZeros().toPlainString() + (d.quantityUnit() == null ? "" : " " + d.quantityUnit());
        String delivery = d.deliveryFrom() == null && d.deliveryTo() == null ? null
                : Formats.date(d.deliveryFrom()) + " – " + Formats.date(d.deliveryTo());
        return section("Request", facts(
                "Waiver type", t.label() + " (" + t.farCitation() + ")",
                "Decided by", t.requiredAuthority().label() + (t.isAutomatic() ? " (confirms; the exception applies by law)" : ""),
                "Item", d.itemDescription(),
                "Quantity", quantity,
                "Estimated value", d.estimatedValue(),
                "Delivery period", delivery,
                "Expected maximum duration", m.expectedMaximumDuration() == null ? null : m.expectedMaximumDuration().label(),
                "Waiver coverage", m.waiverCoverage() == null ? null : m.waiverCoverage().label(),
                "Rationale", m.waiverRationaleSummary(),
                "Competed, synopsized, no domestic offer", t == WaiverType.NONAVAILABILITY_INDIVIDUAL ? d.competedNoDomesticOffer() : null,
                "Decision", d.workflow().decidedAt() == null ? null : (d.status() == WaiverStatus.REJECTED ? "Rejected" : "Approved")
                        + " by " + d.workflow().decidedByName() + " on " + Formats.dateTime(d.workflow().decidedAt()),
                "Decision rationale", d.workflow().decisionRationale(),
                "In force until", d.workflow().expiresOn()));
    }

    private Component foreignSection() {
        String countries = d.miao().countriesOfOrigin().stream().map(WaiverDetailView::country).collect(Collectors.joining(", "));
        return section("Foreign offer", facts(
                "Vendor", d.vendorName(),
                "UEI", d.vendorUei(),
                "Vendor's country", d.vendorCountry() == null ? null : Countries.byCode(d.vendorCountry())
                        .map(c -> c.name() + " (" + c.alpha2() + ")").orElse(d.vendorCountry()),
                "Countries of origin", countries));
    }

    private static String country(CountryOfOrigin c) {
        String code = c.alpha2() != null ? c.alpha2() : c.alpha3();
        String name = Countries.byCode(code).map(x -> x.name()).orElse(c.name());
        return name == null ? code : name + " (" + code + ")";
    }

    private Component costSection() {
        WaiverDetails.Cost cost = d.cost();
        if (cost.evaluation() == null) {
            return section("Unreasonable-cost evaluation (FAR 25.106)",
                    new Paragraph("Not evaluated yet: both the lowest domestic and the lowest foreign offer are needed."));
        }
        Div s = section("Unreasonable-cost evaluation (FAR 25.106)", CostEvaluationPanel.render(cost.evaluation()));
        Paragraph when = new Paragraph("Evaluated on " + cost.evaluatedOn() + " with the factors in force that day.");
        when.addClassName("portal-hint");
        s.add(when);
        return s;
    }

    private Component miaoFieldsSection() {
        MiaoWaiverRecord m = d.miao();
        Div content = facts(
                "Contracting office agency", join(m.contractingOfficeAgencyId(), m.contractingOfficeAgencyName()),
                "Funding agency", join(m.fundingAgencyId(), m.fundingAgencyName()),
                "NAICS", join(m.naicsCode(), m.naicsTitle()),
                "PSC", join(m.pscCode(), m.pscName()),
                "Procurement stage", m.procurementStage() == null ? null : m.procurementStage().label(),
                "Procurement title", d.origin() == WaiverOrigin.MIAO_IMPORT ? m.procurementTitle() : null,
                "Summary of the procurement", m.summaryOfProcurement(),
                "Sources sought or RFI issued", m.sourcesSoughtOrRfiIssued(),
                "PIIDs", String.join(", ", m.piids()),
                "Solicitation id", m.solicitationId(),
                "Price preference included", m.pricePreferenceIncluded(),
                "Waiver coverage", d.origin() == WaiverOrigin.MIAO_IMPORT && m.waiverCoverage() != null ? m.waiverCoverage().label() : null,
                "Waiver rationale", d.origin() == WaiverOrigin.MIAO_IMPORT ? m.waiverRationaleSummary() : null,
                "Expected maximum duration", d.origin() == WaiverOrigin.MIAO_IMPORT && m.expectedMaximumDuration() != null
                        ? m.expectedMaximumDuration().label() : null,
                "Countries of origin", d.origin() == WaiverOrigin.MIAO_IMPORT
                        ? m.countriesOfOrigin().stream().map(WaiverDetailView::country).collect(Collectors.joining(", ")) : null,
                "Request status", m.requestStatus() == null ? null : m.requestStatus().label(),
                "OMB determination", m.ombDetermination() == null ? null : m.ombDetermination().label(),
                "Conditions", d.ombConditions());
        Details details = new Details("Made in America Office fields", content);
        details.setOpened(d.origin() == WaiverOrigin.MIAO_IMPORT || d.type().requiresMadeInAmericaOfficeReview());
        details.addClassName("portal-section");
        details.setId("miao-fields");
        return details;
    }

    private static String join(String code, String name) {
        if (code == null) {
            return name;
        }
        return name == null ? code : code + " — " + name;
    }

    private Component importedSection() {
        WaiverDetails.ImportInfo info = d.imported();
        Div s = section("Public record", facts(
                "MIAO id", d.miao().id(),
                "Entry created", Formats.dateTime(d.miao().created()),
                "Entry modified", Formats.dateTime(d.miao().modified()),
                "Imported", info == null ? null : Formats.dateTime(info.importedAt()) + " by " + info.importedBy()));
        if (info != null && info.notes() != null) {
            Details notes = new Details("Import notes", new Paragraph(info.notes()));
            s.add(notes);
        }
        return s;
    }

    private Component marketResearchSection() {
        Div s = section("Market research", facts("Notes", d.marketResearchNotes()));
        if (d.attachments().isEmpty()) {
            s.add(new Paragraph("No documents attached."));
        } else {
            Div list = new Div();
            list.addClassName("waiver-attachment-list");
            for (WaiverAttachment a : d.attachments()) {
                Anchor link = new Anchor(download(a), AttachmentType.DOWNLOAD, a.fileName());
                Span meta = new Span(WaiverFormView.kilobytes(a.sizeBytes()) + " · SHA-256 " + a.sha256().substring(0, 12) + "…");
                meta.addClassName("portal-hint");
                meta.setTitle("SHA-256 " + a.sha256());
                list.add(new Div(VaadinIcon.FILE_TEXT_O.create(), link, meta));
            }
            s.add(list);
        }
        return s;
    }

    private DownloadHandler download(WaiverAttachment a) {
        return DownloadHandler.fromInputStream(event -> {
            var content = waivers.attachment(a.id());
            return new DownloadResponse(new ByteArrayInputStream(content.content()), content.fileName(),
                    content.contentType(), content.content().length);
        });
    }

    private Component timelineSection() {
        OrderedList list = new OrderedList();
        list.addClassName("waiver-timeline");
        list.setId("waiver-timeline");
        for (WaiverTimelineEntry e : d.timeline()) {
            ListItem item = new ListItem();
            Span step = new Span(WaiverLabels.step(e.action()));
            step.addClassName("waiver-timeline-step");
            item.add(step);
            if (e.toStatus() != null && e.fromStatus() != e.toStatus()) {
                item.add(WaiverLabels.status(e.toStatus()));
            }
            Span who = new Span(e.actorName() + " · " + Formats.dateTime(e.occurredAt()));
            who.addClassName("waiver-timeline-who");
            item.add(who);
            if (e.comment() != null) {
                Paragraph c = new Paragraph(e.comment());
                c.addClassName("waiver-timeline-comment");
                item.add(c);
            }
            list.add(item);
        }
        if (d.timeline().isEmpty()) {
            return section("Status timeline", new Paragraph(d.origin() == WaiverOrigin.MIAO_IMPORT
                    ? "Imported public records have no timeline in this portal." : "No steps yet."));
        }
        return section("Status timeline", list);
    }

    private Component commentsSection() {
        Div thread = new Div();
        thread.addClassName("waiver-comments");
        thread.setId("waiver-comments");
        for (WaiverComment c : d.comments()) {
            Span who = new Span(c.authorName() + " · " + Formats.dateTime(c.createdAt()));
            who.addClassName("waiver-comment-who");
            Paragraph body = new Paragraph(c.body());
            Div item = new Div(who, body);
            item.addClassName("waiver-comment");
            thread.add(item);
        }
        if (d.comments().isEmpty()) {
            thread.add(new Paragraph("No comments yet."));
        }
        Div s = section("Comments", thread);
        if (CurrentUser.hasAnyRole(Role.STAFF, Role.APPROVER, Role.ADMIN)) {
            TextArea text = new TextArea("Add a comment");
            text.setWidthFull();
            text.setMaxLength(5000);
            text.setId("comment-text");
            Button post = new Button("Post comment", e -> act(() -> {
                waivers.addComment(d.id(), text.getValue());
                return "Comment posted.";
            }, text));
            post.setId("post-comment");
            s.add(text, post);
        }
        return s;
    }

    // ============================================================================================ requester

    private List<Component> requesterActions() {
        List<Component> actions = new ArrayList<>();
        if (d.origin() != WaiverOrigin.PORTAL || !isRequester() || !CurrentUser.hasAnyRole(Role.STAFF, Role.ADMIN)) {
            return actions;
        }
        WaiverStatus s = d.status();
        if (s == WaiverStatus.DRAFT || s == WaiverStatus.RETURNED) {
            Button edit = new Button("Edit", VaadinIcon.EDIT.create(), e -> UI.getCurrent().navigate(WaiverFormView.class,
                    new RouteParameters("id", String.valueOf(d.id()))));
            edit.setId("edit-waiver");
            Button submit = new Button(s == WaiverStatus.DRAFT ? "Submit" : "Resubmit", VaadinIcon.PAPERPLANE.create(), e -> submit());
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            submit.setId("submit-waiver");
            actions.add(edit);
            actions.add(submit);
        }
        if (s == WaiverStatus.DRAFT || s == WaiverStatus.SUBMITTED || s == WaiverStatus.IN_REVIEW || s == WaiverStatus.RETURNED) {
            Button withdraw = new Button("Withdraw", VaadinIcon.CLOSE_CIRCLE_O.create(), e -> confirmWithdraw());
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            withdraw.setId("withdraw-waiver");
            actions.add(withdraw);
        }
        return actions;
    }

    private void submit() {
        try {
            WaiverDetails after = d.status() == WaiverStatus.RETURNED ? waivers.resubmit(d.id(), d.version(), null)
                    : waivers.submit(d.id(), d.version());
            Notifications.success(after.number() + " was submitted for decision.");
            d = after;
            render();
        } catch (WaiverIncompleteException e) {
            Notifications.error(e.getMessage() + " Use Edit to complete it.");
        } catch (BusinessRuleException e) {
            Notifications.error(e.getMessage());
            reload();
        }
    }

    private void confirmWithdraw() {
        TextArea reason = new TextArea("Reason (optional)");
        reason.setWidthFull();
        reason.setId("withdraw-reason");
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader("Withdraw " + d.number() + "?");
        confirm.setText(new Div(new Paragraph("A withdrawn request cannot be submitted again; it stays on record."), reason));
        confirm.setCancelable(true);
        confirm.setConfirmText("Withdraw");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> act(() -> {
            waivers.withdraw(d.id(), d.version(), reason.getValue());
            return d.number() + " was withdrawn.";
        }, null));
        confirm.open();
    }

    // ============================================================================================ approver

    /** The decision panel, or null when the user is not an approver or the request is not waiting for one. */
    private Component approverPanel() {
        WaiverStatus s = d.status();
        if (!CurrentUser.hasRole(Role.APPROVER) || (s != WaiverStatus.SUBMITTED && s != WaiverStatus.IN_REVIEW)) {
            return null;
        }
        Decision check = waivers.decisionCheck(d.id());
        Badge verdict = new Badge(check.isAllowed() ? "You may decide" : "You may not decide",
                check.isAllowed() ? Badge.Tone.SUCCESS : Badge.Tone.ERROR);
        Paragraph reason = new Paragraph(check.reason());
        reason.setId("authority-reason");
        Div panel = section(s == WaiverStatus.SUBMITTED ? "Review" : "Decision", new Div(verdict), reason);
        panel.addClassName("waiver-decision-panel");
        panel.setId("decision-panel");
        if (s == WaiverStatus.SUBMITTED) {
            Button start = new Button("Start review", VaadinIcon.EYE.create(), e -> act(() -> {
                waivers.startReview(d.id(), d.version());
                return "You are reviewing " + d.number() + ".";
            }, null));
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            start.setId("start-review");
            start.setEnabled(check.isAllowed());
            panel.add(start);
            return panel;
        }
        TextArea rationale = new TextArea("Rationale");
        rationale.setWidthFull();
        rationale.setMinRows(3);
        rationale.setId("decision-rationale");
        rationale.setHelperText(d.type().writtenDeterminationRequired() && !(d.type() == WaiverType.NONAVAILABILITY_INDIVIDUAL
                && d.competedNoDomesticOffer())
                ? "Required: this type needs a written determination (" + d.type().farCitation() + ")."
                : "Required to reject or return; recorded with the decision and sent to the requester.");
        Button approve = new Button("Approve", VaadinIcon.CHECK.create(), e -> act(() -> {
            WaiverDetails after = waivers.approve(d.id(), d.version(), rationale.getValue());
            return after.number() + " approved" + (after.workflow().expiresOn() == null ? "." : "; in force until "
                    + after.workflow().expiresOn() + ".");
        }, rationale));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        approve.setId("approve-waiver");
        Button giveBack = new Button("Return for changes", VaadinIcon.REPLY.create(), e -> {
            if (requireRationale(rationale, "Say what the requester must change.")) {
                act(() -> {
                    waivers.returnForChanges(d.id(), d.version(), rationale.getValue());
                    return d.number() + " returned to " + d.workflow().requesterName() + ".";
                }, rationale);
            }
        });
        giveBack.setId("return-waiver");
        Button reject = new Button("Reject", VaadinIcon.BAN.create(), e -> {
            if (requireRationale(rationale, "Give the reason for the rejection.")) {
                confirmReject(rationale);
            }
        });
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.setId("reject-waiver");
        for (Button b : List.of(approve, giveBack, reject)) {
            b.setEnabled(check.isAllowed());
        }
        OmbDetermination omb = d.miao().ombDetermination();
        if (d.type().requiresMadeInAmericaOfficeReview() && (omb == null || omb == OmbDetermination.INCONSISTENT)) {
            approve.setEnabled(false);
            Paragraph wait = new Paragraph(omb == null
                    ? "Approval waits for the Made in America Office's determination"
                    + (d.miaoReview().dueOn() == null ? "; record below when the proposed waiver was sent."
                    : " (due " + d.miaoReview().dueOn() + ").")
                    : "The Made in America Office found the waiver inconsistent with policy: it cannot be approved.");
            wait.addClassName("portal-hint");
            wait.setId("approval-waits");
            panel.add(wait);
        }
        rationale.setEnabled(check.isAllowed());
        Div buttons = new Div(approve, giveBack, reject);
        buttons.addClassName("waiver-decision-buttons");
        panel.add(rationale, buttons);
        return panel;
    }

    private static boolean requireRationale(TextArea rationale, String message) {
        if (rationale.getValue() == null || rationale.getValue().isBlank()) {
            rationale.setErrorMessage(message);
            rationale.setInvalid(true);
            rationale.focus();
            return false;
        }
        rationale.setInvalid(false);
        return true;
    }

    private void confirmReject(TextArea rationale) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader("Reject " + d.number() + "?");
        confirm.setText("The rejection is final. " + d.workflow().requesterName() + " will be told your reason: \""
                + rationale.getValue().strip() + "\"");
        confirm.setCancelable(true);
        confirm.setConfirmText("Reject");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> act(() -> {
            waivers.reject(d.id(), d.version(), rationale.getValue());
            return d.number() + " rejected.";
        }, rationale));
        confirm.open();
    }

    /** The Made in America Office review of an individual nonavailability request. */
    private Component miaoReviewSection() {
        if (!d.type().requiresMadeInAmericaOfficeReview()) {
            return null;
        }
        WaiverDetails.MiaoReview r = d.miaoReview();
        Div s = section("Made in America Office review", facts(
                "Sent on", r.sentOn(),
                "Answer due", r.dueOn() == null ? null : r.dueOn() + " (" + r.businessDays() + " business days after sending)",
                "Determination", d.miao().ombDetermination() == null ? null : d.miao().ombDetermination().label()
                        + (r.determinedOn() == null ? "" : " (" + r.determinedOn() + ")"),
                "Conditions", d.ombConditions()));
        s.setId("miao-review");
        boolean canRecord = CurrentUser.hasRole(Role.APPROVER) && d.status() == WaiverStatus.IN_REVIEW
                && waivers.decisionCheck(d.id()).isAllowed();
        if (r.sentOn() == null) {
            if (!canRecord) {
                s.add(new Paragraph(d.status() == WaiverStatus.IN_REVIEW || d.status() == WaiverStatus.SUBMITTED
                        ? "Not sent yet. The approver sends the proposed waiver during the review; the answer is due 15 business days later."
                        : "Not recorded."));
                return s;
            }
            DatePicker sent = IsoDates.iso(new DatePicker("Sent on", LocalDate.now(ZoneOffset.UTC)));
            sent.setMax(LocalDate.now(ZoneOffset.UTC));
            sent.setId("miao-sent-on");
            Button record = new Button("Record as sent", e -> act(() -> {
                WaiverDetails after = waivers.recordMiaoSubmission(d.id(), d.version(), sent.getValue());
                return "Sent on " + after.miaoReview().sentOn() + "; the answer is due " + after.miaoReview().dueOn() + ".";
            }, null));
            record.setId("record-miao-sent");
            Div row = new Div(sent, record);
            row.addClassName("portal-filters");
            s.add(row);
        } else if (d.miao().ombDetermination() == null && canRecord) {
            ComboBox<OmbDetermination> determination = new ComboBox<>("Determination");
            determination.setItems(OmbDetermination.values());
            determination.setItemLabelGenerator(OmbDetermination::label);
            determination.setId("omb-determination");
            determination.setWidth("20rem");
            DatePicker on = IsoDates.iso(new DatePicker("Determined on", LocalDate.now(ZoneOffset.UTC)));
            on.setMin(r.sentOn());
            on.setMax(LocalDate.now(ZoneOffset.UTC));
            TextArea conditions = new TextArea("Conditions (when conditionally consistent)");
            conditions.setWidthFull();
            Button record = new Button("Record determination", e -> act(() -> {
                waivers.recordMiaoDetermination(d.id(), d.version(), determination.getValue(), conditions.getValue(), on.getValue());
                return "Determination recorded.";
            }, conditions));
            record.setId("record-miao-determination");
            Div row = new Div(determination, on);
            row.addClassName("portal-filters");
            s.add(row, conditions, record);
        }
        return s;
    }

    // ============================================================================================ acting

    /**
     * Runs a service action, shows its message and re-reads the request. A refusal (business rule, someone else acted
     * first) is shown as it is and the screen shows the current state; a field error goes next to the field.
     */
    private void act(Supplier<String> action, TextArea field) {
        try {
            String message = action.get();
            Notifications.success(message);
        } catch (WaiverIncompleteException e) {
            Notifications.error(e.getMessage());
            return;
        } catch (BusinessRuleException e) {
            if (field != null && e.field() != null) {
                field.setErrorMessage(e.getMessage());
                field.setInvalid(true);
                return;
            }
            Notifications.error(e.getMessage());
        }
        reload();
    }
}
