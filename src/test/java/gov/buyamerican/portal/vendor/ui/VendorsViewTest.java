package gov.buyamerican.portal.vendor.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static gov.buyamerican.portal.vendor.VendorFixtures.form;
import static gov.buyamerican.portal.vendor.VendorFixtures.uei;
import static gov.buyamerican.portal.vendor.VendorFixtures.word;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNavItem;
import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.support.KaribuTest;
import gov.buyamerican.portal.vendor.CountryChoice;
import gov.buyamerican.portal.vendor.RejectedRow;
import gov.buyamerican.portal.vendor.Vendor;
import gov.buyamerican.portal.vendor.VendorKind;
import gov.buyamerican.portal.vendor.VendorService;
import gov.buyamerican.portal.vendor.VendorStatus;
import gov.buyamerican.portal.vendor.VendorSummary;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The vendor registry view, browserless: grid, filters, role-dependent actions, the editor and the import dialog. */
class VendorsViewTest extends KaribuTest {

    @Autowired
    VendorService vendors;

    private Vendor seed(String name) {
        return vendors.create(form(name));
    }

    private VendorsView open() {
        UI.getCurrent().navigate("vendors");
        return _get(VendorsView.class);
    }

    @Test
    void everyRoleSeesVendorsInTheNavigation() {
        for (Role role : Role.values()) {
            login("vendor-nav-" + role.name().toLowerCase(), role);
            UI.getCurrent().navigate("");
            assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).as(role.name()).contains("Vendors");
        }
    }

    @Test
    void searchAndFiltersNarrowTheGridAndTheCount() {
        login("vendors-view-staff", Role.STAFF);
        String w = word();
        Vendor a = seed("Anvil " + w + " Works");
        Vendor b = vendors.create(form("Bolt " + w + " Supply").withKind(VendorKind.RESELLER));
        VendorsView view = open();
        _setValue(view.search, w);
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
        assertThat(GridKt._get(view.grid, 0).legalName()).isEqualTo(a.legalName());
        assertThat(view.count.getText()).isEqualTo("2 vendors");

        _setValue(view.kind, VendorsView.KindChoice.all().stream().filter(k -> k.kind() == VendorKind.RESELLER)
                .findFirst().orElseThrow());
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._get(view.grid, 0).id()).isEqualTo(b.id());
        assertThat(view.count.getText()).isEqualTo("1 vendor");

        _setValue(view.status, VendorStatus.SUSPENDED);
        assertThat(GridKt._size(view.grid)).isZero();
        _click(_get(Button.class, spec -> spec.withText("Clear filters")));
        assertThat(view.search.getValue()).isEmpty();
        assertThat(view.kind.getValue()).isNull();

        CountryChoice us = view.country.getListDataView().getItems().filter(c -> c.alpha2().equals("US")).findFirst()
                .orElseThrow();
        _setValue(view.country, us);
        _setValue(view.search, w);
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
    }

    @Test
    void readersMayExportButNotRegisterOrImport() {
        login("vendors-view-reports", Role.REPORTS);
        open();
        _assertNone(Button.class, spec -> spec.withId("new-vendor"));
        _assertNone(Button.class, spec -> spec.withId("vendor-import"));
        assertThat(_find(Anchor.class, spec -> spec.withText("CSV file"))).hasSize(1);
        assertThat(_find(Anchor.class, spec -> spec.withText("Excel workbook (XLSX)"))).hasSize(1);
    }

    @Test
    void theEditorShowsABadUeiNextToTheFieldAndRegistersOnceFixed() {
        login("vendors-view-editor", Role.STAFF);
        open();
        _click(_get(Button.class, spec -> spec.withId("new-vendor")));
        VendorEditorDialog dialog = _get(VendorEditorDialog.class);
        String name = "Registered " + word() + " LLC";
        _setValue(dialog.legalName, name);
        _setValue(dialog.uei, "ABCDEFGHJKLO");
        _setValue(dialog.kind, VendorKind.MANUFACTURER);
        _click(dialog.save);
        assertThat(dialog.uei.isInvalid()).isTrue();
        assertThat(dialog.uei.getErrorMessage()).isEqualTo("UEI cannot contain the letter O or I (found O at position 12)");
        assertThat(dialog.isOpened()).isTrue();

        String uei = uei();
        _setValue(dialog.uei, uei.toLowerCase());
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(_get(H1.class, spec -> spec.withId("vendor-name")).getText()).isEqualTo(name);
        assertThat(vendors.findByUei(uei)).map(VendorSummary::legalName).contains(name);
    }

    @Test
    void aDuplicateUeiIsRefusedWithALinkToTheVendorThatHasIt() {
        login("vendors-view-dup", Role.STAFF);
        Vendor existing = seed("Existing " + word());
        open();
        _click(_get(Button.class, spec -> spec.withId("new-vendor")));
        VendorEditorDialog dialog = _get(VendorEditorDialog.class);
        _setValue(dialog.legalName, "Copy " + word());
        _setValue(dialog.uei, existing.uei());
        _setValue(dialog.kind, VendorKind.RESELLER);
        _click(dialog.save);
        assertThat(dialog.uei.isInvalid()).isTrue();
        assertThat(dialog.uei.getErrorMessage()).isEqualTo("This UEI is already registered for " + existing.legalName());
        assertThat(dialog.duplicates.isVisible()).isTrue();
        Anchor link = _get(dialog.duplicates, Anchor.class);
        assertThat(link.getHref()).isEqualTo("vendors/" + existing.id());
        assertThat(link.getText()).isEqualTo(existing.legalName());
    }

    @Test
    void importsAnUploadedFileAndOffersTheRejectedRows() {
        login("vendors-view-import", Role.STAFF);
        String w = word();
        String good = uei();
        String csv = "uei,legal_name,country\n" + good + ",Uploaded " + w + ",US\n0BAD,Broken " + w + ",US\n";
        VendorImportDialog dialog = new VendorImportDialog(vendors, (task, context) -> task.run(), () -> { });
        dialog.open();
        MockVaadin.clientRoundtrip(false);
        UploadKt._upload(dialog.upload, "upload-" + w + ".csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip(false);
        MockVaadin.clientRoundtrip(false);
        assertThat(_find(dialog.result, com.vaadin.flow.component.html.Div.class, spec -> spec.withId("count-registered")))
                .singleElement().satisfies(d -> assertThat(d.getElement().getTextRecursively()).isEqualTo("1registered"));
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<RejectedRow> rejected = _get(dialog.result,
                com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("rejected-rows"));
        assertThat(GridKt._size(rejected)).isEqualTo(1);
        assertThat(GridKt._get(rejected, 0).line()).isEqualTo(3);
        assertThat(_get(dialog.result, Anchor.class, spec -> spec.withId("download-rejected")).getText())
                .isEqualTo("Download the rejected rows (CSV)");
        assertThat(dialog.progressBox.isVisible()).isFalse();
        assertThat(dialog.upload.isEnabled()).isTrue();
        assertThat(vendors.findByUei(good)).isPresent();
    }

    @Test
    void anEmptyUploadIsRefusedWithAClearMessage() {
        login("vendors-view-import-empty", Role.STAFF);
        VendorImportDialog dialog = new VendorImportDialog(vendors, (task, context) -> task.run(), () -> { });
        dialog.open();
        MockVaadin.clientRoundtrip(false);
        UploadKt._upload(dialog.upload, "empty.csv", "text/csv", new byte[0]);
        MockVaadin.clientRoundtrip(false);
        MockVaadin.clientRoundtrip(false);
        var error = _get(dialog.result, com.vaadin.flow.component.html.Div.class, spec -> spec.withId("import-error"));
        assertThat(error.getElement().getTextRecursively()).isEqualTo("The file is empty (0 bytes). Nothing was imported.");
        assertThat(List.of(dialog.result.getChildren().toArray())).hasSize(1);
    }
}
