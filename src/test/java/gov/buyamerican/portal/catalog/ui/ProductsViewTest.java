package gov.buyamerican.portal.catalog.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import gov.buyamerican.portal.attestation.AttestationFixtures;
import gov.buyamerican.portal.catalog.Product;
import gov.buyamerican.portal.catalog.ProductService;
import gov.buyamerican.portal.rules.domesticcontent.ProductKind;
import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.shared.BusinessRuleException;
import gov.buyamerican.portal.support.KaribuTest;
import gov.buyamerican.portal.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The product grid without a browser: search in the database, filters, who may register products. */
class ProductsViewTest extends KaribuTest {

    @Autowired AttestationFixtures fixtures;
    @Autowired ProductService products;

    @Test
    void searchAndKindFilterRunInTheDatabase() {
        Product p = fixtures.product(ProductKind.COTS);
        login("products-staff", Role.STAFF);
        UI.getCurrent().navigate(ProductsView.class);
        ProductsView view = _get(ProductsView.class);
        assertThat(_get(Button.class, s -> s.withId("new-product")).isVisible()).isTrue();

        view.search.setValue(p.partNumber());
        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(_getFormattedRow(view.grid, 0)).contains(p.name(), p.partNumber(), "COTS item");
        view.kind.setValue(ProductKind.MANUFACTURED);
        assertThat(_size(view.grid)).isZero();
        view.kind.setValue(ProductKind.COTS);
        assertThat(_size(view.grid)).isEqualTo(1);
    }

    @Test
    void readersDoNotSeeTheRegisterButtonAndTheServiceRefusesThem() {
        Product p = fixtures.product(ProductKind.MANUFACTURED);
        login("products-reports", Role.REPORTS);
        UI.getCurrent().navigate(ProductsView.class);
        com.github.mvysny.kaributesting.v10.LocatorJ._assertNone(Button.class, s -> s.withId("new-product"));
        assertThat(_get(ProductsView.class).grid.isVisible()).isTrue();
        assertThatThrownBy(() -> products.update(p.id(), p.version(), p.toForm()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void theServiceChecksTheFieldsAndThePartNumberPerOfferor() {
        Product p = fixtures.product(ProductKind.MANUFACTURED);
        TestUsers.actAs(testUsers.ensure("products-staff", Role.STAFF), Role.STAFF);
        var form = p.toForm();
        assertThatThrownBy(() -> products.create(form)).isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).field()).isEqualTo("partNumber");
        var badPsc = new gov.buyamerican.portal.catalog.ProductForm(form.name(), "OTHER-1", null, "71", form.naics(),
                form.offerorId(), form.manufacturerId(), form.kind());
        assertThatThrownBy(() -> products.create(badPsc)).isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).field()).isEqualTo("psc");
        Product changed = products.update(p.id(), p.version(), new gov.buyamerican.portal.catalog.ProductForm(
                "Renamed " + p.name(), form.partNumber(), null, "7110", form.naics(), form.offerorId(),
                form.manufacturerId(), form.kind()));
        assertThat(changed.psc()).isEqualTo("7110");
        assertThatThrownBy(() -> products.update(p.id(), p.version(), form))
                .isInstanceOf(gov.buyamerican.portal.shared.ConcurrentEditException.class);
        assertThat(products.history(p.id(), gov.buyamerican.portal.shared.PageQuery.first(10)))
                .extracting(e -> e.action()).contains("CREATE", "UPDATE");
    }
}
