package gov.buyamerican.portal.waiver;

import static gov.buyamerican.portal.db.Tables.WAIVER_REQUEST;
import static gov.buyamerican.portal.waiver.WaiverFixtures.complete;
import static gov.buyamerican.portal.waiver.WaiverFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.shared.BusinessRuleException;
import gov.buyamerican.portal.shared.PageQuery;
import gov.buyamerican.portal.support.PortalSpringTest;
import gov.buyamerican.portal.support.TestUsers;
import gov.buyamerican.portal.rules.waiver.MiaoCsvReader;
import gov.buyamerican.portal.rules.waiver.MiaoCsvRow;
import gov.buyamerican.portal.rules.waiver.MiaoWaiverRecord;
import gov.buyamerican.portal.rules.waiver.WaiverType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Import of the real Made in America Office list export, and export in the same layout. */
@PortalSpringTest
class MiaoImportIT {

    static final String REAL_FILE = "/waiver/miao-waivers-2022-06.csv";
    static final int REAL_RECORDS = 87;
    static final int REAL_DISTINCT_IDS = 86;

    @Autowired
    MiaoListService miao;
    @Autowired
    WaiverService waivers;
    @Autowired
    TestUsers testUsers;
    @Autowired
    DSLContext dsl;

    @BeforeEach
    void login() {
        TestUsers.actAs(testUsers.ensure("miao-staff", Role.STAFF), Role.STAFF);
    }

    @AfterEach
    void clear() {
        TestUsers.clear();
    }

    static byte[] realFile() throws IOException {
        try (InputStream in = MiaoImportIT.class.getResourceAsStream(REAL_FILE)) {
            return in.readAllBytes();
        }
    }

    static List<MiaoWaiverRecord> parse(String csv) {
        return MiaoCsvReader.readAll(new StringReader(csv)).stream()
                .map(r -> ((MiaoCsvRow.Parsed) r).record()).toList();
    }

    private MiaoImportResult importBytes(String name, byte[] bytes) {
        return miao.importList(name, new ByteArrayInputStream(bytes));
    }

    private int storedWithIds(Set<String> ids) {
        return dsl.fetchCount(WAIVER_REQUEST, WAIVER_REQUEST.MIAO_ID.in(ids));
    }

    @Test
    void theRealFileIsImportedWholeAndTwiceCreatesNoDuplicates() throws IOException {
        byte[] file = realFile();
        Set<String> ids = parse(new String(file, StandardCharsets.UTF_8)).stream().map(MiaoWaiverRecord::id)
                .collect(Collectors.toSet());
        assertThat(ids).hasSize(REAL_DISTINCT_IDS);

        MiaoImportResult first = importBytes("miao-waivers-2022-06.csv", file);
        assertThat(first.rows()).isEqualTo(REAL_RECORDS);
        assertThat(first.rejected()).isEmpty();
        assertThat(first.created() + first.updated() + first.unchanged()).isEqualTo(REAL_RECORDS);
        assertThat(first.duplicateIds()).isEqualTo(1);
        assertThat(first.suspectedTestRecords()).isPositive();
        assertThat(storedWithIds(ids)).isEqualTo(REAL_DISTINCT_IDS);

        MiaoImportResult second = importBytes("miao-waivers-2022-06.csv", file);
        assertThat(second.rows()).isEqualTo(REAL_RECORDS);
        assertThat(second.created()).isZero();
        assertThat(second.updated()).isZero();
        assertThat(second.unchanged()).isEqualTo(REAL_RECORDS);
        assertThat(storedWithIds(ids)).isEqualTo(REAL_DISTINCT_IDS);
        assertThat(second.summary()).isEqualTo("87 records read: 0 new, 0 updated, 87 unchanged, 0 rejected.");

        // a stored public record reads back as in the file
        WaiverSummary laser = waivers.list(new WaiverFilter(WaiverOrigin.MIAO_IMPORT, null, null, false,
                "624462261d5c030ceac2b027"), PageQuery.first(5)).getFirst();
        WaiverDetails details = waivers.get(laser.id());
        assertThat(details.miao().procurementTitle()).isEqualTo("Purchase of a 1096nm Laser System");
        assertThat(details.miao().piids()).containsExactly("1333ND22PNB680119");
        assertThat(details.miao().countriesOfOrigin()).singleElement().satisfies(c -> assertThat(c.alpha3()).isEqualTo("FRA"));
        assertThat(details.imported().importedBy()).isEqualTo("miao-staff");
        assertThat(details.reference()).isEqualTo("MIAO 624462261d5c030ceac2b027");
        assertThatThrownBy(() -> waivers.submit(laser.id(), details.version()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("public record");
    }

    @Test
    void aTruncatedFileImportsTheCompleteRecordsAndRejectsTheCutOneSayingSo() throws IOException {
        String text = new String(realFile(), StandardCharsets.UTF_8);
        String marker = "\"Post-solicitation\",\"";
        int at = text.indexOf(marker, text.length() / 2);
        assertThat(at).isPositive();
        String truncated = text.substring(0, at + marker.length() + 8); // inside the Procurement_Title value

        MiaoImportResult result = importBytes("truncated.csv", truncated.getBytes(StandardCharsets.UTF_8));
        assertThat(result.created() + result.updated() + result.unchanged() + result.rejectedCount()).isEqualTo(result.rows());
        assertThat(result.rejected()).singleElement().satisfies(r -> {
            assertThat(r.id()).hasSize(24);
            assertThat(r.reason()).contains("truncated").contains("Procurement_Title");
        });
        assertThat(result.rejectedRowsCsv()).startsWith("line,id,reason\r\n" + result.rejected().getFirst().line() + ",");
    }

    @Test
    void aFileWithAnotherHeaderIsRefusedWhole() {
        byte[] notMiao = "id,title,agency\n1,Something,GSA\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> importBytes("vendors.csv", notMiao))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("Nothing was imported from \"vendors.csv\"")
                .hasMessageContaining("Missing columns")
                .hasMessageContaining("\"_id\"");
        assertThatThrownBy(() -> importBytes("empty.csv", new byte[0]))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("The file is empty");
    }

    @Test
    void aFileBrokenInTheMiddleImportsNothingAtAll() throws IOException {
        String text = new String(realFile(), StandardCharsets.UTF_8);
        String header = text.substring(0, text.indexOf('\n') + 1);
        int firstEnd = text.indexOf("\n\"624220355b9678fdc1be79ec\"");
        String firstRecord = text.substring(header.length(), firstEnd + 1);
        String freshId = "ffff" + Long.toHexString(System.nanoTime()).substring(0, 8) + "000000000000";
        String valid = firstRecord.replace("624462261d5c030ceac2b027", freshId);
        String broken = "\"abc\"x,\"submitted\"\n";

        assertThatThrownBy(() -> importBytes("broken.csv", (header + valid + broken).getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("Nothing was imported")
                .hasMessageContaining("line 3");
        assertThat(storedWithIds(Set.of(freshId))).as("the valid record before the break was rolled back").isZero();
    }

    @Test
    void onlyStaffAndAdministratorsImport() {
        TestUsers.actAs("miao-reports", Role.REPORTS);
        assertThatThrownBy(() -> importBytes("x.csv", new byte[0])).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void exportWritesTheSameLayoutAndReadsBackEqual() throws IOException {
        byte[] file = realFile();
        importBytes("miao-waivers-2022-06.csv", file);
        Map<String, MiaoWaiverRecord> original = new LinkedHashMap<>();
        parse(new String(file, StandardCharsets.UTF_8)).forEach(r -> original.put(r.id(), r));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int written = miao.export(new WaiverFilter(WaiverOrigin.MIAO_IMPORT, null, null, false, null), out);
        String exported = out.toString(StandardCharsets.UTF_8);
        assertThat(exported).startsWith("\"_id\",\"state\",\"created\",\"modified\",\"Contracting_Office_Agency_Id\"");
        Map<String, MiaoWaiverRecord> back = parse(exported).stream()
                .collect(Collectors.toMap(MiaoWaiverRecord::id, r -> r, (a, b) -> b, LinkedHashMap::new));
        assertThat(written).isEqualTo(back.size()).isGreaterThanOrEqualTo(REAL_DISTINCT_IDS);
        for (MiaoWaiverRecord r : original.values()) {
            assertThat(back.get(r.id())).as(r.id()).isEqualTo(r);
        }
        // and importing the export changes nothing
        MiaoImportResult again = importBytes("export.csv", out.toByteArray());
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(written);

        // a portal request is exported under its waiver number, and an import never overwrites it
        String title = unique("Exported request");
        WaiverDetails mine = waivers.createDraft(complete(WaiverType.NONAVAILABILITY_INDIVIDUAL, title));
        ByteArrayOutputStream portal = new ByteArrayOutputStream();
        assertThat(miao.export(new WaiverFilter(WaiverOrigin.PORTAL, null, null, true, title), portal)).isEqualTo(1);
        MiaoWaiverRecord exportedMine = parse(portal.toString(StandardCharsets.UTF_8)).getFirst();
        assertThat(exportedMine.id()).isEqualTo(mine.number());
        assertThat(exportedMine).isEqualTo(mine.miao());
        MiaoImportResult reimport = importBytes("mine.csv", portal.toByteArray());
        assertThat(reimport.rejected()).singleElement()
                .satisfies(r -> assertThat(r.reason()).contains("this portal's own waiver request"));
    }
}
