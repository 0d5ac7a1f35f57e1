package gov.buyamerican.portal.waiver.internal;

import static gov.buyamerican.portal.db.Tables.WAIVER_COMMENT;
import static gov.buyamerican.portal.db.Tables.WAIVER_EVENT;
import static gov.buyamerican.portal.db.Tables.WAIVER_NOTIFICATION;
import static gov.buyamerican.portal.db.Tables.WAIVER_REQUEST;

import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.shared.demo.DemoDataContributor;
import gov.buyamerican.portal.waiver.WaiverDetails;
import gov.buyamerican.portal.waiver.WaiverDraft;
import gov.buyamerican.portal.waiver.WaiverService;
import gov.buyamerican.portal.rules.waiver.ExpectedWaiverDuration;
import gov.buyamerican.portal.rules.waiver.OmbDetermination;
import gov.buyamerican.portal.rules.waiver.ProcurementStage;
import gov.buyamerican.portal.rules.waiver.WaiverCoverage;
import gov.buyamerican.portal.rules.waiver.WaiverType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo waivers in every state of the workflow, made through {@link WaiverService} acting as the demo users (staff,
 * staff2, approver, hca), so that the timeline, notifications and audit trail are what real use produces. Timestamps are
 * then moved back a few days so that the inbox shows realistic ages.
 */
@Component
class DemoWaivers implements DemoDataContributor {

    private final WaiverService waivers;
    private final DSLContext dsl;

    DemoWaivers(WaiverService waivers, DSLContext dsl) {
        this.waivers = waivers;
        this.dsl = dsl;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String name() {
        return "waivers";
    }

    @Override
    public void contribute(DemoSettings settings) {
        try {
            create();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void create() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        // 1. unreasonable cost, waiting six days for a contracting officer
        WaiverDraft chiller = base(WaiverType.UNREASONABLE_COST, "Replacement compressors for the Building 12 chiller plant",
                "Two semi-hermetic screw compressors, 180 tons each, with starters", "2", "each", "184500.00",
                "Kältetechnik Rhein GmbH", "DE", List.of("DE"));
        chiller.setLowestDomesticOffer(new BigDecimal("224900.00"));
        chiller.setDomesticSmallBusiness(false);
        chiller.setLowestForeignOffer(new BigDecimal("178200.00"));
        chiller.setRationaleSummary("The lowest domestic offer exceeds the lowest foreign offer plus the 20% evaluation "
                + "factor; the domestic price is unreasonable under FAR 25.106.");
        chiller.setExpectedDuration(ExpectedWaiverDuration.UP_TO_6_MONTHS);
        long id1 = as("staff", () -> submit(waivers.createDraft(chiller))).id();
        backdate(id1, 6);

        // 2. individual nonavailability, in review by the head of the contracting activity, sent to the MIAO
        WaiverDraft helium = base(WaiverType.NONAVAILABILITY_INDIVIDUAL, "Helium recovery and liquefaction system",
                "Closed-cycle helium recovery with a 40 l/day liquefier for the low-temperature laboratory", "1", "system",
                "612000.00", "Cryo Industries of Japan KK", "JP", List.of("JP"));
        miao(helium, "1341", "NATIONAL INSTITUTE OF STANDARDS AND TECHNOLOGY", "334516",
                "Analytical Laboratory Instrument Manufacturing", "6640", "LABORATORY EQUIPMENT AND SUPPLIES");
        helium.setProcurementSummary("A helium recovery plant and liquefier sized for the laboratory's cryostats, "
                + "recovering boil-off gas that is now vented.");
        helium.setMarketResearchNotes("Sources sought notice open 30 days on SAM.gov; three responses, none offering a "
                + "domestic end product. Two domestic integrators quoted foreign liquefiers.");
        helium.setRationaleSummary("No liquefier of this capacity is manufactured in the United States.");
        helium.setExpectedDuration(ExpectedWaiverDuration.BETWEEN_6_MONTHS_AND_1_YEAR);
        WaiverDetails h = as("staff", () -> submit(waivers.createDraft(helium)));
        WaiverDetails hr = as("hca", () -> waivers.startReview(h.id(), h.version()));
        backdate(h.id(), 9);
        WaiverDetails hs = as("hca", () -> waivers.recordMiaoSubmission(hr.id(), waivers.get(hr.id()).version(), today.minusDays(6)));
        as("hca", () -> waivers.addComment(hs.id(), "Sent to the Made in America Office; I will decide once they answer."));

        // 3. resale, approved
        WaiverDraft commissary = base(WaiverType.RESALE, "Imported confectionery for the base commissary",
                "Assorted chocolate and biscuits for resale, 40 cases", "40", "cases", "18600.00",
                "Maison Delacroix SA", "BE", List.of("BE", "CH"));
        commissary.setRationaleSummary("Articles acquired for resale in the commissary (FAR 25.103(d)).");
        commissary.setExpectedDuration(ExpectedWaiverDuration.BETWEEN_6_MONTHS_AND_1_YEAR);
        WaiverDetails c = as("staff2", () -> submit(waivers.createDraft(commissary)));
        as("approver", () -> {
            WaiverDetails r = waivers.startReview(c.id(), c.version());
            return waivers.approve(r.id(), r.version(), "Resale exception confirmed: the items are sold in the commissary.");
        });
        backdate(c.id(), 20);

        // 4. public interest, waiting for the head of the agency
        WaiverDraft radios = base(WaiverType.PUBLIC_INTEREST, "Allied-interoperable tactical radio sets",
                "Handheld radios certified on the allied waveform, with chargers", "120", "each", "2450000.00",
                "Helsinki Radio Systems Oy", "FI", List.of("FI"));
        radios.setRationaleSummary("Interoperability with allied forces requires the certified waveform, offered only by "
                + "this manufacturer.");
        radios.setExpectedDuration(ExpectedWaiverDuration.BETWEEN_1_AND_2_YEARS);
        long id4 = as("staff2", () -> submit(waivers.createDraft(radios))).id();
        backdate(id4, 2);

        // 5. commercial IT, returned for changes
        WaiverDraft switches = base(WaiverType.COMMERCIAL_IT, "Data-centre network switches",
                "48-port 25 GbE switches with support contract", "12", "each", "96000.00",
                "Taipei Network Equipment Co", "TW", List.of("TW"));
        switches.setRationaleSummary("Commercial information technology (FAR 25.103(e)).");
        switches.setExpectedDuration(ExpectedWaiverDuration.UP_TO_6_MONTHS);
        WaiverDetails s = as("staff", () -> submit(waivers.createDraft(switches)));
        as("approver", () -> {
            WaiverDetails r = waivers.startReview(s.id(), s.version());
            return waivers.returnForChanges(r.id(), r.version(), "Attach the manufacturer's commercial catalogue page "
                    + "showing these switches are sold to the general public.");
        });
        backdate(s.id(), 4);

        // 6. unreasonable cost, rejected
        WaiverDraft fasteners = base(WaiverType.UNREASONABLE_COST, "Titanium fasteners for the test rig",
                "Grade 5 titanium bolts and nuts, M12, 2,000 sets", "2000", "sets", "41000.00",
                "Precision Fixings Ltd", "GB", List.of("GB"));
        fasteners.setLowestDomesticOffer(new BigDecimal("49800.00"));
        fasteners.setDomesticSmallBusiness(true);
        fasteners.setLowestForeignOffer(new BigDecimal("36500.00"));
        fasteners.setRationaleSummary("The domestic price is unreasonable after the small-business evaluation factor.");
        fasteners.setExpectedDuration(ExpectedWaiverDuration.INSTANT_DELIVERY_ONLY);
        fasteners.setDeliveryFrom(today.plusDays(30));
        fasteners.setDeliveryTo(today.plusDays(45));
        WaiverDetails f = as("staff", () -> submit(waivers.createDraft(fasteners)));
        as("approver", () -> {
            WaiverDetails r = waivers.startReview(f.id(), f.version());
            return waivers.reject(r.id(), r.version(), "The foreign quote expired; a new domestic quote of $46,900 "
                    + "from a small business is within the evaluated price.");
        });
        backdate(f.id(), 12);

        // 7. a draft
        WaiverDraft luminaires = base(WaiverType.UNREASONABLE_COST, "LED high-bay luminaires for hangar 3",
                "High-bay LED luminaires, 200 W, with occupancy sensors", "64", "each", null, null, null, List.of());
        as("staff", () -> waivers.createDraft(luminaires));
    }

    private WaiverDetails submit(WaiverDetails d) {
        return waivers.submit(d.id(), d.version());
    }

    private static WaiverDraft base(WaiverType type, String title, String item, String quantity, String unit, String value,
                                    String vendor, String country, List<String> origins) {
        WaiverDraft d = new WaiverDraft();
        d.setType(type);
        d.setProcurementTitle(title);
        d.setItemDescription(item);
        d.setQuantity(new BigDecimal(quantity));
        d.setQuantityUnit(unit);
        d.setEstimatedValue(value == null ? null : new BigDecimal(value));
        d.setVendorName(vendor);
        d.setVendorCountry(country);
        d.setCountriesOfOrigin(origins);
        d.setCoverage(WaiverCoverage.INDIVIDUAL);
        d.setProcurementStage(ProcurementStage.POST_SOLICITATION);
        return d;
    }

    private static void miao(WaiverDraft d, String agencyId, String agencyName, String naics, String naicsTitle,
                             String psc, String pscName) {
        d.setContractingOfficeAgencyId(agencyId);
        d.setContractingOfficeAgencyName(agencyName);
        d.setFundingAgencyId(agencyId);
        d.setFundingAgencyName(agencyName);
        d.setNaicsCode(naics);
        d.setNaicsTitle(naicsTitle);
        d.setPscCode(psc);
        d.setPscName(pscName);
        d.setSourcesSoughtOrRfi(true);
        d.setPricePreferenceIncluded(false);
        d.setSolicitationId("1333ND26QNB680214");
        d.setPiids(List.of("1333ND26PNB680377"));
    }

    /** Runs as a demo user: STAFF for the requesters, APPROVER for the others. */
    private static <T> T as(String username, Supplier<T> action) {
        Role role = username.startsWith("staff") ? Role.STAFF : Role.APPROVER;
        var authorities = List.of(new SimpleGrantedAuthority(role.authority()));
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, "n/a", authorities));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /**
     * Moves a demo waiver's history back by {@code days}, so that ages in the inbox look like real use. Each statement
     * commits on its own (demo data only; called from this class, so no transaction proxy applies).
     */
    void backdate(long id, int days) {
        dsl.update(WAIVER_REQUEST)
                .set(WAIVER_REQUEST.CREATED_AT, WAIVER_REQUEST.CREATED_AT.minus(days))
                .set(WAIVER_REQUEST.UPDATED_AT, WAIVER_REQUEST.UPDATED_AT.minus(days))
                .set(WAIVER_REQUEST.SUBMITTED_AT, WAIVER_REQUEST.SUBMITTED_AT.minus(days))
                .set(WAIVER_REQUEST.FIRST_SUBMITTED_AT, WAIVER_REQUEST.FIRST_SUBMITTED_AT.minus(days))
                .set(WAIVER_REQUEST.REVIEW_STARTED_AT, WAIVER_REQUEST.REVIEW_STARTED_AT.minus(days))
                .set(WAIVER_REQUEST.DECIDED_AT, WAIVER_REQUEST.DECIDED_AT.minus(days))
                .set(WAIVER_REQUEST.EXPIRES_ON, WAIVER_REQUEST.EXPIRES_ON.minus(days))
                .where(WAIVER_REQUEST.ID.eq(id)).execute();
        dsl.update(WAIVER_EVENT).set(WAIVER_EVENT.OCCURRED_AT, WAIVER_EVENT.OCCURRED_AT.minus(days))
                .where(WAIVER_EVENT.WAIVER_ID.eq(id)).execute();
        dsl.update(WAIVER_COMMENT).set(WAIVER_COMMENT.CREATED_AT, WAIVER_COMMENT.CREATED_AT.minus(days))
                .where(WAIVER_COMMENT.WAIVER_ID.eq(id)).execute();
        dsl.update(WAIVER_NOTIFICATION).set(WAIVER_NOTIFICATION.CREATED_AT, WAIVER_NOTIFICATION.CREATED_AT.minus(days))
                .where(WAIVER_NOTIFICATION.WAIVER_ID.eq(id)).execute();
    }
}
