package gov.buyamerican.portal.vendor.internal;

import gov.buyamerican.portal.audit.AuditActions;
import gov.buyamerican.portal.audit.AuditEntry;
import gov.buyamerican.portal.audit.AuditService;
import gov.buyamerican.portal.security.CurrentUser;
import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.shared.demo.DemoDataContributor;
import gov.buyamerican.portal.shared.identifiers.UeiGenerator;
import gov.buyamerican.portal.vendor.ContactForm;
import gov.buyamerican.portal.vendor.SocioeconomicCategory;
import gov.buyamerican.portal.vendor.Vendor;
import gov.buyamerican.portal.vendor.VendorForm;
import gov.buyamerican.portal.vendor.VendorKind;
import gov.buyamerican.portal.vendor.VendorService;
import gov.buyamerican.portal.vendor.VendorSize;
import gov.buyamerican.portal.vendor.VendorStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo vendors: a hand-made set (US manufacturers and resellers, two marketplaces with foreign and US third-party
 * sellers, contacts, a suspended vendor, an expired SAM registration), registered through {@link VendorService} so
 * that their history shows; and, with {@code PORTAL_DEMO_DATA_SIZE}, that many generated vendors, bulk inserted.
 * All names are fictitious and all UEIs and CAGE codes made up.
 */
@Component
class VendorDemoData implements DemoDataContributor {

    private final VendorService vendors;
    private final VendorBulkWriter writer;
    private final VendorStore store;
    private final AuditService audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    VendorDemoData(VendorService vendors, VendorBulkWriter writer, VendorStore store, AuditService audit,
                   TransactionTemplate transactions, Clock clock) {
        this.vendors = vendors;
        this.writer = writer;
        this.store = store;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String name() {
        return "vendors";
    }

    @Override
    public void contribute(DemoSettings settings) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        // the loader runs at start-up with nobody logged in: act as the system, with the staff role the service asks for
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                CurrentUser.SYSTEM, null, List.of(new SimpleGrantedAuthority(Role.STAFF.authority()))));
        try {
            handMade(new UeiGenerator(settings.seed()));
            if (settings.size() > 0) {
                generated(settings.size(), settings.seed());
            }
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private void handMade(UeiGenerator ueis) {
        LocalDate today = LocalDate.now(clock);
        Vendor forge = vendors.create(us("Keystone Forge & Fastener Co.", null, ueis.next(), "3KF71", "2200 Smallman St",
                "Pittsburgh", "PA", "15222", "+14125550143", "www.keystoneforge.example", VendorKind.MANUFACTURER,
                VendorSize.SMALL, Set.of(SocioeconomicCategory.HUBZONE), today.plusMonths(7)));
        vendors.addContact(forge.id(), new ContactForm("Maria Kowalski", "Contracts Manager",
                "m.kowalski@keystoneforge.example", "(412) 555-0143"));
        vendors.addContact(forge.id(), new ContactForm("Daniel Reyes", "Quality Assurance Lead",
                "d.reyes@keystoneforge.example", null));

        Vendor textile = vendors.create(us("Blue Ridge Textile Mills LLC", "Blue Ridge Uniforms", ueis.next(), "7BR24",
                "418 Mill Rd", "Greensboro", "NC", "27405", "+13365550188", "blueridgetextile.example",
                VendorKind.MANUFACTURER, VendorSize.SMALL, Set.of(SocioeconomicCategory.WOSB), today.plusMonths(4)));
        vendors.addContact(textile.id(), new ContactForm("Evelyn Carter", "President", "evelyn@blueridgetextile.example",
                "+1 336 555 0188"));

        Vendor instruments = vendors.create(us("Cascade Precision Instruments Inc.", null, ueis.next(), "1CP85",
                "901 Technology Way", "Spokane", "WA", "99201-4410", "+15095550110", "cascadeprecision.example",
                VendorKind.MANUFACTURER, VendorSize.OTHER, Set.of(), today.plusMonths(10)));
        vendors.addContact(instruments.id(), new ContactForm("Rajesh Iyer", "Federal Sales Director",
                "federal@cascadeprecision.example", "+15095550110"));

        vendors.create(us("Lone Star Steel Fabricators LLC", null, ueis.next(), "5LS39", "7700 Railroad Ave", "Houston",
                "TX", "77011", "+17135550172", null, VendorKind.MANUFACTURER, VendorSize.SMALL,
                Set.of(SocioeconomicCategory.SDVOSB), today.minusDays(20)));

        Vendor medical = vendors.create(us("Great Lakes Medical Supply Inc.", null, ueis.next(), "2GL60",
                "1450 Commerce Dr", "Cleveland", "OH", "44114", "+12165550121", "greatlakesmedical.example",
                VendorKind.RESELLER, VendorSize.OTHER, Set.of(), today.plusMonths(2)));
        vendors.addContact(medical.id(), new ContactForm("Karen O'Neill", "Government Accounts", null, "+12165550121"));

        vendors.create(us("Patriot Office Solutions LLC", null, ueis.next(), "8PO13", "3100 Corporate Cir", "Norfolk",
                "VA", "23502", "+17575550199", "patriotoffice.example", VendorKind.RESELLER, VendorSize.SMALL,
                Set.of(SocioeconomicCategory.SDVOSB, SocioeconomicCategory.SDB), today.plusMonths(9)));

        vendors.create(us("Sunbelt Janitorial Distributors Inc.", null, ueis.next(), "4SJ52", "66 Harbor Rd",
                "Atlanta", "GA", "30318", "+14045550157", null, VendorKind.RESELLER, VendorSize.SMALL,
                Set.of(SocioeconomicCategory.WOSB, SocioeconomicCategory.SBA_8A), today.plusMonths(1)));

        Vendor meridian = vendors.create(us("Meridian Federal IT Resellers Corp.", "Meridian IT", ueis.next(), "6MF08",
                "8201 Greensboro Dr", "McLean", "VA", "22102-4200", "+17035550166", "meridianit.example",
                VendorKind.RESELLER, VendorSize.SMALL, Set.of(SocioeconomicCategory.SBA_8A, SocioeconomicCategory.SDB),
                today.plusMonths(5)));
        vendors.changeStatus(meridian.id(), meridian.version(), VendorStatus.SUSPENDED,
                "Misrepresented country of origin on order 47QSWA24F0012; under review by the contracting officer");

        Vendor everstore = vendors.create(us("Everstore Marketplace Inc.", "Everstore Business", ueis.next(), "9EM47",
                "500 Harbor Rd", "Seattle", "WA", "98104", "+12065550100", "business.everstore.example",
                VendorKind.MARKETPLACE, VendorSize.OTHER, Set.of(), today.plusMonths(8)));
        vendors.addContact(everstore.id(), new ContactForm("Public Sector Team", "Account team",
                "publicsector@everstore.example", null));
        Vendor govmart = vendors.create(us("GovMart Online LLC", "GovMart", ueis.next(), "2GM91", "1200 Market St",
                "Richmond", "VA", "23219", "+18045550131", "govmart.example", VendorKind.MARKETPLACE, VendorSize.SMALL,
                Set.of(), today.plusMonths(3)));

        vendors.registerSeller(everstore.id(), foreign("Shenzhen Brightway Electronics Co., Ltd.", "CN", "Shenzhen",
                "Guangdong", "518057", VendorKind.MANUFACTURER), "Brightway Direct", "A2X9BRIGHTWAY");
        vendors.registerSeller(everstore.id(), foreign("Hanseatic Werkzeug GmbH", "DE", "Hamburg", "Hamburg", "20457",
                VendorKind.MANUFACTURER), "Hanseatic Tools", "A1HANSEWERK");
        vendors.registerSeller(everstore.id(), foreign("Hai Phong Garment Export JSC", "VN", "Hai Phong", "Hai Phong",
                "180000", VendorKind.MANUFACTURER), "HP Workwear", "A3HPGARMENT");
        vendors.registerSeller(govmart.id(), foreign("Monterrey Industrial Supplies S.A. de C.V.", "MX", "Monterrey",
                "Nuevo León", "64000", VendorKind.RESELLER), "MIS Industrial", "GM-55021");
        vendors.registerSeller(govmart.id(), foreign("Osaka Precision Tools K.K.", "JP", "Osaka", "Osaka", "530-0001",
                VendorKind.MANUFACTURER), "Osaka Precision", "GM-55107");
        var woodcraft = vendors.registerSeller(everstore.id(), us("Appalachian Woodcraft LLC", null, null, null,
                "19 Mill Rd", "Louisville", "KY", "40202", null, null, VendorKind.MANUFACTURER, VendorSize.SMALL,
                Set.of(SocioeconomicCategory.WOSB), null), "Appalachian Woodcraft", "A4APPWOOD");
        vendors.addSeller(govmart.id(), woodcraft.seller().id(), "Appalachian Woodcraft Co.", "GM-56012");
        vendors.addSeller(govmart.id(), textile.id(), "Blue Ridge Uniforms", "GM-50310");
    }

    private void generated(int size, long seed) {
        transactions.executeWithoutResult(tx -> {
            VendorGenerator generator = new VendorGenerator(seed, LocalDate.now(clock));
            LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
            for (int done = 0; done < size; done += VendorBulkWriter.ROWS_PER_INSERT) {
                var rows = generator.next(Math.min(VendorBulkWriter.ROWS_PER_INSERT, size - done));
                writer.insert(store.withoutClashes(rows), null, now);
            }
            audit.record(AuditEntry.of(AuditActions.CREATE, VendorService.ENTITY, null,
                    "Generated " + size + " demo vendors (PORTAL_DEMO_DATA_SIZE)"));
        });
    }

    private static VendorForm us(String name, String dba, String uei, String cage, String street, String city,
                                 String state, String zip, String phone, String website, VendorKind kind,
                                 VendorSize size, Set<SocioeconomicCategory> categories, LocalDate samExpiry) {
        return new VendorForm(name, dba, uei, cage, "US", street, null, city, state, zip, phone, website, kind, size,
                categories, samExpiry);
    }

    private static VendorForm foreign(String name, String country, String city, String region, String postal,
                                      VendorKind kind) {
        return new VendorForm(name, null, null, null, country, null, null, city, region, postal, null, null, kind,
                VendorSize.OTHER, Set.of(), null);
    }
}
