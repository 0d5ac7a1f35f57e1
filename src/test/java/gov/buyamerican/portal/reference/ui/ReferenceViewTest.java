package gov.buyamerican.portal.reference.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._getText;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import gov.buyamerican.portal.reference.RuleKey;
import gov.buyamerican.portal.reference.RuleValue;
import gov.buyamerican.portal.reference.RuleValueService;
import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.shared.files.ui.EvidenceUpload;
import gov.buyamerican.portal.shared.ui.AccessDeniedView;
import gov.buyamerican.portal.shared.ui.Badge;
import gov.buyamerican.portal.support.KaribuTest;
import gov.buyamerican.portal.support.TestUsers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The reference view without a browser: who sees which controls, and the add and delete dialogs at work. */
class ReferenceViewTest extends KaribuTest {

    private static final LocalDate TEST_FROM = LocalDate.of(2092, 1, 1);

    @Autowired
    RuleValueService rules;

    @AfterEach
    void removeTestValues() {
        // leaves the shared database as it was even if a test failed half-way
        TestUsers.actAs("ref-view-admin", Role.ADMIN);
        rules.history(RuleKey.ATTESTATION_VALIDITY_DAYS).stream()
                .filter(v -> !v.effectiveFrom().isBefore(TEST_FROM))
                .forEach(v -> rules.deleteFuture(v.id(), v.version()));
    }

    @Test
    void adminSeesTheControlsToChangeEveryTable() {
        login("ref-view-admin", Role.ADMIN);
        UI.getCurrent().navigate(ReferenceView.class);

        assertThat(_find(Button.class, s -> s.withText("Add value"))).hasSize(RuleKey.values().length);
        assertThat(grid(RuleKey.DOMESTIC_CONTENT_THRESHOLD).getColumnByKey("actions")).isNotNull();
        assertThat(_get(Badge.class, s -> s.withId("today-WTO_GPA_SUPPLY_THRESHOLD")).getText())
                .isEqualTo("No value in force today");

        _get(TabSheet.class).setSelectedIndex(1);
        _get(Button.class, s -> s.withId("add-critical-item"));
    }

    @Test
    void auditorReadsEverythingButSeesNoControls() {
        login("ref-view-auditor", Role.AUDITOR);
        UI.getCurrent().navigate(ReferenceView.class);

        _assertNone(Button.class, s -> s.withText("Add value"));
        for (RuleKey key : RuleKey.values()) {
            assertThat(grid(key).getColumnByKey("actions")).as(key.name()).isNull();
        }
        assertThat(_size(grid(RuleKey.DOMESTIC_CONTENT_THRESHOLD))).isEqualTo(3);

        _get(TabSheet.class).setSelectedIndex(1);
        _assertNone(Button.class, s -> s.withId("add-critical-item"));
        assertThat(((Grid<?>) _get(Grid.class, s -> s.withId("grid-critical-items"))).getColumnByKey("actions")).isNull();

        _get(TabSheet.class).setSelectedIndex(2);
        Grid<?> countries = _get(Grid.class, s -> s.withId("grid-countries"));
        assertThat(_size(countries)).isEqualTo(249);
        _get(TextField.class, s -> s.withId("country-search")).setValue("germany");
        assertThat(_size(countries)).isEqualTo(1);
    }

    @Test
    void anAuditorOpensAValueReadOnlyWithItsSourceDocuments() {
        login("ref-view-auditor", Role.AUDITOR);
        UI.getCurrent().navigate(ReferenceView.class);
        _clickItem(grid(RuleKey.DOMESTIC_CONTENT_THRESHOLD), 1);

        RuleValueDialog dialog = _get(RuleValueDialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Domestic content threshold: 65%");
        assertThat(_get(dialog, TextField.class, s -> s.withLabel("Source")).isReadOnly()).isTrue();
        EvidenceUpload documents = _get(dialog, EvidenceUpload.class, s -> s.withId("rule-value-documents"));
        assertThat(documents.isReadOnly()).isTrue();
        _assertNone(dialog, Button.class, s -> s.withText("Save"));
    }

    @Test
    void reportingMayOpenTheView() {
        login("ref-view-reports", Role.REPORTS);
        UI.getCurrent().navigate("reference");
        _get(ReferenceView.class);
        _assertNone(Button.class, s -> s.withText("Add value"));
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Reference data");
    }

    @Test
    void staffDoNotSeeTheViewInTheMenuAndMayNotOpenIt() {
        login("ref-view-staff", Role.STAFF);
        UI.getCurrent().navigate("");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).doesNotContain("Reference data");
        UI.getCurrent().navigate("reference");
        _assertNone(ReferenceView.class);
        _get(AccessDeniedView.class);
    }

    @Test
    void anOverlappingDateIsShownNextToTheFieldWhileTyping() {
        login("ref-view-admin", Role.ADMIN);
        UI.getCurrent().navigate(ReferenceView.class);
        _click(_get(Button.class, s -> s.withId("add-value-DOMESTIC_CONTENT_THRESHOLD")));
        AddRuleValueDialog dialog = _get(AddRuleValueDialog.class);
        DatePicker from = _get(dialog, DatePicker.class, s -> s.withLabel("First day it applies"));

        from.setValue(LocalDate.of(2026, 7, 1));
        assertThat(from.isInvalid()).isTrue();
        assertThat(from.getErrorMessage()).contains("overlap", "65% (2024-01-01 to 2028-12-31)");

        from.setValue(LocalDate.of(2031, 1, 1));
        assertThat(from.isInvalid()).isFalse();
        assertThat(_get(dialog, Paragraph.class, s -> s.withId("add-value-effect")).getText())
                .isEqualTo("Adding it ends 75% (from 2029-01-01) on 2030-12-31.");

        from.setValue(LocalDate.of(2026, 7, 1));
        _get(dialog, BigDecimalField.class, s -> s.withLabel("Value")).setValue(new BigDecimal("80"));
        _get(dialog, TextField.class, s -> s.withLabel("Source")).setValue("test");
        _click(_get(dialog, Button.class, s -> s.withId("save-rule-value")));
        assertThat(from.isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(rules.history(RuleKey.DOMESTIC_CONTENT_THRESHOLD)).hasSize(3);
    }

    @Test
    void adminAddsAFutureValueAndDeletesItAfterConfirming() {
        login("ref-view-admin", Role.ADMIN);
        UI.getCurrent().navigate(ReferenceView.class);
        _click(_get(Button.class, s -> s.withId("add-value-ATTESTATION_VALIDITY_DAYS")));
        AddRuleValueDialog dialog = _get(AddRuleValueDialog.class);
        _get(dialog, BigDecimalField.class, s -> s.withLabel("Value")).setValue(new BigDecimal("500"));
        DatePicker from = _get(dialog, DatePicker.class, s -> s.withLabel("First day it applies"));
        from.setValue(LocalDate.now(ZoneOffset.UTC));
        assertThat(_get(dialog, Paragraph.class, s -> s.withId("add-value-effect")).getText())
                .contains("changes which number applied on days that have passed");
        from.setValue(TEST_FROM);
        assertThat(_get(dialog, Paragraph.class, s -> s.withId("add-value-effect")).getText())
                .isEqualTo("Adding it ends 365 days (from 1900-01-01) on 2091-12-31.");
        _get(dialog, TextField.class, s -> s.withLabel("Source")).setValue("Agency policy (test)");
        _click(_get(dialog, Button.class, s -> s.withId("save-rule-value")));

        assertThat(dialog.isOpened()).isFalse();
        Grid<RuleValue> grid = grid(RuleKey.ATTESTATION_VALIDITY_DAYS);
        assertThat(_size(grid)).isEqualTo(2);
        assertThat(((Badge) _getCellComponent(grid, 1, "status")).getText()).isEqualTo("Future");
        Component inForceActions = _getCellComponent(grid, 0, "actions");
        _assertNone(inForceActions, Button.class, s -> s.withIcon(VaadinIcon.TRASH));

        _click(_get(_getCellComponent(grid, 1, "actions"), Button.class, s -> s.withIcon(VaadinIcon.TRASH)));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(_getText(confirm)).contains("365 days (from 1900-01-01) will apply again with no end date");
        _fireConfirm(confirm);

        Grid<RuleValue> after = grid(RuleKey.ATTESTATION_VALIDITY_DAYS);
        assertThat(_size(after)).isEqualTo(1);
        assertThat(rules.inForce(RuleKey.ATTESTATION_VALIDITY_DAYS, TEST_FROM).openEnded()).isTrue();
    }

    @SuppressWarnings("unchecked")
    private static Grid<RuleValue> grid(RuleKey key) {
        return _get(Grid.class, s -> s.withId("grid-" + key.name()));
    }
}
