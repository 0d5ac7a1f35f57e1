package gov.buyamerican.portal.waiver;

import gov.buyamerican.portal.rules.waiver.ExpectedWaiverDuration;
import gov.buyamerican.portal.rules.waiver.ProcurementStage;
import gov.buyamerican.portal.rules.waiver.WaiverCoverage;
import gov.buyamerican.portal.rules.waiver.WaiverType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Complete, realistic waiver requests for tests; titles are unique so that tests sharing the database do not collide. */
public final class WaiverFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private WaiverFixtures() {
    }

    public static String unique(String prefix) {
        return prefix + " " + System.nanoTime() % 1_000_000_000L + "-" + SEQUENCE.incrementAndGet();
    }

    /** A request of this type, complete enough to be submitted; unreasonable cost with an unreasonable domestic price. */
    public static WaiverDraft complete(WaiverType type, String title) {
        WaiverDraft d = new WaiverDraft();
        d.setType(type);
        d.setProcurementTitle(title);
        d.setItemDescription("Tunable narrow-linewidth laser system, 1096 nm, with controller and fibre coupling");
        d.setQuantity(new BigDecimal("2"));
        d.setQuantityUnit("each");
        d.setEstimatedValue(new BigDecimal("240000.00"));
        d.setDeliveryFrom(LocalDate.of(2030, 1, 6));
        d.setDeliveryTo(LocalDate.of(2030, 3, 27));
        d.setExpectedDuration(ExpectedWaiverDuration.UP_TO_6_MONTHS);
        d.setCoverage(WaiverCoverage.INDIVIDUAL);
        d.setRationaleSummary("No domestic manufacturer offers a laser meeting the wavelength and stability requirement.");
        d.setMarketResearchNotes("Sources sought notice on SAM.gov for 30 days; two responses, both foreign-made.");
        d.setVendorName("Nordlicht Photonics GmbH");
        d.setVendorCountry("DE");
        d.setCountriesOfOrigin(List.of("DE"));
        d.setContractingOfficeAgencyId("1341");
        d.setContractingOfficeAgencyName("NATIONAL INSTITUTE OF STANDARDS AND TECHNOLOGY");
        d.setFundingAgencyId("1341");
        d.setFundingAgencyName("NATIONAL INSTITUTE OF STANDARDS AND TECHNOLOGY");
        d.setNaicsCode("334516");
        d.setNaicsTitle("Analytical Laboratory Instrument Manufacturing");
        d.setPscCode("6640");
        d.setPscName("LABORATORY EQUIPMENT AND SUPPLIES");
        d.setProcurementStage(ProcurementStage.POST_SOLICITATION);
        d.setProcurementSummary("A high-power, spectrally narrow tunable laser for atomic physics experiments.");
        d.setSourcesSoughtOrRfi(true);
        d.setPiids(List.of("1333ND30PNB680119"));
        d.setSolicitationId("1333ND30QNB680076");
        d.setPricePreferenceIncluded(false);
        if (type == WaiverType.UNREASONABLE_COST) {
            // 100,000 foreign + 20% = 120,000 evaluated; 130,000 domestic from a large business is unreasonable
            d.setLowestForeignOffer(new BigDecimal("100000.00"));
            d.setLowestDomesticOffer(new BigDecimal("130000.00"));
            d.setDomesticSmallBusiness(false);
        }
        return d;
    }
}
