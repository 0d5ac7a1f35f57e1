package gov.buyamerican.portal.shared.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableExportTest {

    @Test
    void csvHasBomCrlfPlainNumbersAndGuardsFormulas() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int n = TableExport.write(ExportFormat.CSV, new TableExport.Table("T", List.of("name", "amount", "day"),
                List.of(Arrays.asList("=HYPERLINK(\"x\")", new BigDecimal("1E+3"), LocalDate.of(2031, 1, 5)),
                        Arrays.asList("Acme, Inc.", new BigDecimal("-250.5000"), null))), out);
        assertThat(n).isEqualTo(2);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFname,amount,day\r\n")
                .contains("\"'=HYPERLINK(\"\"x\"\")\",1000,2031-01-05\r\n")
                .contains("\"Acme, Inc.\",-250.5000,\r\n");
    }

    @Test
    void severalTablesInCsvCarryTheirTitles() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableExport.write(ExportFormat.CSV, List.of(
                new TableExport.Table("First", List.of("a"), List.of(List.of("1"))),
                new TableExport.Table("Second", List.of("b"), List.of(List.of("2")))), out, true);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("\uFEFFFirst\r\na\r\n1\r\n\r\nSecond\r\nb\r\n2\r\n");
    }

    @Test
    void sheetNamesAreShortUniqueAndWithoutForbiddenCharacters() {
        List<String> used = new ArrayList<>();
        assertThat(TableExport.sheetName("Waivers: by type/status [all]", used)).isEqualTo("Waivers  by type status  all");
        assertThat(TableExport.sheetName("A very long title that goes past thirty-one characters", used)).hasSize(31);
        assertThat(TableExport.sheetName("A very long title that goes past thirty-one characters", used))
                .hasSizeLessThanOrEqualTo(31).endsWith(" 2");
        assertThat(TableExport.sheetName(null, used)).isEqualTo("Sheet");
    }
}
