package gov.buyamerican.portal.shared.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.buyamerican.portal.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Size, content type and extension of an upload, with messages that name the file and say what to do. */
class UploadCheckTest {

    private static final long LIMIT = 10 * 1024 * 1024;

    @Test
    void passesADocumentWhoseNameMatchesItsContent() {
        assertThat(UploadCheck.check("Certificate.PDF", Samples.pdf(), LIMIT))
                .isEqualTo(new UploadCheck.Passed("Certificate.PDF", FileType.PDF));
        assertThat(UploadCheck.check("scan.jpeg", Samples.jpeg(), LIMIT).type()).isEqualTo(FileType.JPEG);
        assertThat(UploadCheck.check("scan.jpg", Samples.jpeg(), LIMIT).type()).isEqualTo(FileType.JPEG);
        assertThat(UploadCheck.check("photo.png", Samples.png(), LIMIT).type()).isEqualTo(FileType.PNG);
    }

    @Test
    void anExecutableRenamedPdfIsRefused() {
        assertRefused("invoice.pdf", Samples.windowsExe(), "\u201cinvoice.pdf\u201d is a Windows program or library, "
                + "whatever its name says. Programs, scripts, archives and web pages are never accepted");
        assertRefused("report.pdf", Samples.elf(), "Linux program");
        assertRefused("report.pdf", Samples.shellScript(), "a script");
        assertRefused("tool.pdf", Samples.zip(), "ZIP archive");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertRefused("empty.pdf", new byte[0], "\u201cempty.pdf\u201d is empty (0 bytes)");
    }

    @Test
    void theSizeLimitIsInclusive() {
        assertThat(UploadCheck.check("big.pdf", Samples.pdfOfSize(4096), 4096).type()).isEqualTo(FileType.PDF);
        assertRefused("big.pdf", Samples.pdfOfSize(4097), 4096, "\u201cbig.pdf\u201d is 4,097 bytes; the limit is 4,096 bytes (4 KB).");
        assertRefused("huge.pdf", Samples.pdfOfSize(12_000_000), LIMIT, "is 11.4 MB; the limit is 10 MB.");
    }

    @Test
    void theExtensionMustMatchTheContent() {
        assertRefused("scan.png", Samples.jpeg(), "\u201cscan.png\u201d is a JPEG image but its name ends in .png. "
                + "Rename it to end in .jpg or .jpeg");
        assertRefused("scan.pdf", Samples.png(), "is a PNG image but its name ends in .pdf");
        assertRefused("scan", Samples.pdf(), "\u201cscan\u201d has no extension. It is a PDF document, so its name "
                + "should end in .pdf.");
    }

    @Test
    void otherFormatsAreRefusedWithAHintToConvert() {
        assertRefused("photo.heic", Samples.heic(), "is a HEIC, HEIF or AVIF photo. Only PDF, PNG and JPEG files are "
                + "accepted: save or scan it as one of these.");
        assertRefused("cut.pdf", Samples.truncatedPdf(), "incomplete PDF");
        assertRefused("notes.pdf", Samples.ascii("plain text"), "\u201cnotes.pdf\u201d is not a PDF, PNG or JPEG file: "
                + "its content is not recognised.");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "C:\\fakepath\\Certificate.pdf|Certificate.pdf",
            "/home/user/docs/a.pdf|a.pdf",
            "  spaced.pdf  |spaced.pdf",
            "tab\tname.pdf|tabname.pdf",
    })
    void namesLoseFoldersAndControlCharacters(String declared, String clean) {
        assertThat(UploadCheck.cleanName(declared)).isEqualTo(clean);
    }

    @Test
    void directionOverridesCannotDisguiseTheExtension() {
        // displays as "invoiceexe.pdf" but ends in .exe... after the override is removed, it ends in "fdp.exe"
        String disguised = "invoice\u202Efdp.exe";
        assertThat(UploadCheck.cleanName(disguised)).isEqualTo("invoicefdp.exe");
        assertRefused(disguised, Samples.pdf(), "is a PDF document but its name ends in .exe");
    }

    @Test
    void longNamesKeepTheirExtension() {
        String name = "a".repeat(400) + ".pdf";
        String clean = UploadCheck.cleanName(name);
        assertThat(clean).hasSize(255).endsWith("aaa.pdf");
    }

    @Test
    void sizesAreWrittenForPeople() {
        assertThat(UploadCheck.size(1)).isEqualTo("1 byte");
        assertThat(UploadCheck.size(812)).isEqualTo("812 bytes");
        assertThat(UploadCheck.size(348_160)).isEqualTo("340 KB");
        assertThat(UploadCheck.size(10 * 1024 * 1024)).isEqualTo("10 MB");
        assertThat(UploadCheck.size(13_002_342)).isEqualTo("12.4 MB");
    }

    private static void assertRefused(String name, byte[] content, String message) {
        assertRefused(name, content, LIMIT, message);
    }

    private static void assertRefused(String name, byte[] content, long limit, String message) {
        assertThatThrownBy(() -> UploadCheck.check(name, content, limit))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.field()).isEqualTo("file");
                    assertThat(e.getMessage()).contains(message);
                });
    }
}
