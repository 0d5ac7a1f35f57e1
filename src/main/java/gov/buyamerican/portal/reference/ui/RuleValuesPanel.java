package gov.buyamerican.portal.reference.ui;

import gov.buyamerican.portal.shared.ui.Grids;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import gov.buyamerican.portal.reference.RuleKey;
import gov.buyamerican.portal.reference.RuleValue;
import gov.buyamerican.portal.reference.RuleValueService;
import gov.buyamerican.portal.reference.internal.RuleValueTimeline;
import gov.buyamerican.portal.shared.BusinessRuleException;
import gov.buyamerican.portal.shared.files.StoredFileService;
import gov.buyamerican.portal.shared.ui.Badge;
import gov.buyamerican.portal.shared.ui.Notifications;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The rule values grouped by rule: one section per rule, the value in force today highlighted. A click on a row opens
 * the value with its source documents; ADMIN also gets the add, edit and delete controls.
 */
class RuleValuesPanel extends Div {

    private final RuleValueService rules;
    private final StoredFileService files;
    private final Clock clock;
    private final boolean admin;

    RuleValuesPanel(RuleValueService rules, StoredFileService files, Clock clock, boolean admin) {
        this.rules = rules;
        this.files = files;
        this.clock = clock;
        this.admin = admin;
        addClassName("portal-rules");
        refresh();
    }

    /** Reloads every rule with one query. */
    void refresh() {
        removeAll();
        LocalDate today = LocalDate.now(clock);
        Map<RuleKey, List<RuleValue>> byKey = new EnumMap<>(RuleKey.class);
        byKey.putAll(rules.all().stream().collect(Collectors.groupingBy(RuleValue::key)));
        Map<Long, Integer> documents = files.countsByOwner(RuleValueService.DOCUMENT_OWNER);
        for (RuleKey key : RuleKey.values()) {
            add(section(key, byKey.getOrDefault(key, List.of()), documents, today));
        }
    }

    private Component section(RuleKey key, List<RuleValue> values, Map<Long, Integer> documents, LocalDate today) {
        H2 title = new H2(key.label());
        Span unit = new Span(key.unit().label());
        unit.addClassName("portal-rule-unit");
        Badge todayBadge = values.stream().filter(v -> v.appliesOn(today)).findFirst()
                .map(v -> new Badge("Today: " + v.formattedValue(), Badge.Tone.SUCCESS))
                .orElseGet(() -> new Badge("No value in force today", Badge.Tone.WARNING));
        todayBadge.setId("today-" + key.name());
        Div header = new Div(title, unit, todayBadge);
        header.addClassName("portal-rule-header");
        if (admin) {
            Button add = new Button("Add value", VaadinIcon.PLUS.create(),
                    e -> new AddRuleValueDialog(rules, key, values, today, this::refresh).open());
            add.addThemeVariants(ButtonVariant.LUMO_SMALL);
            add.setId("add-value-" + key.name());
            // the accessible name starts with the visible text (WCAG 2.5.3, label in name)
            add.setAriaLabel("Add value: " + key.label());
            add.addClassName("portal-rule-add");
            header.add(add);
        }
        Paragraph description = new Paragraph(key.description());
        description.addClassName("portal-rule-description");

        Grid<RuleValue> grid = new Grid<>(RuleValue.class, false);
        // fixed widths, so that the columns line up from one rule to the next
        grid.addColumn(RuleValue::formattedValue).setHeader("Value").setKey("value").setWidth("8.5rem").setFlexGrow(0)
                .setPartNameGenerator(v -> v.appliesOn(today) ? "in-force-value" : null);
        grid.addColumn(v -> v.effectiveFrom().toString()).setHeader("From").setKey("from").setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(v -> v.effectiveUntil() == null ? "open-ended" : v.effectiveUntil().toString())
                .setHeader("Last day").setKey("until").setWidth("7.5rem").setFlexGrow(0);
        grid.addComponentColumn(v -> statusBadge(v, today)).setHeader("Status").setKey("status").setWidth("6.5rem").setFlexGrow(0);
        grid.addComponentColumn(v -> source(v, documents.getOrDefault(v.id(), 0))).setHeader("Source").setKey("source")
                .setFlexGrow(2);
        grid.addColumn(v -> v.note() == null ? "" : v.note()).setHeader("Note").setFlexGrow(3);
        if (admin) {
            grid.addComponentColumn(v -> actions(v, values, today)).setHeader("Actions").setKey("actions").setWidth("6.5rem").setFlexGrow(0);
        }
        grid.setItems(values);
        Grids.openOnClickOrEnter(grid, item -> open(item, today));
        grid.setPartNameGenerator(v -> v.appliesOn(today) ? "in-force" : null);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("portal-rule-grid");
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(key.label() + " values");
        grid.setEmptyStateText("No value yet");
        grid.setId("grid-" + key.name());

        Div section = new Div(header, description, grid);
        section.addClassNames("portal-section", "portal-rule");
        section.setId("rule-" + key.name());
        return section;
    }

    private void open(RuleValue v, LocalDate today) {
        new RuleValueDialog(rules, files, v, today, admin, this::refresh).open();
    }

    /** The citation, with a paper clip and the number of source documents on file. */
    private static Component source(RuleValue v, int documentCount) {
        Span text = new Span(v.citation());
        if (documentCount == 0) {
            return text;
        }
        Icon clip = VaadinIcon.PAPERCLIP.create();
        clip.addClassName("portal-rule-clip");
        clip.getElement().setAttribute("aria-hidden", "true");
        Span count = new Span(documentCount == 1 ? "1 document" : documentCount + " documents");
        count.addClassName("portal-rule-documents");
        return new Div(text, new Div(clip, count));
    }

    static Badge statusBadge(RuleValue v, LocalDate today) {
        return switch (v.statusOn(today)) {
            case IN_FORCE -> new Badge("In force", Badge.Tone.SUCCESS);
            case FUTURE -> new Badge("Future", Badge.Tone.INFO);
            case PAST -> new Badge("Past", Badge.Tone.NEUTRAL);
        };
    }

    private Component actions(RuleValue v, List<RuleValue> values, LocalDate today) {
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> open(v, today));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setAriaLabel("Edit the source or note of " + v.formattedValue() + " " + v.period());
        edit.setTooltipText("Edit source, note or documents");
        Div box = new Div(edit);
        box.addClassName("portal-row-actions");
        // the buttons act on their own: a click on them is not also a click on the row
        box.getElement().addEventListener("click", e -> { }).addEventData("event.stopPropagation()");
        if (v.statusOn(today) == RuleValue.Status.FUTURE) {
            Button delete = new Button(VaadinIcon.TRASH.create(), e -> confirmDelete(v, values, today));
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            delete.setAriaLabel("Delete " + v.formattedValue() + " " + v.period());
            delete.setTooltipText("Delete this future value");
            box.add(delete);
        }
        return box;
    }

    private void confirmDelete(RuleValue v, List<RuleValue> values, LocalDate today) {
        String effect;
        try {
            var plan = RuleValueTimeline.planDelete(values, v, today);
            effect = plan.previousToReopen()
                    .map(p -> " " + p.formattedValue() + " (from " + p.effectiveFrom() + ") will apply again "
                            + (plan.reopenUntil() == null ? "with no end date." : "until " + plan.reopenUntil() + "."))
                    .orElse(values.stream().anyMatch(o -> v.effectiveUntil() != null
                            && o.effectiveFrom().equals(v.effectiveUntil().plusDays(1)))
                            ? " No other value changes."
                            : " No value of this rule will apply from " + v.effectiveFrom() + " until one is added.");
        } catch (BusinessRuleException ex) {
            Notifications.error(ex.getMessage());
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader("Delete " + v.key().label() + " " + v.formattedValue() + "?");
        confirm.setText("It would have applied " + v.period() + "." + effect + " The deletion is recorded in the audit trail.");
        confirm.setCancelable(true);
        confirm.setConfirmText("Delete");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                rules.deleteFuture(v.id(), v.version());
                Notifications.success("Deleted " + v.key().label() + " " + v.formattedValue() + " " + v.period());
            } catch (BusinessRuleException ex) {
                Notifications.error(ex.getMessage());
            }
            refresh();
        });
        confirm.open();
    }
}
