package gov.buyamerican.portal.purchase.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.QueryParameters;
import gov.buyamerican.portal.purchase.Office;
import gov.buyamerican.portal.purchase.Purchase;
import gov.buyamerican.portal.purchase.PurchaseChannel;
import gov.buyamerican.portal.purchase.PurchaseFilter;
import gov.buyamerican.portal.purchase.PurchaseFixtures;
import gov.buyamerican.portal.purchase.PurchaseForm;
import gov.buyamerican.portal.purchase.PurchaseService;
import gov.buyamerican.portal.rules.purchase.PurchaseClass;
import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.support.KaribuTest;
import gov.buyamerican.portal.vendor.Vendor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The purchases grid and form, browserless: filters from the address, errors next to fields, roles. */
class PurchasesViewTest extends KaribuTest {

    @Autowired
    PurchaseService purchases;

    @Autowired
    PurchaseFixtures fixtures;

    @Test
    void theAddressQuerySetsTheFiltersAndTheGridShowsTheMatchingPurchases() {
        Office office = fixtures.office();
        Vendor vendor = fixtures.vendor();
        login("purchases-view-staff", Role.STAFF);
        Purchase match = purchases.record(new PurchaseForm(LocalDate.of(2025, 12, 5), office.id(), vendor.id(), null,
                null, "Drill kit", null, null, new BigDecimal("250000"), PurchaseChannel.GSA_SCHEDULE, "GS-35F-1",
                null, "CN", null, null, null));
        purchases.record(new PurchaseForm(LocalDate.of(2025, 12, 6), office.id(), vendor.id(), null, null,
                "Other", null, null, new BigDecimal("100"), PurchaseChannel.PURCHASE_CARD, null, null, "US", null, null,
                null));

        UI.getCurrent().navigate("purchases", QueryParameters.fromString("from=2025-12-01&to=2025-12-31&office="
                + office.id() + "&channel=GSA_SCHEDULE&class=FOREIGN_UNWAIVED&class=UNKNOWN&country=cn&vendor="
                + vendor.id() + "&q=drill"));
        PurchasesView view = _get(PurchasesView.class);
        assertThat(view.from.getValue()).isEqualTo(LocalDate.of(2025, 12, 1));
        assertThat(view.to.getValue()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(view.office.getValue().id()).isEqualTo(office.id());
        assertThat(view.channel.getValue()).isEqualTo(PurchaseChannel.GSA_SCHEDULE);
        assertThat(view.classes.getValue()).containsExactlyInAnyOrder(PurchaseClass.FOREIGN_UNWAIVED, PurchaseClass.UNKNOWN);
        assertThat(view.country.getValue().alpha2()).isEqualTo("CN");
        assertThat(view.search.getValue()).isEqualTo("drill");
        PurchaseFilter f = view.filter();
        assertThat(f.vendorId()).isEqualTo(vendor.id());
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._get(view.grid, 0).id()).isEqualTo(match.id());
        assertThat(view.scope.getText() + _find(view.scope, Button.class).getFirst().getText())
                .contains(vendor.legalName());
        assertThat(f.queryString()).contains("office=" + office.id()).contains("class=FOREIGN_UNWAIVED")
                .contains("class=UNKNOWN").contains("country=CN").contains("q=drill");

        view.channel.clear();
        assertThat(view.filter().channel()).isNull();

        UI.getCurrent().navigate("purchases", QueryParameters.fromString("office=" + office.id()));
        view = _get(PurchasesView.class);
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
        assertThat(view.filter().classes()).isEqualTo(Set.of());
    }

    @Test
    void theFormShowsTheServicesMessageNextToTheField() {
        login("purchases-form-staff", Role.STAFF);
        UI.getCurrent().navigate("purchases");
        _click(_get(Button.class, spec -> spec.withId("new-purchase")));
        PurchaseDialog dialog = _get(PurchaseDialog.class);
        dialog.save();
        assertThat(dialog.office.isInvalid()).isTrue();
        assertThat(dialog.office.getErrorMessage()).isEqualTo("Choose the office");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void readersSeeNoNewPurchaseButton() {
        login("purchases-view-auditor", Role.AUDITOR);
        UI.getCurrent().navigate("purchases");
        _get(PurchasesView.class);
        assertThat(_find(Button.class, spec -> spec.withId("new-purchase"))).isEmpty();
    }
}
