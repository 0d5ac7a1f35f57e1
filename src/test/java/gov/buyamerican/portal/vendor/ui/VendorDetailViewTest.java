package gov.buyamerican.portal.vendor.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static gov.buyamerican.portal.vendor.VendorFixtures.form;
import static gov.buyamerican.portal.vendor.VendorFixtures.word;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.tabs.Tab;
import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.shared.ui.NotFoundView;
import gov.buyamerican.portal.support.KaribuTest;
import gov.buyamerican.portal.vendor.SellerLink;
import gov.buyamerican.portal.vendor.Vendor;
import gov.buyamerican.portal.vendor.VendorForm;
import gov.buyamerican.portal.vendor.VendorKind;
import gov.buyamerican.portal.vendor.VendorService;
import gov.buyamerican.portal.vendor.VendorStatus;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** One vendor's page, browserless: tabs, empty states, contacts, sellers, status, conflicts and roles. */
class VendorDetailViewTest extends KaribuTest {

    @Autowired
    VendorService vendors;

    private VendorDetailView open(long id) {
        UI.getCurrent().navigate("vendors/" + id);
        return _get(VendorDetailView.class);
    }

    private static List<String> tabLabels(VendorDetailView view) {
        return _find(view.tabs, Tab.class).stream().map(Tab::getLabel).toList();
    }

    /** Shows a tab (the content of the others is hidden). */
    private static void select(VendorDetailView view, String label) {
        view.tabs.setSelectedTab(_find(view.tabs, Tab.class).stream().filter(t -> t.getLabel().startsWith(label))
                .findFirst().orElseThrow());
    }

    @Test
    void aMarketplaceShowsItsSellersAndThePlacesLaterModulesFill() {
        login("vendor-detail-staff", Role.STAFF);
        Vendor market = vendors.create(form("Marketplace " + word()).withKind(VendorKind.MARKETPLACE));
        SellerLink seller = vendors.registerSeller(market.id(), new VendorForm("Seller " + word(), null, null, null, "VN",
                null, null, "Hai Phong", null, null, null, null, VendorKind.MANUFACTURER, null, Set.of(), null),
                "HP Store", "A3");
        VendorDetailView view = open(market.id());
        assertThat(_get(H1.class, spec -> spec.withId("vendor-name")).getText()).isEqualTo(market.legalName());
        assertThat(tabLabels(view)).containsExactly("Details", "Contacts (0)", "Sellers (1)", "Products", "Attestations",
                "Waivers", "Purchases", "History");
        for (String[] tab : new String[][] {{"Products", "Products in the catalog"}, {"Attestations", "Origin attestations by product"},
                {"Waivers", "No waiver requests yet"}, {"Purchases", "Purchases from this vendor"}, {"Contacts", "No contacts yet"}}) {
            select(view, tab[0]);
            assertThat(_find(H2.class).stream().map(H2::getText)).as(tab[0]).contains(tab[1]);
        }
        select(view, "Products");
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class).stream().map(a -> a.getHref()))
                .contains("products?vendor=" + market.id());
        select(view, "Purchases");
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class).stream().map(a -> a.getHref()))
                .contains("purchases?vendor=" + market.id());
        select(view, "Sellers");
        assertThat(GridKt._size(view.sellers)).isEqualTo(1);
        assertThat(GridKt._get(view.sellers, 0).storeName()).isEqualTo("HP Store");

        VendorDetailView sellerView = open(seller.seller().id());
        assertThat(tabLabels(sellerView)).contains("Sells on (1)").doesNotContain("Sellers (1)");
    }

    @Test
    void staffAddAndRemoveAContactWithConfirmation() {
        login("vendor-detail-contacts", Role.STAFF);
        Vendor v = vendors.create(form("Contacts " + word()));
        select(open(v.id()), "Contacts");
        _click(_get(Button.class, spec -> spec.withId("add-contact")));
        ContactDialog dialog = _get(ContactDialog.class);
        _setValue(dialog.name, "Evelyn Carter");
        _setValue(dialog.email, "evelyn@");
        _click(_get(Button.class, spec -> spec.withId("save-contact")));
        assertThat(dialog.email.isInvalid()).isTrue();
        _setValue(dialog.email, "evelyn@blueridge.example");
        _click(_get(Button.class, spec -> spec.withId("save-contact")));
        VendorDetailView view = _get(VendorDetailView.class);
        assertThat(tabLabels(view)).contains("Contacts (1)");
        assertThat(view.tabs.getSelectedTab().getLabel()).as("stays on the tab").isEqualTo("Contacts (1)");
        assertThat(GridKt._get(view.contacts, 0).email()).isEqualTo("evelyn@blueridge.example");

        var actions = GridKt._getCellComponent(view.contacts, 0, "actions");
        _click(_get(actions, Button.class, spec -> spec.withPredicate(b -> "Remove contact Evelyn Carter"
                .equals(b.getElement().getAttribute("aria-label")))));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("Remove Evelyn Carter?");
        assertThat(vendors.contacts(v.id())).as("nothing removed before confirming").hasSize(1);
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(vendors.contacts(v.id())).isEmpty();
    }

    @Test
    void aSuspensionAsksForTheReason() {
        login("vendor-detail-status", Role.STAFF);
        Vendor v = vendors.create(form("Status " + word()));
        open(v.id());
        _click(_get(Button.class, spec -> spec.withId("change-status")));
        StatusDialog dialog = _get(StatusDialog.class);
        _setValue(dialog.status, VendorStatus.SUSPENDED);
        assertThat(dialog.apply.getText()).isEqualTo("Suspend vendor");
        _click(dialog.apply);
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.reason.getErrorMessage()).isEqualTo("Give the reason for the suspension");
        _setValue(dialog.reason, "Active exclusion in SAM.gov");
        _click(dialog.apply);
        assertThat(vendors.get(v.id()).status()).isEqualTo(VendorStatus.SUSPENDED);
        assertThat(_get(Div.class, spec -> spec.withId("status-alert")).getElement().getTextRecursively())
                .contains("Active exclusion in SAM.gov");
    }

    @Test
    void aConflictingEditSaysWhatChangedAndLetsTheUserChoose() {
        login("vendor-detail-conflict", Role.STAFF);
        Vendor v = vendors.create(form("Conflict " + word()));
        open(v.id());
        _click(_get(Button.class, spec -> spec.withId("edit-vendor")));
        VendorEditorDialog dialog = _get(VendorEditorDialog.class);
        Vendor theirs = vendors.update(v.id(), v.version(), v.toForm().withCity("Akron").withPhone("+12165550000"));
        _setValue(dialog.website, "https://mine.example");
        _click(dialog.save);
        ConfirmDialog conflict = _get(ConfirmDialog.class, spec -> spec.withId("conflict-dialog"));
        assertThat(ConfirmDialogKt.getHeader(conflict)).isEqualTo("Someone else changed this vendor");
        assertThat(ConfirmDialogKt.getText(conflict)).startsWith("vendor-detail-conflict (")
                .contains("saved address, phone after you opened the form")
                .contains("Your changes have not been saved");
        assertThat(vendors.get(v.id()).website()).as("nothing saved yet").isEqualTo(theirs.website());
        ConfirmDialogKt._fireConfirm(conflict);
        Vendor saved = vendors.get(v.id());
        assertThat(saved.website()).isEqualTo("https://mine.example");
        assertThat(saved.city()).as("the form held the old city: saving over theirs is the user's explicit choice")
                .isEqualTo(v.city());
    }

    @Test
    void readersSeeNoChangeButtonsButTheHistory() {
        login("vendor-detail-writer", Role.STAFF);
        Vendor v = vendors.create(form("Readable " + word()));
        vendors.changeStatus(v.id(), v.version(), VendorStatus.INACTIVE, "Closed the business");
        login("vendor-detail-auditor", Role.AUDITOR);
        VendorDetailView view = open(v.id());
        select(view, "Contacts");
        _assertNone(Button.class, spec -> spec.withId("edit-vendor"));
        _assertNone(Button.class, spec -> spec.withId("change-status"));
        _assertNone(Button.class, spec -> spec.withId("add-contact"));
        assertThat(GridKt._size(view.history)).isEqualTo(2);
        assertThat(GridKt._get(view.history, 0).summary()).startsWith("Set inactive vendor " + v.legalName());
    }

    @Test
    void anUnknownVendorIsNotFound() {
        login("vendor-detail-404", Role.STAFF);
        UI.getCurrent().navigate("vendors/999999999");
        _assertNone(VendorDetailView.class);
        _get(NotFoundView.class);
    }
}
