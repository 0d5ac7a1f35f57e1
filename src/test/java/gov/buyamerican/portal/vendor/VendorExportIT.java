package gov.buyamerican.portal.vendor;

import static gov.buyamerican.portal.vendor.VendorFixtures.form;
import static gov.buyamerican.portal.vendor.VendorFixtures.word;
import static org.assertj.core.api.Assertions.assertThat;

import gov.buyamerican.portal.audit.AuditActions;
import gov.buyamerican.portal.audit.AuditEvent;
import gov.buyamerican.portal.audit.AuditFilter;
import gov.buyamerican.portal.audit.AuditService;
import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.shared.PageQuery;
import gov.buyamerican.portal.support.PortalSpringTest;
import gov.buyamerican.portal.support.TestUsers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Exports of the filtered vendor grid, as CSV (formula-safe) and XLSX, by a reading role. */
@PortalSpringTest
class VendorExportIT {

    @Autowired
    VendorService vendors;

    @Autowired
    AuditService audit;

    @Autowired
    TestUsers testUsers;

    private String w;
    private Vendor formula;
    private Vendor plain;

    @BeforeEach
    void data() {
        testUsers.ensure("vendor-export-staff", Role.STAFF);
        TestUsers.actAs("vendor-export-staff", Role.STAFF);
        w = word();
        formula = vendors.create(form("=HYPERLINK(\"http://evil.example\") " + w).withDbaName("+1 Sales"));
        plain = vendors.create(form("Plain " + w + " Industries").withCountryCode("DE")
                .withAddress("Neckarstraße 4", null, "Stuttgart", "Baden-Württemberg", "70173"));
        TestUsers.actAs("vendor-export-reports", Role.REPORTS);
    }

    @AfterEach
    void clear() {
        TestUsers.clear();
    }

    @Test
    void csvHasTheTemplateColumnsTheFilteredRowsInOrderAndNoFormulas() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int n = vendors.export(VendorFilter.all().withText(w), List.of(new PageQuery.SortOrder("legalName", false)),
                VendorExportFormat.CSV, out);
        assertThat(n).isEqualTo(2);
        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String[] lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).isEqualTo("uei,legal_name,doing_business_as,cage_code,country,address_line_1,"
                + "address_line_2,city,state,postal_code,phone,website,kind,business_size,sdb,wosb,sdvosb,hubzone,"
                + "sba_8a,sam_expiration_date,status,status_reason,country_name,updated_at");
        assertThat(lines[1]).startsWith(plain.uei() + ",Plain " + w + " Industries,,")
                .contains(",DE,Neckarstraße 4,,Stuttgart,Baden-Württemberg,70173,")
                .contains(",MANUFACTURER,SMALL,N,Y,N,N,N,,ACTIVE,,Germany,");
        assertThat(lines[2]).startsWith(formula.uei() + ",\"'=HYPERLINK(\"\"http://evil.example\"\") " + w + "\",'+1 Sales,");

        TestUsers.actAs("vendor-export-auditor", Role.AUDITOR);
        assertThat(audit.page(new AuditFilter("vendor-export-reports", AuditActions.EXPORT, null, null, w, null, null),
                PageQuery.first(5))).extracting(AuditEvent::summary)
                .containsExactly("Exported 2 vendors to CSV (text '" + w + "')");
    }

    @Test
    void xlsxIsAWorkbookWithTheRows() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int n = vendors.export(VendorFilter.all().withText(w).withCountryCode("DE"), List.of(), VendorExportFormat.XLSX, out);
        assertThat(n).isEqualTo(1);
        String sheet = null;
        String strings = "";
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String text = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    sheet = text;
                } else if (e.getName().equals("xl/sharedStrings.xml")) {
                    strings = text;
                }
            }
        }
        assertThat(sheet).as("a worksheet").isNotNull().contains("<row r=\"2\"").doesNotContain("<row r=\"3\"")
                .doesNotContain("<f>");
        assertThat(strings + sheet).contains("Plain " + w + " Industries").contains("legal_name");
    }
}
