package gov.buyamerican.portal.security;

import static gov.buyamerican.portal.db.Tables.APP_USER;
import static gov.buyamerican.portal.db.Tables.VENDOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import gov.buyamerican.portal.attestation.AttestationFilter;
import gov.buyamerican.portal.attestation.AttestationService;
import gov.buyamerican.portal.audit.AuditFilter;
import gov.buyamerican.portal.audit.AuditService;
import gov.buyamerican.portal.catalog.Product;
import gov.buyamerican.portal.catalog.ProductFilter;
import gov.buyamerican.portal.catalog.ProductForm;
import gov.buyamerican.portal.rules.domesticcontent.ProductKind;
import gov.buyamerican.portal.catalog.ProductService;
import gov.buyamerican.portal.reference.CountryService;
import gov.buyamerican.portal.rules.waiver.WaiverType;
import gov.buyamerican.portal.shared.PageQuery;
import gov.buyamerican.portal.support.PortalSpringTest;
import gov.buyamerican.portal.support.TestUsers;
import gov.buyamerican.portal.vendor.Vendor;
import gov.buyamerican.portal.vendor.VendorExportFormat;
import gov.buyamerican.portal.vendor.VendorFilter;
import gov.buyamerican.portal.vendor.VendorFixtures;
import gov.buyamerican.portal.vendor.VendorImportResult;
import gov.buyamerican.portal.vendor.VendorService;
import gov.buyamerican.portal.vendor.VendorSummary;
import gov.buyamerican.portal.waiver.MiaoListService;
import gov.buyamerican.portal.waiver.WaiverDetails;
import gov.buyamerican.portal.waiver.WaiverFilter;
import gov.buyamerican.portal.waiver.WaiverFixtures;
import gov.buyamerican.portal.waiver.WaiverService;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Hostile text through the services, on the real database: SQL and LIKE metacharacters and full-text operators in every
 * search box change nothing (no error, no rows beyond those that contain the text, the tables intact); markup and
 * formulas in typed fields and in imported columns are stored as the literal text and exported as text (CSV cells
 * that a spreadsheet would run as formulas carry a leading apostrophe). How the browser shows such text:
 * HostileInputJourneyIT.
 */
@PortalSpringTest
class HostileInputIT {

    static final List<String> SQL_PAYLOADS = List.of("' OR 1=1 --", "' OR '1'='1", "\" OR \"\"=\"", "%", "_", "\\",
            "%%", "_%_", "\\%", "'; DROP TABLE vendor; --", "1; SELECT SLEEP(5)", "*", "+-steel", "(", ")", "\"", "@",
            "~", "<>", "steel*", "-", "+", "' UNION SELECT password_hash FROM app_user --", "\u0000", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢");

    @Autowired
    VendorService vendors;
    @Autowired
    ProductService products;
    @Autowired
    WaiverService waivers;
    @Autowired
    MiaoListService miao;
    @Autowired
    AttestationService attestations;
    @Autowired
    UserService users;
    @Autowired
    CountryService countries;
    @Autowired
    AuditService audit;
    @Autowired
    DSLContext dsl;
    @Autowired
    TestUsers testUsers;

    @BeforeEach
    void actAsAdmin() {
        // ADMIN reads every module (users and audit included) and may register vendors
        TestUsers.actAs(testUsers.ensure("hostile-admin", Role.ADMIN), Role.ADMIN);
    }

    @AfterEach
    void clear() {
        TestUsers.clear();
    }

    @Test
    void sqlAndWildcardCharactersInEverySearchChangeNothing() {
        String tag = VendorFixtures.word();
        Vendor percent = vendors.create(VendorFixtures.form("Hostile 100% Pure " + tag + " LLC"));
        Vendor underscore = vendors.create(VendorFixtures.form("Hostile Under_score " + tag + " LLC"));
        Vendor quote = vendors.create(VendorFixtures.form("O'Brien Hostile " + tag + " LLC"));
        int vendorsBefore = dsl.fetchCount(VENDOR);
        int usersBefore = dsl.fetchCount(APP_USER);
        PageQuery page = PageQuery.first(500);
        String wildcardTag = "Wild" + tag;
        TestUsers.actAs(testUsers.ensure("hostile-staff", Role.STAFF), Role.STAFF);
        products.create(new ProductForm("Percent 100% " + wildcardTag, "PCT-" + tag, null, "5340", "332510",
                percent.id(), percent.id(), ProductKind.MANUFACTURED));
        products.create(new ProductForm("Under_score " + wildcardTag, "UND-" + tag, null, "5340", "332510",
                underscore.id(), underscore.id(), ProductKind.MANUFACTURED));
        products.create(new ProductForm("Plain " + wildcardTag, "PL-" + tag, null, "5340", "332510",
                quote.id(), quote.id(), ProductKind.MANUFACTURED));
        TestUsers.actAs("hostile-admin", Role.ADMIN);

        for (String p : SQL_PAYLOADS) {
            assertThatCode(() -> {
                // the vendor search is by words (full-text, punctuation ignored): the metacharacters add no row to
                // what the words alone find
                String words = p.replaceAll("[^\\p{L}\\p{Nd}]+", " ").strip();
                Set<Long> byWords = vendors.search(VendorFilter.all().withText(words), page).stream()
                        .map(VendorSummary::id).collect(Collectors.toSet());
                assertThat(vendors.search(VendorFilter.all().withText(p), page)).as("vendors matching " + p)
                        .allMatch(v -> byWords.contains(v.id()));
                vendors.count(VendorFilter.all().withText(p), 10_000);
                // products and users are searched by substring (LIKE): a wildcard is a character to look for
                assertThat(products.search(new ProductFilter(p, null, null), page)).as("products matching " + p)
                        .allMatch(x -> contains(x.name(), p) || contains(x.partNumber(), p) || contains(x.offerorName(), p)
                                || contains(x.manufacturerName(), p) || !p.matches("[%_\\\\]+"));
                products.count(new ProductFilter(p, null, null), 1000);
                waivers.list(new WaiverFilter(null, null, null, false, p), page);
                waivers.count(new WaiverFilter(null, null, null, false, p), 1000);
                attestations.search(new AttestationFilter(p, null), page);
                assertThat(users.list(p, page)).as("users matching " + p).allMatch(u -> !p.matches("[%_\\\\]+")
                        || contains(u.username(), p) || contains(u.displayName(), p) || contains(u.email(), p));
                countries.search(p, page);
                audit.page(new AuditFilter(p, null, null, null, p, null, null), page);
            }).as("search for " + p).doesNotThrowAnyException();
        }
        assertThat(products.search(new ProductFilter("%", null, null), page)).extracting(Product::name)
                .contains("Percent 100% " + wildcardTag).doesNotContain("Under_score " + wildcardTag, "Plain " + wildcardTag);
        assertThat(products.search(new ProductFilter("_", null, null), page)).extracting(Product::name)
                .contains("Under_score " + wildcardTag).doesNotContain("Percent 100% " + wildcardTag, "Plain " + wildcardTag);
        assertThat(vendors.search(VendorFilter.all().withText("O'Brien " + tag), page)).extracting(VendorSummary::id)
                .containsExactly(quote.id());
        assertThat(dsl.fetchCount(VENDOR)).isEqualTo(vendorsBefore);
        assertThat(dsl.fetchCount(APP_USER)).isEqualTo(usersBefore);
    }

    @Test
    void markupAndFormulasInImportedColumnsAreStoredAsTextAndExportedHarmless() throws Exception {
        String tag = VendorFixtures.word();
        String script = "<script>alert('x')</script> Hostile Import " + tag;
        String image = "<img src=x onerror=alert(1)> Hostile Import " + tag;
        String formula = "=HYPERLINK(\"http://evil.example/\",\"Hostile " + tag + "\")";
        String sql = "Robert'); DROP TABLE vendor;-- Hostile " + tag;
        String header = "uei,legal_name,doing_business_as,cage_code,country,address_line_1,address_line_2,city,state,"
                + "postal_code,phone,website,kind,business_size,sdb,wosb,sdvosb,hubzone,sba_8a,sam_expiration_date";
        StringBuilder csv = new StringBuilder(header).append("\r\n");
        for (String name : List.of(script, image, formula, sql)) {
            csv.append(String.join(",", VendorFixtures.uei(), quoteCsv(name), quoteCsv("@SUM(1+1)*cmd|' /C calc'!A0"), "",
                    "US", "", "", "Dayton", "OH", "", "", "", "MANUFACTURER", "", "", "", "", "", "", "")).append("\r\n");
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        int before = dsl.fetchCount(VENDOR);
        VendorImportResult result = vendors.importFile("hostile.csv", new ByteArrayInputStream(bytes), bytes.length,
                (f, m) -> { });
        assertThat(result.rejected()).isEmpty();
        assertThat(result.created()).isEqualTo(4);
        assertThat(dsl.fetchCount(VENDOR)).isEqualTo(before + 4);
        for (String name : List.of(script, image, formula, sql)) {
            assertThat(dsl.fetchCount(VENDOR, VENDOR.LEGAL_NAME.eq(name))).as("stored literally: " + name).isEqualTo(1);
        }

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        vendors.export(VendorFilter.all().withText("Hostile " + tag), List.of(), VendorExportFormat.CSV, out);
        String exported = out.toString(StandardCharsets.UTF_8);
        assertThat(exported).contains(script).contains(image).contains("'=HYPERLINK(").contains("'@SUM(1+1)");
        assertNoFormulaCells(exported);
    }

    @Test
    void aWaiverTitleThatIsAFormulaLeavesTheMiaoExportAsText() {
        TestUsers.actAs(testUsers.ensure("hostile-staff", Role.STAFF), Role.STAFF);
        String title = "=HYPERLINK(\"http://evil.example/\",\"" + WaiverFixtures.unique("Hostile waiver") + "\")";
        var draft = waivers.createDraft(WaiverFixtures.complete(WaiverType.UNREASONABLE_COST, title));
        WaiverDetails submitted = waivers.submit(draft.id(), draft.version());
        assertThat(submitted.title()).isEqualTo(title);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        miao.export(new WaiverFilter(null, null, null, true, null), out);
        String exported = out.toString(StandardCharsets.UTF_8);
        assertThat(exported).contains("'" + title.replace("\"", "\"\""));
        assertNoFormulaCells(exported);
    }

    /** No CSV cell (quoted or not) starts with a character that makes a spreadsheet run it as a formula. */
    static void assertNoFormulaCells(String csv) {
        try (var reader = de.siegmar.fastcsv.reader.CsvReader.builder().ofCsvRecord(csv)) {
            reader.forEach(row -> assertThat(row.getFields()).as("line " + row.getStartingLineNumber())
                    .noneMatch(c -> !c.isEmpty() && "=+-@\t\r".indexOf(c.charAt(0)) >= 0));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String quoteCsv(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    private static boolean contains(String text, String part) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }
}
