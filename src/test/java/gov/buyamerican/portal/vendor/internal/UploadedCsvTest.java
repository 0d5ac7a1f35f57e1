package gov.buyamerican.portal.vendor.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.buyamerican.portal.vendor.VendorImportException;
import gov.buyamerican.portal.vendor.VendorImportFormat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UploadedCsvTest {

    private static UploadedCsv open(byte[] bytes) {
        return UploadedCsv.open(new ByteArrayInputStream(bytes), bytes.length);
    }

    private static UploadedCsv open(String text) {
        return open(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void recognisesTheTemplateAndUsaSpendingHeaders() {
        assertThat(open("uei,legal_name,country\r\n").format()).isEqualTo(VendorImportFormat.TEMPLATE);
        assertThat(open("\uFEFF\"UEI\",\"Legal_Name\"\n").format()).isEqualTo(VendorImportFormat.TEMPLATE);
        assertThat(open("contract_transaction_unique_key,recipient_uei,recipient_name\n").format())
                .isEqualTo(VendorImportFormat.USASPENDING);
    }

    @Test
    void theReaderSkipsTheByteOrderMarkAndCountsProgress() throws IOException {
        byte[] bytes = "\uFEFFuei,legal_name\nA,B\n".getBytes(StandardCharsets.UTF_8);
        UploadedCsv csv = open(bytes);
        try (Reader reader = csv.reader()) {
            char[] buffer = new char[100];
            int n = reader.read(buffer);
            assertThat(new String(buffer, 0, n)).isEqualTo("uei,legal_name\nA,B\n");
        }
        assertThat(csv.fractionRead()).isEqualTo(1.0);
    }

    @Test
    void hashesTheWholeFile() {
        UploadedCsv csv = open("uei,legal_name\n");
        assertThat(csv.sha256Hex()).isEqualTo(sha256("uei,legal_name\n"));
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void refusesAnEmptyFile() {
        assertThatThrownBy(() -> open(new byte[0])).isInstanceOf(VendorImportException.class)
                .hasMessage("The file is empty (0 bytes). Nothing was imported.");
    }

    @Test
    void refusesABlankFirstLine() {
        assertThatThrownBy(() -> open("   \nuei,legal_name\n")).isInstanceOf(VendorImportException.class)
                .hasMessageStartingWith("The file has no header row");
    }

    @Test
    void refusesKnownBinaryFormats() {
        assertThatThrownBy(() -> open(new byte[] {'P', 'K', 3, 4, 20, 0})).hasMessageContaining("ZIP archive");
        assertThatThrownBy(() -> open(new byte[] {(byte) 0x1F, (byte) 0x8B, 8, 0})).hasMessageContaining("gzip");
        assertThatThrownBy(() -> open(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1}))
                .hasMessageContaining("legacy Excel workbook");
        assertThatThrownBy(() -> open("%PDF-1.7\n")).hasMessageContaining("PDF document");
        assertThatThrownBy(() -> open(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}))
                .hasMessageContaining("an image");
        assertThatThrownBy(() -> open(new byte[] {1, 2, 3, 0, 5, '\n'})).hasMessageContaining("binary data");
    }

    @Test
    void refusesUtf16Text() {
        byte[] utf16 = "uei,legal_name\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[utf16.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, withBom, 2, utf16.length);
        assertThatThrownBy(() -> open(withBom)).hasMessageContaining("UTF-16");
    }

    @Test
    void refusesAHeaderThatIsNotUtf8() {
        byte[] latin1 = "uei,legal_name,pa\u00EDs\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> open(latin1)).isInstanceOf(VendorImportException.class)
                .hasMessageStartingWith("The file is not UTF-8 text");
    }

    @Test
    void theReaderStopsAtBytesThatAreNotUtf8AndKnowsTheirLine() throws IOException {
        byte[] head = "uei,legal_name\nA,B\nC,D\n".getBytes(StandardCharsets.UTF_8);
        byte[] row = "E,Soci\u00E9t\u00E9\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] file = new byte[head.length + row.length];
        System.arraycopy(head, 0, file, 0, head.length);
        System.arraycopy(row, 0, file, head.length, row.length);
        UploadedCsv csv = open(file);
        try (Reader reader = csv.reader()) {
            char[] buffer = new char[100];
            assertThatThrownBy(() -> {
                while (reader.read(buffer) >= 0) {
                    assertThat(csv.decodedLine()).isLessThanOrEqualTo(4);
                }
            }).isInstanceOf(java.nio.charset.MalformedInputException.class)
                    .satisfies(e -> assertThat(UploadedCsv.isEncodingProblem(new java.io.UncheckedIOException((IOException) e)))
                            .isTrue());
        }
        assertThat(csv.decodedLine()).isEqualTo(4);
    }

    @Test
    void explainsOtherSeparatorsAndUnknownHeaders() {
        assertThatThrownBy(() -> UploadedCsv.detect("uei;legal_name;country")).hasMessageContaining("semicolons");
        assertThatThrownBy(() -> UploadedCsv.detect("uei\tlegal_name\tcountry")).hasMessageContaining("tabs");
        assertThatThrownBy(() -> UploadedCsv.detect("name,address,city"))
                .hasMessageStartingWith("The first row is not a header the vendor import knows");
    }
}
