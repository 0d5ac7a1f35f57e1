package gov.buyamerican.portal.shared.files;

import static org.assertj.core.api.Assertions.assertThat;

import gov.buyamerican.portal.shared.files.FileTypeDetector.Accepted;
import gov.buyamerican.portal.shared.files.FileTypeDetector.Detection;
import gov.buyamerican.portal.shared.files.FileTypeDetector.Reason;
import gov.buyamerican.portal.shared.files.FileTypeDetector.Refused;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The type comes from the bytes alone. */
class FileTypeDetectorTest {

    @Test
    void acceptsPdfPngAndJpeg() {
        assertThat(FileTypeDetector.detect(Samples.pdf())).isEqualTo(new Accepted(FileType.PDF));
        assertThat(FileTypeDetector.detect(Samples.png())).isEqualTo(new Accepted(FileType.PNG));
        assertThat(FileTypeDetector.detect(Samples.jpeg())).isEqualTo(new Accepted(FileType.JPEG));
    }

    @Test
    void refusesProgramsScriptsArchivesAndMarkupAsDangerous() {
        assertRefused(Samples.windowsExe(), Reason.DANGEROUS, "Windows program");
        assertRefused(Samples.elf(), Reason.DANGEROUS, "Linux program");
        assertRefused(Samples.machO(), Reason.DANGEROUS, "macOS program");
        assertRefused(Samples.bytes(0xFE, 0xED, 0xFA, 0xCE, 0), Reason.DANGEROUS, "macOS program");
        assertRefused(Samples.bytes(0xCA, 0xFE, 0xBA, 0xBE, 0, 0, 0, 52), Reason.DANGEROUS, "Java class");
        assertRefused(Samples.shellScript(), Reason.DANGEROUS, "script");
        assertRefused(Samples.zip(), Reason.DANGEROUS, "ZIP archive");
        assertRefused(Samples.bytes('P', 'K', 0x05, 0x06, 0, 0), Reason.DANGEROUS, "ZIP archive");
        assertRefused(Samples.bytes(0x1F, 0x8B, 8, 0), Reason.DANGEROUS, "gzip");
        assertRefused(Samples.bytes('R', 'a', 'r', '!', 0x1A, 0x07, 0), Reason.DANGEROUS, "RAR");
        assertRefused(Samples.bytes('7', 'z', 0xBC, 0xAF, 0x27, 0x1C), Reason.DANGEROUS, "7-Zip");
        assertRefused(Samples.bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1), Reason.DANGEROUS, "old Microsoft Office");
        assertRefused(Samples.bytes(0, 'a', 's', 'm', 1, 0, 0, 0), Reason.DANGEROUS, "WebAssembly");
        assertRefused(Samples.bytes(0x4C, 0, 0, 0, 1, 0x14, 2, 0, 0), Reason.DANGEROUS, "shortcut");
        assertRefused(Samples.html(), Reason.DANGEROUS, "HTML");
        assertRefused(Samples.svg(), Reason.DANGEROUS, "SVG");
        assertRefused(Samples.ascii("<?xml version=\"1.0\"?><a/>"), Reason.DANGEROUS, "XML");
    }

    @Test
    void refusesOtherImageAndDocumentFormatsAsConvertible() {
        assertRefused(Samples.gif(), Reason.OTHER_FORMAT, "GIF");
        assertRefused(Samples.ascii("RIFF\u0000\u0000\u0000\u0000WEBPVP8 "), Reason.OTHER_FORMAT, "WebP");
        assertRefused(Samples.bytes('I', 'I', 0x2A, 0, 8, 0, 0, 0), Reason.OTHER_FORMAT, "TIFF");
        assertRefused(Samples.bytes('M', 'M', 0, 0x2A, 0, 0, 0, 8), Reason.OTHER_FORMAT, "TIFF");
        assertRefused(Samples.heic(), Reason.OTHER_FORMAT, "HEIC");
        assertRefused(Samples.bytes(0, 0, 0, 24, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'), Reason.OTHER_FORMAT, "video");
        assertRefused(Samples.ascii("{\\rtf1\\ansi"), Reason.OTHER_FORMAT, "RTF");
        assertRefused(Samples.ascii("%!PS-Adobe-3.0"), Reason.OTHER_FORMAT, "PostScript");
    }

    @Test
    void refusesBrokenFilesOfAcceptedTypes() {
        assertRefused(Samples.truncatedPdf(), Reason.DAMAGED, "incomplete PDF");
        assertRefused(Samples.ascii("%PDF-\n%%EOF"), Reason.DAMAGED, "no version");
        assertRefused(Arrays.copyOf(Samples.png(), 10), Reason.DAMAGED, "PNG");
    }

    @Test
    void theEndMarkerMustBeNearTheEndOfAPdf() {
        byte[] markerEarly = Samples.ascii("%PDF-1.7\n%%EOF\n" + "x".repeat(2000));
        assertRefused(markerEarly, Reason.DAMAGED, "incomplete");
        assertThat(FileTypeDetector.detect(Samples.pdfOfSize(5000))).isEqualTo(new Accepted(FileType.PDF));
    }

    @Test
    void refusesWhatItDoesNotKnowAndEmptyContent() {
        assertRefused(Samples.ascii("Just some notes in plain text"), Reason.UNRECOGNISED, "not recognised");
        assertRefused(Samples.bytes('M'), Reason.UNRECOGNISED, "not recognised");
        assertRefused(new byte[0], Reason.EMPTY, "empty");
        assertRefused(null, Reason.EMPTY, "empty");
        // the PDF marker must be at the very start: a program with "%PDF-" inside stays a program
        byte[] exeWithPdfInside = Samples.windowsExe();
        System.arraycopy(Samples.pdf(), 0, exeWithPdfInside, 128, 40);
        assertRefused(exeWithPdfInside, Reason.DANGEROUS, "Windows program");
    }

    private static void assertRefused(byte[] content, Reason reason, String what) {
        Detection d = FileTypeDetector.detect(content);
        assertThat(d).isInstanceOfSatisfying(Refused.class, r -> {
            assertThat(r.reason()).isEqualTo(reason);
            assertThat(r.what()).contains(what);
        });
    }
}
