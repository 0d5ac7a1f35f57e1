package gov.buyamerican.portal.waiver.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AttachmentCheckTest {

    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};

    @Test
    void acceptsPdfPngAndJpegByTheirFirstBytesWithAChecksum() {
        var pdf = AttachmentCheck.check("research.PDF", PDF, 1000);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.size()).isEqualTo(PDF.length);
        // SHA-256 of the bytes, lower-case hex
        assertThat(pdf.sha256()).isEqualTo(AttachmentCheck.sha256(PDF)).matches("[0-9a-f]{64}");
        assertThat(AttachmentCheck.check("chart.png", PNG, 1000).contentType()).isEqualTo("image/png");
        assertThat(AttachmentCheck.check("photo.jpeg", JPEG, 1000).contentType()).isEqualTo("image/jpeg");
        assertThat(AttachmentCheck.check("photo.JPG", JPEG, 1000).contentType()).isEqualTo("image/jpeg");
    }

    @Test
    void theChecksumIsTheKnownSha256() {
        assertThat(AttachmentCheck.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void refusesEmptyOversizedAndUnknownContent() {
        assertThatThrownBy(() -> AttachmentCheck.check("a.pdf", new byte[0], 1000)).hasMessageContaining("is empty");
        assertThatThrownBy(() -> AttachmentCheck.check("a.pdf", PDF, PDF.length - 1)).hasMessageContaining("at most");
        assertThat(AttachmentCheck.check("a.pdf", PDF, PDF.length).size()).isEqualTo(PDF.length); // at the limit is fine
        assertThatThrownBy(() -> AttachmentCheck.check("notes.pdf", "just text".getBytes(StandardCharsets.UTF_8), 1000))
                .hasMessageContaining("not a PDF, PNG or JPEG");
    }

    @ParameterizedTest
    @CsvSource({"4D5A9000,setup.pdf", "7F454C46,tool.png", "23212F62,run.jpg", "CAFEBABE,x.pdf", "CFFAEDFE,y.pdf"})
    void refusesExecutablesWhateverTheirName(String hex, String name) {
        byte[] bytes = java.util.HexFormat.of().parseHex(hex);
        assertThatThrownBy(() -> AttachmentCheck.check(name, bytes, 1000)).hasMessageContaining("program or script");
    }

    @Test
    void theNameMustMatchTheContent() {
        assertThatThrownBy(() -> AttachmentCheck.check("scan.pdf", PNG, 1000))
                .hasMessageContaining("contains a PNG image").hasMessageContaining(".png");
        assertThatThrownBy(() -> AttachmentCheck.check("report", PDF, 1000)).hasMessageContaining(".pdf");
    }

    @Test
    void namesLoseTheirPathAndControlCharacters() {
        assertThat(AttachmentCheck.cleanName("C:\\Users\\dana\\market research.pdf")).isEqualTo("market research.pdf");
        assertThat(AttachmentCheck.cleanName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(AttachmentCheck.cleanName("a\u0000b\u202E.pdf")).isEqualTo("ab.pdf");
        assertThat(AttachmentCheck.cleanName("..")).isEqualTo("attachment");
        assertThat(AttachmentCheck.cleanName(null)).isEqualTo("attachment");
        String longName = "x".repeat(300) + ".pdf";
        assertThat(AttachmentCheck.cleanName(longName)).hasSize(200).endsWith(".pdf");
    }
}
