package gov.buyamerican.portal.attestation.internal;

import gov.buyamerican.portal.attestation.Attestation;
import gov.buyamerican.portal.attestation.AttestationForm;
import gov.buyamerican.portal.attestation.AttestationService;
import gov.buyamerican.portal.rules.domesticcontent.Component;
import gov.buyamerican.portal.rules.domesticcontent.ComponentOrigin;
import gov.buyamerican.portal.rules.domesticcontent.CostBasis;
import gov.buyamerican.portal.rules.domesticcontent.ProductKind;
import gov.buyamerican.portal.catalog.Product;
import gov.buyamerican.portal.catalog.ProductForm;
import gov.buyamerican.portal.catalog.ProductService;
import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.shared.PageQuery;
import gov.buyamerican.portal.shared.demo.DemoDataContributor;
import gov.buyamerican.portal.vendor.VendorFilter;
import gov.buyamerican.portal.vendor.VendorService;
import gov.buyamerican.portal.vendor.VendorSummary;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Demo products for the demo vendors, and attestations in several states: verified domestic and foreign, submitted
 * (waiting for verification), a draft, a rejected one, and a corrected one that superseded its first version. Entered
 * as the demo user {@code staff} and verified as {@code staff2}, through the services, so that the history shows.
 */
@org.springframework.stereotype.Component
class AttestationDemoData implements DemoDataContributor {

    private final ProductService products;
    private final AttestationService attestations;
    private final VendorService vendors;
    private final Clock clock;

    AttestationDemoData(ProductService products, AttestationService attestations, VendorService vendors, Clock clock) {
        this.products = products;
        this.attestations = attestations;
        this.vendors = vendors;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String name() {
        return "products and attestations";
    }

    @Override
    public void contribute(DemoSettings settings) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        try {
            as("staff");
            Optional<VendorSummary> forge = vendor("Keystone Forge");
            Optional<VendorSummary> textile = vendor("Blue Ridge Textile");
            Optional<VendorSummary> instruments = vendor("Cascade Precision");
            Optional<VendorSummary> steel = vendor("Lone Star Steel");
            Optional<VendorSummary> medical = vendor("Great Lakes Medical");
            Optional<VendorSummary> meridian = vendor("Meridian Federal");
            if (forge.isEmpty() || textile.isEmpty() || instruments.isEmpty() || steel.isEmpty() || medical.isEmpty()
                    || meridian.isEmpty()) {
                return; // the vendor demo data is not there: nothing to attach products to
            }
            int year = LocalDate.now(clock.withZone(ZoneOffset.UTC)).getYear();

            Product bolts = product("Hex bolts, grade 8, 1/2 in.", "KF-HB-812", "Zinc-plated hex cap screws", "5306",
                    "332722", forge.get(), forge.get(), ProductKind.COTS_FASTENER);
            Product shelving = product("Steel shelving unit, 5 shelves", "LS-SH-500", "Welded steel frame, 36 x 18 x 72 in.",
                    "7125", "337215", steel.get(), steel.get(), ProductKind.PREDOMINANTLY_IRON_OR_STEEL);
            Product uniform = product("Flame-resistant coverall", "BR-FRC-22", "NFPA 2112 coverall", "8415", "315250",
                    textile.get(), textile.get(), ProductKind.MANUFACTURED);
            Product gauge = product("Digital pressure gauge", "CP-DPG-100", "0-1000 psi, stainless housing", "6685",
                    "334513", instruments.get(), instruments.get(), ProductKind.MANUFACTURED);
            Product laptop = product("Rugged laptop 14 in.", "MF-RL-14", "MIL-STD-810H laptop", "7021", "334111",
                    meridian.get(), instruments.get(), ProductKind.COTS);
            Product monitor = product("Patient monitor", "GL-PM-7", "Vital signs monitor", "6515", "334510",
                    medical.get(), medical.get(), ProductKind.MANUFACTURED);
            Product gloves = product("Nitrile exam gloves (box of 100)", "GL-NG-100", null, "6515", "339113",
                    medical.get(), medical.get(), ProductKind.MANUFACTURED);
            product("Cotton duck canvas, per yard", "BR-CD-10", null, "8305", "313210", textile.get(), textile.get(),
                    ProductKind.MANUFACTURED);

            // verified domestic, component test
            verified(uniform.id(), form("US", "NC", "Asheville", "Plant 2", year, List.of(
                    line("Aramid fabric", "12.40", ComponentOrigin.DOMESTIC, "US"),
                    line("Zipper", "1.10", ComponentOrigin.FOREIGN, "JP"),
                    line("Reflective tape", "0.90", ComponentOrigin.DOMESTIC, "US"),
                    line("Thread", "0.35", ComponentOrigin.UNKNOWN, null))));
            // verified foreign: too little domestic content
            verified(monitor.id(), form("US", "MI", "Grand Rapids", "Assembly line A", year, List.of(
                    line("Display module", "310.00", ComponentOrigin.FOREIGN, "KR"),
                    line("Main board", "220.00", ComponentOrigin.FOREIGN, "TW"),
                    line("Housing", "45.00", ComponentOrigin.DOMESTIC, "US"),
                    line("Sensors", "160.00", ComponentOrigin.DOMESTIC, "US"))));
            // verified foreign: made abroad
            verified(gloves.id(), form("MY", null, "Ipoh", "Contract manufacturer", year, List.of(
                    line("Nitrile compound", "2.10", ComponentOrigin.FOREIGN, "MY"),
                    line("Carton", "0.30", ComponentOrigin.FOREIGN, "MY"))));
            // verified domestic, iron and steel test
            verified(shelving.id(), form("US", "TX", "Houston", "Fabrication shop", year, List.of(
                    line("Steel uprights and shelves", "84.00", ComponentOrigin.DOMESTIC, "US").withIronOrSteelSharePercent(new BigDecimal("100")),
                    line("Leveling feet", "3.20", ComponentOrigin.FOREIGN, "CN").withIronOrSteelSharePercent(new BigDecimal("60")),
                    line("Bolts", "2.10", ComponentOrigin.FOREIGN, "TW").withIronOrSteelSharePercent(new BigDecimal("100")).withCotsFastener(true))));
            // COTS fastener, verified
            verified(bolts.id(), form("US", "PA", "Pittsburgh", "Smallman St works", year, List.of()));
            // submitted, waiting for verification
            Attestation laptopDraft = attestations.createDraft(laptop.id(), form("US", "TX", "Austin", "Final assembly",
                    year, List.of(line("Chassis and board assembly", "640.00", ComponentOrigin.FOREIGN, "TW"),
                            line("Battery", "95.00", ComponentOrigin.FOREIGN, "CN"))));
            attestations.submit(laptopDraft.id(), laptopDraft.version(), signed(laptopDraft.toForm()));
            // rejected, then a corrected version submitted and verified (the first is superseded when verified)
            Attestation first = attestations.createDraft(gauge.id(), form("US", "OR", "Bend", "Instrument plant", year,
                    List.of(line("Sensor cell", "38.00", ComponentOrigin.DOMESTIC, "US"),
                            line("Display", "22.00", ComponentOrigin.FOREIGN, "CN"),
                            line("Housing", "14.00", ComponentOrigin.DOMESTIC, "US"))));
            first = attestations.submit(first.id(), first.version(), signed(first.toForm()));
            as("staff2");
            attestations.reject(first.id(), first.version(), "The housing is stainless steel bought from a distributor;"
                    + " give its country of origin or mark it unknown.");
            as("staff");
            Attestation second = attestations.correct(first.id());
            AttestationForm corrected = second.toForm().withComponents(List.of(
                    line("Sensor cell", "38.00", ComponentOrigin.DOMESTIC, "US"),
                    line("Display", "22.00", ComponentOrigin.FOREIGN, "CN"),
                    line("Housing", "14.00", ComponentOrigin.UNKNOWN, null)));
            second = attestations.submit(second.id(), second.version(), signed(corrected));
            as("staff2");
            attestations.verify(second.id(), second.version());
            as("staff");
            // a draft in progress
            attestations.createDraft(laptop.id(), form("US", "TX", "Austin", null, year + 1, List.of(
                    line("Chassis and board assembly", "640.00", ComponentOrigin.FOREIGN, "TW"))));
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private void verified(long productId, AttestationForm form) {
        as("staff");
        Attestation a = attestations.createDraft(productId, form);
        a = attestations.submit(a.id(), a.version(), form);
        as("staff2");
        attestations.verify(a.id(), a.version());
        as("staff");
    }

    private Optional<VendorSummary> vendor(String name) {
        return vendors.search(VendorFilter.all().withText(name), PageQuery.first(1)).stream().findFirst();
    }

    private Product product(String name, String part, String description, String psc, String naics,
                            VendorSummary offeror, VendorSummary maker, ProductKind kind) {
        return products.create(new ProductForm(name, part, description, psc, naics, offeror.id(), maker.id(), kind));
    }

    private static AttestationForm form(String country, String state, String city, String facility, int year,
                                        List<Component> components) {
        return signed(new AttestationForm(country, state, city, facility, year, false, components, null, null, null, true));
    }

    private static AttestationForm signed(AttestationForm f) {
        return new AttestationForm(f.placeCountry(), f.placeState(), f.placeCity(), f.placeFacility(), f.deliveryYear(),
                f.fallbackCondition(), f.components(), "Morgan Reyes", "Compliance Manager",
                "morgan.reyes@example.com", true);
    }

    private static Component line(String name, String cost, ComponentOrigin origin, String country) {
        return new Component(name, null, new BigDecimal(cost), CostBasis.PURCHASED, origin, country, BigDecimal.ZERO,
                false, false, false);
    }

    private static void as(String user) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority(Role.STAFF.authority()))));
    }
}
