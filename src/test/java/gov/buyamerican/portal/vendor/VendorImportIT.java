package gov.buyamerican.portal.vendor;

import static gov.buyamerican.portal.vendor.VendorFixtures.cage;
import static gov.buyamerican.portal.vendor.VendorFixtures.uei;
import static gov.buyamerican.portal.vendor.VendorFixtures.word;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import gov.buyamerican.portal.audit.AuditActions;
import gov.buyamerican.portal.audit.AuditEvent;
import gov.buyamerican.portal.audit.AuditService;
import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.shared.PageQuery;
import gov.buyamerican.portal.support.PortalSpringTest;
import gov.buyamerican.portal.support.TestUsers;
import gov.buyamerican.portal.vendor.internal.VendorGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Vendor imports on the real database: good files, bad rows, re-imports, USAspending files, and files refused as a
 * whole (not CSV, empty, 0 bytes, wrong encoding, broken syntax) with nothing imported.
 */
@PortalSpringTest
class VendorImportIT {

    private static final String HEADER = "uei,legal_name,doing_business_as,cage_code,country,address_line_1,"
            + "address_line_2,city,state,postal_code,phone,website,kind,business_size,sdb,wosb,sdvosb,hubzone,sba_8a,"
            + "sam_expiration_date";

    @Autowired
    VendorService vendors;

    @Autowired
    AuditService audit;

    @Autowired
    TestUsers testUsers;

    private final List<Double> progress = new CopyOnWriteArrayList<>();

    @BeforeEach
    void actAsStaff() {
        testUsers.ensure("vendor-import-staff", Role.STAFF);
        TestUsers.actAs("vendor-import-staff", Role.STAFF);
    }

    @AfterEach
    void clear() {
        TestUsers.clear();
    }

    private VendorImportResult importBytes(String name, byte[] bytes) {
        return vendors.importFile(name, new ByteArrayInputStream(bytes), bytes.length, (f, m) -> progress.add(f));
    }

    private VendorImportResult importText(String name, String text) {
        return importBytes(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static String row(String uei, String name, String cage, String country, String city, String state,
                              String kind, String sam) {
        return String.join(",", uei, name, "", cage, country, "", "", city, state, "", "", "", kind, "", "", "", "", "",
                "", sam);
    }

    private VendorSummary byUei(String uei) {
        return vendors.findByUei(uei).orElseThrow(() -> new AssertionError("no vendor " + uei));
    }

    @Test
    void importsAGoodTemplateFile() {
        String w = word();
        String u1 = uei();
        String u2 = uei();
        String u3 = uei();
        String c1 = cage();
        String csv = "\uFEFF" + HEADER + "\r\n"
                + u1.toLowerCase() + ",\"Keystone " + w + ", Inc.\",Keystone,"
                + c1 + ",USA,2200 Smallman St,Suite 4,Pittsburgh,pa,152221234,412-555-0143,keystone.example,manufacturer,"
                + "S,Y,n,0,1,no,2027-03-31\r\n"
                + row(u2, "Société " + w + " SAS", "", "FR", "Lyon", "Auvergne-Rhône-Alpes", "RESELLER", "6/30/2027") + "\r\n"
                + row(u3, "'=Formula " + w + " Co", "", "US", "Dayton", "OH", "", "") + "\r\n";
        VendorImportResult r = importText("good-" + w + ".csv", csv);

        assertThat(r.format()).isEqualTo(VendorImportFormat.TEMPLATE);
        assertThat(r.rowsRead()).isEqualTo(3);
        assertThat(r.created()).isEqualTo(3);
        assertThat(r.rejected()).isEmpty();
        Vendor keystone = vendors.get(byUei(u1).id());
        assertThat(keystone.legalName()).isEqualTo("Keystone " + w + ", Inc.");
        assertThat(keystone.dbaName()).isEqualTo("Keystone");
        assertThat(keystone.cageCode()).isEqualTo(c1);
        assertThat(keystone.countryCode()).isEqualTo("US");
        assertThat(keystone.stateRegion()).isEqualTo("PA");
        assertThat(keystone.postalCode()).isEqualTo("15222-1234");
        assertThat(keystone.phone()).isEqualTo("+14125550143");
        assertThat(keystone.website()).isEqualTo("https://keystone.example");
        assertThat(keystone.kind()).isEqualTo(VendorKind.MANUFACTURER);
        assertThat(keystone.size()).isEqualTo(VendorSize.SMALL);
        assertThat(keystone.categories()).containsExactlyInAnyOrder(SocioeconomicCategory.SDB, SocioeconomicCategory.HUBZONE);
        assertThat(keystone.samExpiryDate()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(keystone.status()).isEqualTo(VendorStatus.ACTIVE);
        assertThat(keystone.lastImportId()).isEqualTo(r.importId());
        assertThat(vendors.get(byUei(u2).id()).legalName()).isEqualTo("Société " + w + " SAS");
        assertThat(vendors.get(byUei(u2).id()).samExpiryDate()).isEqualTo(LocalDate.of(2027, 6, 30));
        Vendor formula = vendors.get(byUei(u3).id());
        assertThat(formula.legalName()).as("the export's formula protection is taken off").isEqualTo("=Formula " + w + " Co");
        assertThat(formula.kind()).as("not classified").isNull();

        VendorImportInfo info = vendors.importInfo(r.importId()).orElseThrow();
        assertThat(info.fileName()).isEqualTo("good-" + w + ".csv");
        assertThat(info.importedBy()).isEqualTo("vendor-import-staff");
        assertThat(info.created()).isEqualTo(3);
        List<AuditEvent> entries = audit.historyOf(VendorService.IMPORT_ENTITY, Long.toString(r.importId()),
                PageQuery.first(5));
        assertThat(entries).hasSize(1);
        assertThat(entries.getFirst().action()).isEqualTo(AuditActions.IMPORT);
        assertThat(entries.getFirst().summary()).isEqualTo("Imported vendors from 'good-" + w
                + ".csv' (Vendor template): 3 registered, 0 updated, 0 unchanged, 0 rejected");
        assertThat(entries.getFirst().afterJson()).contains("\"created\":3");
        assertThat(progress).last().isEqualTo(1.0);
    }

    @Test
    void rejectsBadRowsWithLineAndReasonAndImportsTheRest() throws IOException {
        String w = word();
        Vendor existing = vendors.create(VendorFixtures.form("Existing " + w));
        String good = uei();
        String dup = uei();
        String csv = HEADER + "\n"
                + row(good, "Good " + w, "", "US", "Dayton", "OH", "RESELLER", "") + "\n"          // line 2
                + row("0NXEYQN41M87", "Bad UEI " + w, "", "US", "", "", "", "") + "\n"            // line 3
                + row(uei(), "", "", "US", "", "", "", "") + "\n"                                  // line 4
                + row(uei(), "Bad country " + w, "", "XK", "", "", "", "") + "\n"                   // line 5
                + row(uei(), "Bad date " + w, "", "US", "", "", "", "31.12.2027") + "\n"            // line 6
                + row(dup, "Dup one " + w, "", "US", "", "", "", "") + "\n"                         // line 7
                + row(dup, "Dup two " + w, "", "US", "", "", "", "") + "\n"                         // line 8
                + row(uei(), "Taken CAGE " + w, existing.cageCode(), "US", "", "", "", "") + "\n"    // line 9
                + uei() + ",Too few cells\n"                                                        // line 10
                + row(uei(), "Bad state " + w, "", "US", "", "Ohio", "wholesaler", "") + "\n";      // line 11
        VendorImportResult r = importText("bad-rows.csv", csv);

        assertThat(r.rowsRead()).isEqualTo(10);
        assertThat(r.created()).isEqualTo(2);
        assertThat(r.rejected()).extracting(RejectedRow::line).containsExactly(3L, 4L, 5L, 6L, 8L, 9L, 10L, 11L);
        assertThat(r.rejected()).extracting(RejectedRow::reasonText).containsExactly(
                "uei: UEI cannot start with 0",
                "legal_name: Legal name is required",
                "country: Unknown country code XK",
                "sam_expiration_date: '31.12.2027' is not a date like 2026-06-30",
                "uei: " + dup + " already appears on line 7 of this file",
                "cage_code: CAGE " + existing.cageCode() + " is already registered for " + existing.legalName()
                        + " (UEI " + existing.uei() + ")",
                "the row has 2 cells but the header has 20 (a cell with a comma may have lost its quotes)",
                "kind: 'wholesaler' is not MANUFACTURER, RESELLER or MARKETPLACE; "
                        + "state: Enter the 2-letter USPS code of the state, such as VA or TX");
        assertThat(byUei(good).legalName()).isEqualTo("Good " + w);
        assertThat(byUei(dup).legalName()).isEqualTo("Dup one " + w);
        assertThat(vendors.findByUei("0NXEYQN41M87")).isEmpty();

        ByteArrayOutputStream report = new ByteArrayOutputStream();
        r.writeRejectedReport(report);
        byte[] bytes = report.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<List<String>> rows = parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        assertThat(rows.getFirst()).containsExactly("line", "uei", "name", "reason");
        assertThat(rows).hasSize(9);
        assertThat(rows.get(1)).containsExactly("3", "0NXEYQN41M87", "Bad UEI " + w, "uei: UEI cannot start with 0");
    }

    @Test
    void reImportingCreatesNoDuplicatesAndBlankCellsKeepStoredValues() {
        String w = word();
        String u1 = uei();
        String u2 = uei();
        String c2 = cage();
        String first = HEADER + "\n"
                + row(u1, "One " + w, "", "US", "Dayton", "OH", "MANUFACTURER", "2027-01-01") + "\n"
                + row(u2, "Two " + w, c2, "US", "Akron", "OH", "RESELLER", "") + "\n";
        assertThat(importText("v1.csv", first).created()).isEqualTo(2);
        Vendor two = vendors.get(byUei(u2).id());
        vendors.changeStatus(two.id(), two.version(), VendorStatus.SUSPENDED, "Under review");

        VendorImportResult again = importText("v1.csv", first);
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(vendors.count(VendorFilter.all().withText(w), 10)).isEqualTo(2);

        String changed = HEADER + "\n"
                + row(u1, "One " + w, "", "US", "Dayton", "OH", "MANUFACTURER", "2027-01-01") + "\n"
                + row(u2.toLowerCase(), "Two " + w + " LLC", "", "US", "", "", "", "") + "\n";
        VendorImportResult update = importText("v2.csv", changed);
        assertThat(update.updated()).isEqualTo(1);
        assertThat(update.unchanged()).isEqualTo(1);
        Vendor after = vendors.get(two.id());
        assertThat(after.legalName()).isEqualTo("Two " + w + " LLC");
        assertThat(after.cageCode()).as("blank cell keeps the CAGE code").isEqualTo(c2);
        assertThat(after.city()).isEqualTo("Akron");
        assertThat(after.kind()).isEqualTo(VendorKind.RESELLER);
        assertThat(after.status()).as("an import never changes the status").isEqualTo(VendorStatus.SUSPENDED);
        assertThat(after.version()).as("an open edit form will see the conflict").isGreaterThan(two.version() + 1);
        assertThat(after.lastImportId()).isEqualTo(update.importId());
        assertThat(vendors.count(VendorFilter.all().withText(w), 10)).isEqualTo(2);
    }

    @Test
    void aCageCodeGivenUpEarlierInTheFileMayBeTakenLaterInIt() {
        String w = word();
        Vendor giver = vendors.create(VendorFixtures.form("Giver " + w));
        String released = giver.cageCode();
        String taker = uei();
        String csv = HEADER + "\n"
                + row(giver.uei(), giver.legalName(), cage(), "US", "", "", "", "") + "\n"
                + row(taker, "Taker " + w, released, "US", "", "", "RESELLER", "") + "\n";
        VendorImportResult r = importText("cage-move.csv", csv);
        assertThat(r.rejected()).isEmpty();
        assertThat(r.updated()).isEqualTo(1);
        assertThat(r.created()).isEqualTo(1);
        assertThat(vendors.get(byUei(taker).id()).cageCode()).isEqualTo(released);
        assertThat(vendors.get(giver.id()).cageCode()).isNotEqualTo(released);
    }

    @Test
    void importsOneVendorPerRecipientOfAUsaSpendingFile() throws IOException {
        List<List<String>> sample = parse(new String(sampleBytes(), StandardCharsets.UTF_8));
        List<String> header = sample.getFirst();
        String u1 = uei();
        String u2 = uei();
        String w = word();
        List<String> first = with(header, sample.get(1), "recipient_uei", u1, "recipient_parent_uei", u1,
                "cage_code", cage(), "recipient_name", "MORPHWORKS " + w);
        List<String> second = with(header, sample.get(2), "recipient_uei", u2, "recipient_parent_uei", "",
                "cage_code", cage(), "recipient_name", "OLD NAME " + w, "action_date", "2024-01-15");
        List<String> laterSecond = with(header, second, "recipient_name", "FEDERAL EXPRESS " + w, "action_date", "2024-09-30",
                "contract_transaction_unique_key", "later-" + w);
        List<String> broken = with(header, sample.get(1), "recipient_uei", "123456789", "contract_transaction_unique_key", "b-" + w);
        VendorImportResult r = importBytes("usaspending-" + w + ".csv",
                csv(header, List.of(first, laterSecond, second, broken)).getBytes(StandardCharsets.UTF_8));

        assertThat(r.format()).isEqualTo(VendorImportFormat.USASPENDING);
        assertThat(r.rowsRead()).isEqualTo(4);
        assertThat(r.created()).isEqualTo(2);
        assertThat(r.mergedRows()).isEqualTo(1);
        assertThat(r.rejected()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(5);
            assertThat(row.reasonText()).contains("recipient_uei: UEI must be 12 letters and digits (got 9; a 9-digit DUNS number is not a UEI)");
        });
        Vendor morph = vendors.get(byUei(u1).id());
        assertThat(morph.legalName()).isEqualTo("MORPHWORKS " + w);
        assertThat(morph.countryCode()).isEqualTo("US");
        assertThat(morph.city()).isEqualTo("MCLEAN");
        assertThat(morph.stateRegion()).isEqualTo("VA");
        assertThat(morph.postalCode()).isEqualTo("22102-4200");
        assertThat(morph.phone()).isEqualTo("+17033720828");
        assertThat(morph.size()).isEqualTo(VendorSize.SMALL);
        assertThat(morph.kind()).as("USAspending does not say").isNull();
        Vendor fedex = vendors.get(byUei(u2).id());
        assertThat(fedex.legalName()).as("the latest transaction's values").isEqualTo("FEDERAL EXPRESS " + w);
        assertThat(fedex.dbaName()).isEqualTo("FEDEX");
        assertThat(fedex.size()).isEqualTo(VendorSize.OTHER);
    }

    @Test
    void theRealUsaSpendingSampleImportsAndReImportsWithoutDuplicates() {
        VendorImportResult r = importBytes("contract-transactions-sample.csv", sampleBytes());
        assertThat(r.rejected()).isEmpty();
        assertThat(r.created() + r.updated() + r.unchanged()).isEqualTo(2);
        VendorImportResult again = importBytes("contract-transactions-sample.csv", sampleBytes());
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(vendors.findByUei("UNXEYQN41M87")).map(VendorSummary::legalName).contains("MORPHWORKS INC.");
        assertThat(vendors.findByUei("EM7LMJJCF6B7")).map(VendorSummary::legalName).contains("FEDERAL EXPRESS CORPORATION");
    }

    @Test
    void refusesAFileThatIsNotCsv() {
        byte[] pdf = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> importBytes("vendors.pdf", pdf)).isInstanceOf(VendorImportException.class)
                .hasMessage("The file is a PDF document, not a CSV file. Nothing was imported.");
        byte[] xlsx = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0};
        assertThatThrownBy(() -> importBytes("vendors.xlsx", xlsx)).isInstanceOf(VendorImportException.class)
                .hasMessageContaining("ZIP archive or an Excel workbook");
        byte[] binary = {0x4D, 0x5A, (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, '\n'};
        assertThatThrownBy(() -> importBytes("setup.exe", binary)).hasMessageContaining("binary data");
    }

    @Test
    void refusesAnEmptyFile() {
        assertThatThrownBy(() -> importText("blank.csv", "  \r\n\r\n")).isInstanceOf(VendorImportException.class)
                .hasMessageStartingWith("The file has no header row");
        assertThatThrownBy(() -> importText("header-only.csv", HEADER + "\r\n")).isInstanceOf(VendorImportException.class)
                .hasMessage("The file has a header row but no vendor rows. Nothing was imported.");
    }

    @Test
    void refusesAZeroByteUpload() {
        assertThatThrownBy(() -> importBytes("zero.csv", new byte[0])).isInstanceOf(VendorImportException.class)
                .hasMessage("The file is empty (0 bytes). Nothing was imported.");
    }

    @Test
    void refusesAFileInAnotherEncodingAndImportsNothingOfIt() {
        StringWriter good = new StringWriter();
        new VendorGenerator(System.nanoTime(), LocalDate.now()).writeTemplateCsv(1_200, good);
        String text = good.toString();
        String firstUei = text.split("\r\n")[1].split(",")[0];
        byte[] head = text.getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = (row(uei(), "Soci\u00e9t\u00e9 G\u00e9n\u00e9rale", "", "FR", "Paris", "", "", "") + "\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] file = new byte[head.length + latin1.length];
        System.arraycopy(head, 0, file, 0, head.length);
        System.arraycopy(latin1, 0, file, head.length, latin1.length);

        assertThatThrownBy(() -> importBytes("windows-1252.csv", file)).isInstanceOf(VendorImportException.class)
                .hasMessageStartingWith("The file is not UTF-8 text (line 1202)")
                .hasMessageEndingWith("Nothing was imported.");
        assertThat(vendors.findByUei(firstUei)).as("the rows saved before the bad byte were rolled back").isEmpty();
    }

    @Test
    void refusesBrokenCsvSyntaxAndImportsNothingOfIt() {
        StringWriter good = new StringWriter();
        new VendorGenerator(System.nanoTime(), LocalDate.now()).writeTemplateCsv(1_100, good);
        String firstUei = good.toString().split("\r\n")[1].split(",")[0];
        String text = good + uei() + ",\"Unclosed quote Inc.,,,US\r\n";
        assertThatThrownBy(() -> importText("broken.csv", text)).isInstanceOf(VendorImportException.class)
                .hasMessageStartingWith("The file is not valid CSV after line 1101");
        assertThat(vendors.findByUei(firstUei)).isEmpty();
    }

    @Test
    void refusesHeadersItDoesNotKnow() {
        assertThatThrownBy(() -> importText("x.csv", "uei,legal_name\nA,B\n"))
                .hasMessageStartingWith("The header row lacks the required column country.");
        assertThatThrownBy(() -> importText("x.csv", "uei,legal_name,country,cage\nA,B,US,C\n"))
                .hasMessageStartingWith("The header row has a column the template does not know: cage.");
        assertThatThrownBy(() -> importText("x.csv", "name;address;city\nA;B;C\n")).hasMessageContaining("semicolons");
        assertThatThrownBy(() -> importText("x.csv", "contract_transaction_unique_key,recipient_uei\nA,B\n"))
                .hasMessageStartingWith("The file is missing");
    }

    @Test
    void anExportCanBeImportedAgain() {
        String w = word();
        Vendor v = vendors.create(VendorFixtures.form("Round Trip " + w).withDbaName("-Minus Sign"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        vendors.export(VendorFilter.all().withText(w), List.of(), VendorExportFormat.CSV, out);
        VendorImportResult r = importBytes("export.csv", out.toByteArray());
        assertThat(r.rejected()).isEmpty();
        assertThat(r.unchanged()).isEqualTo(1);
        assertThat(vendors.get(v.id()).dbaName()).isEqualTo("-Minus Sign");
    }

    private static byte[] sampleBytes() {
        try (InputStream in = VendorImportIT.class.getResourceAsStream("/usaspending/contract-transactions-sample.csv")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<List<String>> parse(String text) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(text)) {
            csv.forEach(r -> rows.add(List.copyOf(r.getFields())));
        }
        return rows;
    }

    private static List<String> with(List<String> header, List<String> row, String... columnsAndValues) {
        List<String> copy = new ArrayList<>(row);
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            int position = header.indexOf(columnsAndValues[i]);
            assertThat(position).as(columnsAndValues[i]).isNotNegative();
            copy.set(position, columnsAndValues[i + 1]);
        }
        return copy;
    }

    private static String csv(List<String> header, List<List<String>> rows) throws IOException {
        StringWriter out = new StringWriter();
        CsvWriter writer = CsvWriter.builder().build(out);
        writer.writeRecord(header);
        rows.forEach(writer::writeRecord);
        writer.flush();
        return out.toString();
    }
}
