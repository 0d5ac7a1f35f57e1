package gov.buyamerican.portal.attestation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import gov.buyamerican.portal.attestation.AttestationFixtures;
import gov.buyamerican.portal.attestation.AttestationService;
import gov.buyamerican.portal.attestation.InvitationLink;
import gov.buyamerican.portal.catalog.Product;
import gov.buyamerican.portal.rules.domesticcontent.ComponentOrigin;
import gov.buyamerican.portal.rules.domesticcontent.ProductKind;
import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.shared.identifiers.Countries;
import gov.buyamerican.portal.support.KaribuTest;
import gov.buyamerican.portal.support.TestUsers;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The public invitation form without a browser and without a login. */
class VendorAttestationViewTest extends KaribuTest {

    @Autowired AttestationService attestations;
    @Autowired AttestationFixtures fixtures;

    @Test
    void aWrongTokenShowsWhyAndNoForm() {
        UI.getCurrent().navigate("attest/not-a-token");
        assertThat(_get(Paragraph.class, s -> s.withId("invitation-refused")).getText()).contains("not valid");
        assertThat(_get(VendorAttestationView.class).form).isNull();
    }

    @Test
    void theVendorFillsInSeesTheResultAndSubmitsWithoutAnAccount() {
        Product p = fixtures.product(ProductKind.MANUFACTURED);
        TestUsers.actAs(testUsers.ensure("vav-staff", Role.STAFF), Role.STAFF);
        InvitationLink link = attestations.invite(p.id(), "Sam Seller", AttestationFixtures.unique("sam") + "@example.com",
                "http://portal.test");
        TestUsers.clear();

        UI.getCurrent().navigate(link.path());
        VendorAttestationView view = _get(VendorAttestationView.class);
        AttestationFormPanel form = view.form;
        assertThat(form.signerName.getValue()).isEqualTo("Sam Seller");
        form.placeCountry.setValue(Countries.byAlpha2("US").orElseThrow());
        form.deliveryYear.setValue(2030);
        form.rows.getFirst().name.setValue("Core");
        form.rows.getFirst().cost.setValue(new BigDecimal("75"));
        form.rows.getFirst().origin.setValue(ComponentOrigin.DOMESTIC);
        ButtonKt._click(form.addLine);
        form.rows.get(1).name.setValue("Shell");
        form.rows.get(1).cost.setValue(new BigDecimal("25"));
        form.rows.get(1).origin.setValue(ComponentOrigin.FOREIGN);
        // 2030: more than 75% needed, and 75% is not more
        assertThat(form.result.classification.getElement().getAttribute("data-classification")).isEqualTo("FOREIGN");
        assertThat(form.result.threshold.getText()).isEqualTo("> 75%");
        form.rows.get(1).cost.setValue(new BigDecimal("24.99"));
        assertThat(form.result.classification.getElement().getAttribute("data-classification")).isEqualTo("DOMESTIC");

        // without agreeing to the certification nothing is submitted
        form.signerTitle.setValue("Owner");
        ButtonKt._click(view.submit);
        assertThat(form.agree.isInvalid()).isTrue();
        form.agree.setValue(true);
        ButtonKt._click(view.submit);
        assertThat(_get(Paragraph.class, s -> s.withId("vendor-done")).getText()).contains("submitted");

        TestUsers.actAs("vav-staff", Role.STAFF);
        assertThat(attestations.forProduct(p.id())).singleElement().satisfies(a ->
                assertThat(a.classification()).hasToString("DOMESTIC"));
    }
}
