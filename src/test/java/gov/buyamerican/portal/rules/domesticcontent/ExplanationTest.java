package gov.buyamerican.portal.rules.domesticcontent;

import static gov.buyamerican.portal.rules.domesticcontent.Fixtures.classify;
import static gov.buyamerican.portal.rules.domesticcontent.Fixtures.domestic;
import static gov.buyamerican.portal.rules.domesticcontent.Fixtures.foreign;
import static gov.buyamerican.portal.rules.domesticcontent.Fixtures.madeIn;
import static gov.buyamerican.portal.rules.domesticcontent.Fixtures.madeInUs;
import static gov.buyamerican.portal.rules.domesticcontent.Fixtures.millionDollarItem;
import static gov.buyamerican.portal.rules.domesticcontent.Fixtures.steel;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one-line explanation states the verdict, the numbers, the threshold, the year and the citation. */
class ExplanationTest {

    @Test
    void componentTestPass() {
        EndProduct item = madeInUs(ProductKind.MANUFACTURED, 2026,
                domestic("US parts", "70500.00"), foreign("Imported parts", "29500.00"));

        assertThat(classify(item).explanation()).isEqualTo(
                "DOMESTIC: manufactured in US; US component cost $70,500.00 of $100,000.00 = 70.50% > 65%"
                        + " (delivery 2026, FAR 25.101(a)(2)(i))");
    }

    @Test
    void componentTestFailWithFallbackHint() {
        assertThat(classify(millionDollarItem(2026, "600000.00")).explanation()).isEqualTo(
                "FOREIGN: manufactured in US; US component cost $600,000.00 of $1,000,000.00 = 60.00% is not > 65%;"
                        + " it is > 55% and would be treated as domestic under FAR 25.106(b)(2) if no domestic offer"
                        + " is received or the domestic offer is unreasonably priced (delivery 2026, FAR 25.101(a)(2)(i))");
    }

    @Test
    void componentTestFailAfterTheFallbackEnded() {
        assertThat(classify(millionDollarItem(2030, "600000.00")).explanation()).isEqualTo(
                "FOREIGN: manufactured in US; US component cost $600,000.00 of $1,000,000.00 = 60.00% is not > 75%"
                        + " (delivery 2030, FAR 25.101(a)(2)(i))");
    }

    @Test
    void fallbackApplied() {
        EndProduct item = millionDollarItem(2029, "600000.00").withFallbackConditionHolds(true);

        assertThat(classify(item).explanation()).isEqualTo(
                "DOMESTIC: manufactured in US; US component cost $600,000.00 of $1,000,000.00 = 60.00% is not > 75%"
                        + " but > 55%, with no domestic offer or only an unreasonably priced one"
                        + " (delivery 2029, FAR 25.106(b)(2))");
    }

    @Test
    void ironAndSteelTest() {
        EndProduct item = madeInUs(ProductKind.PREDOMINANTLY_IRON_OR_STEEL, 2026,
                steel(domestic("US steel", "75001.00")),
                steel(foreign("Imported steel", "4999.00")),
                domestic("US other", "20000.00"));

        assertThat(classify(item).explanation()).isEqualTo(
                "DOMESTIC: manufactured in US; iron and steel $80,000.00 of $100,000.00 = 80.00% > 50%"
                        + " (predominantly iron or steel); foreign iron and steel $4,999.00 = 4.999% < 5%"
                        + " (COTS fasteners excluded) (delivery 2026, FAR 25.101(a)(2)(ii))");
    }

    @Test
    void ironAndSteelTestFailAtExactlyFivePercent() {
        EndProduct item = madeInUs(ProductKind.PREDOMINANTLY_IRON_OR_STEEL, 2024,
                steel(domestic("US steel", "75000.00")),
                steel(foreign("Imported steel", "5000.00")),
                domestic("US other", "20000.00"));

        assertThat(classify(item).explanation()).contains("FOREIGN: ", "$5,000.00 = 5.00% is not < 5%", "delivery 2024");
    }

    @Test
    void manufacturedAbroad() {
        EndProduct item = madeIn("DE", ProductKind.MANUFACTURED, 2026,
                domestic("US parts", "800.00"), foreign("German parts", "200.00"));

        assertThat(classify(item).explanation()).isEqualTo(
                "FOREIGN: manufactured in DE, not in the United States; US component cost $800.00 of $1,000.00"
                        + " = 80.00% (delivery 2026, FAR 25.101(a)(1))");
    }

    @Test
    void manufacturedInAnUnknownPlaceAbroad() {
        EndProduct item = madeIn(null, ProductKind.COTS, 2026, domestic("US parts", "800.00"));

        assertThat(classify(item).explanation()).startsWith(
                "FOREIGN: manufactured in an unknown country, not in the United States");
    }

    @Test
    void cotsFastener() {
        assertThat(classify(madeInUs(ProductKind.COTS_FASTENER, 2026, steel(foreign("Wire rod", "10.00")))).explanation())
                .isEqualTo("DOMESTIC: COTS fastener manufactured in US; the domestic content test is waived for COTS"
                        + " fasteners, even if predominantly iron or steel (delivery 2026, FAR 25.101(a)(2)(ii))");
    }
}
