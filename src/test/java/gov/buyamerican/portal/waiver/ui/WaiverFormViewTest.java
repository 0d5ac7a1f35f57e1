package gov.buyamerican.portal.waiver.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.shared.PageQuery;
import gov.buyamerican.portal.shared.identifiers.Countries;
import gov.buyamerican.portal.shared.ui.Badge;
import gov.buyamerican.portal.support.KaribuTest;
import gov.buyamerican.portal.waiver.WaiverFilter;
import gov.buyamerican.portal.waiver.WaiverFixtures;
import gov.buyamerican.portal.waiver.WaiverOrigin;
import gov.buyamerican.portal.waiver.WaiverService;
import gov.buyamerican.portal.waiver.WaiverSummary;
import gov.buyamerican.portal.rules.waiver.ExpectedWaiverDuration;
import gov.buyamerican.portal.rules.waiver.WaiverStatus;
import gov.buyamerican.portal.rules.waiver.WaiverType;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The request form without a browser: field-level messages, the live cost evaluation, saving and submitting. */
class WaiverFormViewTest extends KaribuTest {

    @Autowired
    WaiverService waivers;

    private WaiverFormView form;

    @BeforeEach
    void open() {
        login("ui-wstaff", Role.STAFF);
        UI.getCurrent().navigate(WaiverFormView.class);
        form = _get(WaiverFormView.class);
    }

    private void click(String id) {
        _click(_get(Button.class, spec -> spec.withId(id)));
    }

    private static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    @Test
    void removingAnAttachmentAsksFirst() {
        var draft = waivers.createDraft(WaiverFixtures.complete(WaiverType.RESALE, WaiverFixtures.unique("Attachment removal")));
        byte[] pdf = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        waivers.addAttachment(draft.id(), "quote.pdf", pdf);
        UI.getCurrent().navigate("waivers/" + draft.id() + "/edit");
        @SuppressWarnings("unchecked")
        var grid = (com.vaadin.flow.component.grid.Grid<Object>) _get(com.vaadin.flow.component.grid.Grid.class,
                spec -> spec.withId("attachments"));
        Button remove = (Button) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, 0, "actions");
        assertThat(remove.getAriaLabel()).contains("Remove quote.pdf");

        _click(remove);
        var confirm = _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class);
        assertThat(com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt.getHeader(confirm)).isEqualTo("Remove quote.pdf?");
        assertThat(waivers.get(draft.id()).attachments()).hasSize(1); // nothing removed before the answer
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(confirm);
        assertThat(waivers.get(draft.id()).attachments()).isEmpty();
    }

    @Test
    void savingWithoutTypeAndTitleShowsTheMessagesNextToTheFields() {
        click("save-draft");
        assertThat(form.type.isInvalid()).isTrue();
        assertThat(form.type.getErrorMessage()).isEqualTo("Choose the type of waiver.");
        assertThat(form.procurementTitle.isInvalid()).isTrue();
        assertThat(form.procurementTitle.getErrorMessage()).isEqualTo("Enter a title for the procurement.");
        assertThat(_find(WaiverDetailView.class)).isEmpty();
    }

    @Test
    void badCodesAndAmountsAreFlaggedOnTheirOwnFields() {
        _setValue(form.type, WaiverType.RESALE);
        _setValue(form.procurementTitle, "Codes check");
        _setValue(form.naicsCode, "33451");
        _setValue(form.vendorUei, "0ABCDEFGHJKL");
        _setValue(form.estimatedValue, new BigDecimal("-5"));
        click("save-draft");
        assertThat(form.naicsCode.isInvalid()).isTrue();
        assertThat(form.naicsCode.getErrorMessage()).contains("6 digits");
        assertThat(form.vendorUei.isInvalid()).isTrue();
        assertThat(form.estimatedValue.getErrorMessage()).isEqualTo("The estimated value cannot be negative.");
        assertThat(form.type.isInvalid()).isFalse();
        assertThat(_find(WaiverDetailView.class)).isEmpty();
    }

    @Test
    void theCostEvaluationIsShownAsTheOffersAreTyped() {
        _setValue(form.type, WaiverType.UNREASONABLE_COST);
        _setValue(form.cost.foreign, new BigDecimal("100000"));
        _setValue(form.cost.domestic, new BigDecimal("130000"));
        assertThat(text("cost-factor")).isEqualTo("20%");
        assertThat(text("cost-evaluated")).isEqualTo("$120,000.00");
        assertThat(_get(Badge.class, spec -> spec.withId("cost-verdict")).getText()).startsWith("Domestic price unreasonable");

        _setValue(form.cost.smallBusiness, true); // 30%: 130,000 evaluated, equal to the domestic offer
        assertThat(text("cost-factor")).isEqualTo("30%");
        assertThat(text("cost-evaluated")).isEqualTo("$130,000.00");
        assertThat(_get(Badge.class, spec -> spec.withId("cost-verdict")).getText()).startsWith("Domestic price reasonable");
    }

    @Test
    void submittingAnIncompleteNonavailabilityRequestMarksWhatTheMadeInAmericaOfficeNeeds() {
        String title = WaiverFixtures.unique("Incomplete nonavailability");
        _setValue(form.type, WaiverType.NONAVAILABILITY_INDIVIDUAL);
        _setValue(form.procurementTitle, title);
        click("submit-waiver");
        assertThat(form.naicsCode.isInvalid()).isTrue();
        assertThat(form.naicsCode.getErrorMessage()).contains("Made in America Office");
        assertThat(form.sourcesSoughtOrRfi.isInvalid()).isTrue();
        assertThat(form.vendorName.isInvalid()).isTrue();
        assertThat(form.marketResearchNotes.isInvalid()).isTrue();
        assertThat(_find(WaiverDetailView.class)).isEmpty();
        assertThat(waivers.list(new WaiverFilter(WaiverOrigin.PORTAL, null, null, true, title), PageQuery.first(5)))
                .as("nothing is saved when the submission is refused").isEmpty();
    }

    @Test
    void aCompleteRequestIsSavedAndSubmittedAndOpensItsDetail() {
        String title = WaiverFixtures.unique("Form submission");
        _setValue(form.type, WaiverType.UNREASONABLE_COST);
        _setValue(form.procurementTitle, title);
        _setValue(form.itemDescription, "Variable-frequency drives, 75 kW");
        _setValue(form.estimatedValue, new BigDecimal("84000"));
        _setValue(form.expectedDuration, ExpectedWaiverDuration.UP_TO_6_MONTHS);
        _setValue(form.rationaleSummary, "Domestic price unreasonable.");
        _setValue(form.vendorName, "Antriebe Süd AG");
        _setValue(form.vendorCountry, Countries.byCode("AT").orElseThrow());
        _setValue(form.countriesOfOrigin, Set.of(Countries.byCode("AT").orElseThrow()));
        _setValue(form.cost.foreign, new BigDecimal("70000"));
        _setValue(form.cost.domestic, new BigDecimal("90000"));
        click("submit-waiver");

        WaiverDetailView detail = _get(WaiverDetailView.class);
        assertThat(detail).isNotNull();
        assertThat(_get(Badge.class, spec -> spec.withId("waiver-status")).getText()).isEqualTo(WaiverStatus.SUBMITTED.label());
        WaiverSummary saved = waivers.list(new WaiverFilter(WaiverOrigin.PORTAL, null, null, true, title), PageQuery.first(5))
                .getFirst();
        assertThat(saved.status()).isEqualTo(WaiverStatus.SUBMITTED);
        assertThat(waivers.get(saved.id()).cost().evaluation().evaluatedForeignOffer()).isEqualByComparingTo("84000");
    }
}
