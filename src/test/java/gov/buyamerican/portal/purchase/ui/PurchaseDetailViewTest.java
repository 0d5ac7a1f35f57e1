package gov.buyamerican.portal.purchase.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import gov.buyamerican.portal.purchase.Office;
import gov.buyamerican.portal.purchase.Purchase;
import gov.buyamerican.portal.purchase.PurchaseChannel;
import gov.buyamerican.portal.purchase.PurchaseFixtures;
import gov.buyamerican.portal.purchase.PurchaseForm;
import gov.buyamerican.portal.purchase.PurchaseService;
import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.support.KaribuTest;
import gov.buyamerican.portal.vendor.Vendor;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** One purchase's page, browserless: the classification, what is missing, history, and edit only for staff. */
class PurchaseDetailViewTest extends KaribuTest {

    @Autowired
    PurchaseService purchases;

    @Autowired
    PurchaseFixtures fixtures;

    @Test
    void showsTheClassificationWhatIsMissingAndTheHistoryEditOnlyForStaff() {
        Office office = fixtures.office();
        Vendor vendor = fixtures.vendor();
        login("purchase-detail-staff", Role.STAFF);
        Purchase p = purchases.record(new PurchaseForm(LocalDate.of(2025, 12, 5), office.id(), vendor.id(), null, null,
                "Valves", null, null, new BigDecimal("90000"), PurchaseChannel.DIRECT_CONTRACT, null, null, "US", null,
                null, null));
        UI.getCurrent().navigate("purchases/" + p.id());
        PurchaseDetailView view = _get(PurchaseDetailView.class);
        assertThat(_get(gov.buyamerican.portal.shared.ui.Badge.class, spec -> spec.withId("purchase-class-badge"))
                .getText()).isEqualTo("Unknown origin");
        assertThat(_get(Paragraph.class, spec -> spec.withId("purchase-missing")).getText())
                .contains("verified attestation");
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(view.history)).isEqualTo(1);
        assertThat(_find(Button.class, spec -> spec.withId("purchase-edit"))).hasSize(1);

        login("purchase-detail-reports", Role.REPORTS);
        UI.getCurrent().navigate("purchases/" + p.id());
        _get(PurchaseDetailView.class);
        assertThat(_find(Button.class, spec -> spec.withId("purchase-edit"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("purchase-delete"))).isEmpty();
    }
}
