package gov.buyamerican.portal.attestation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import gov.buyamerican.portal.attestation.Attestation;
import gov.buyamerican.portal.attestation.AttestationFixtures;
import gov.buyamerican.portal.attestation.AttestationForm;
import gov.buyamerican.portal.attestation.AttestationService;
import gov.buyamerican.portal.attestation.AttestationStatus;
import gov.buyamerican.portal.rules.domesticcontent.ComponentOrigin;
import gov.buyamerican.portal.rules.domesticcontent.ProductKind;
import gov.buyamerican.portal.catalog.Product;
import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.support.KaribuTest;
import gov.buyamerican.portal.support.TestUsers;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The attestation form without a browser: the result follows every change, problems sit next to their line. */
class AttestationFormTest extends KaribuTest {

    @Autowired AttestationService attestations;
    @Autowired AttestationFixtures fixtures;

    private Attestation draft(AttestationForm form) {
        Product p = fixtures.product(ProductKind.MANUFACTURED);
        login("form-staff", Role.STAFF);
        return attestations.createDraft(p.id(), form);
    }

    private static String classification(AttestationFormPanel form) {
        return form.result.classification.getElement().getAttribute("data-classification");
    }

    @Test
    void theResultChangesLiveAcrossTheThreshold() {
        Attestation a = draft(AttestationFixtures.form("60", "40"));
        UI.getCurrent().navigate("attestations/" + a.id());
        AttestationFormPanel form = _get(AttestationView.class).form;

        assertThat(classification(form)).isEqualTo("FOREIGN");
        assertThat(form.result.share.getText()).isEqualTo("60.00%");
        assertThat(form.result.threshold.getText()).isEqualTo("> 65%");
        assertThat(form.result.rule.getText()).isEqualTo("Domestic content test");

        // 65 of 100 is not more than 65%
        form.rows.get(0).cost.setValue(new BigDecimal("65"));
        form.rows.get(1).cost.setValue(new BigDecimal("35"));
        assertThat(classification(form)).isEqualTo("FOREIGN");
        assertThat(form.result.share.getText()).isEqualTo("65.00%");

        form.rows.get(1).cost.setValue(new BigDecimal("34.99"));
        assertThat(classification(form)).isEqualTo("DOMESTIC");
        assertThat(form.result.explanation.getText()).contains("65");

        // a delivery year from 2029 needs more than 75%
        form.deliveryYear.setValue(2029);
        assertThat(classification(form)).isEqualTo("FOREIGN");
        assertThat(form.result.threshold.getText()).isEqualTo("> 75%");

        // unknown origin counts as foreign; nonavailable class counts as domestic
        form.deliveryYear.setValue(2026);
        form.rows.get(0).origin.setValue(ComponentOrigin.UNKNOWN);
        form.rows.get(0).country.setValue("");
        assertThat(classification(form)).isEqualTo("FOREIGN");
        form.rows.get(0).nonavailable.setValue(true);
        assertThat(classification(form)).isEqualTo("DOMESTIC");
        // nothing was saved by the live calculation
        assertThat(attestations.get(a.id()).components().getFirst().cost()).isEqualByComparingTo("60");
    }

    @Test
    void problemsAreShownNextToTheirComponentLine() {
        Attestation a = draft(AttestationFixtures.form("60", "40"));
        UI.getCurrent().navigate("attestations/" + a.id());
        AttestationFormPanel form = _get(AttestationView.class).form;

        form.rows.get(1).cost.setValue(new BigDecimal("-3"));
        assertThat(classification(form)).isEqualTo("NONE");
        assertThat(form.rows.get(1).cost.isInvalid()).isTrue();
        assertThat(form.rows.get(1).errors.getElement().getTextRecursively()).contains("Line 2 (Motor)")
                .contains("greater than zero");
        assertThat(form.rows.get(0).errors.getChildren()).isEmpty();

        form.rows.get(1).cost.setValue(new BigDecimal("3"));
        form.rows.get(1).country.setValue("US");
        assertThat(form.rows.get(1).country.isInvalid()).isTrue();
        assertThat(form.rows.get(1).errors.getElement().getTextRecursively()).contains("foreign");
        assertThat(form.rows.get(1).cost.isInvalid()).isFalse();
    }

    @Test
    void staffSaveAndSubmitFromTheFormAndTheViewBecomesReadOnly() {
        Attestation a = draft(AttestationForm.empty(2026));
        UI.getCurrent().navigate("attestations/" + a.id());
        AttestationView view = _get(AttestationView.class);
        AttestationFormPanel form = view.form;
        form.placeCountry.setValue(gov.buyamerican.portal.shared.identifiers.Countries.byAlpha2("US").orElseThrow());
        form.rows.getFirst().name.setValue("Housing");
        form.rows.getFirst().cost.setValue(new BigDecimal("80"));
        form.rows.getFirst().origin.setValue(ComponentOrigin.DOMESTIC);
        ButtonKt._click(form.addLine);
        form.rows.get(1).name.setValue("Chip");
        form.rows.get(1).cost.setValue(new BigDecimal("20"));
        form.rows.get(1).origin.setValue(ComponentOrigin.FOREIGN);
        assertThat(classification(form)).isEqualTo("DOMESTIC");
        form.signerName.setValue("Kim Lee");
        form.signerTitle.setValue("President");
        form.signerEmail.setValue("kim.lee@example.com");
        form.agree.setValue(true);
        ButtonKt._click(_get(Button.class, s -> s.withId("submit-attestation")));

        Attestation submitted = attestations.get(a.id());
        assertThat(submitted.status()).isEqualTo(AttestationStatus.SUBMITTED);
        assertThat(submitted.components()).hasSize(2);
        AttestationView after = _get(AttestationView.class);
        assertThat(after.form.rows.getFirst().cost.isReadOnly()).isTrue();
        assertThat(after.form.addLine.isVisible()).isFalse();
        // the one who entered it sees the verify button, but the service refuses them
        ButtonKt._click(_get(Button.class, s -> s.withId("verify-attestation")));
        assertThat(attestations.get(a.id()).status()).isEqualTo(AttestationStatus.SUBMITTED);
    }

    @Test
    void readersSeeTheAttestationWithoutActionsAndCannotOpenTheAnonymousLinkWithoutAToken() {
        Attestation a = draft(AttestationFixtures.form("60", "40"));
        login("form-auditor", Role.AUDITOR);
        UI.getCurrent().navigate("attestations/" + a.id());
        AttestationView view = _get(AttestationView.class);
        assertThat(view.actions).isEmpty();
        assertThat(view.form.rows.getFirst().cost.isReadOnly()).isTrue();
        assertThat(view.evidence.isReadOnly()).isTrue();
        TestUsers.clear();
    }
}
