package gov.buyamerican.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.buyamerican.portal.shared.BusinessRuleException;
import gov.buyamerican.portal.shared.files.UploadCheck;
import gov.buyamerican.portal.waiver.internal.AttachmentCheck;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Zip bombs: no upload of the portal accepts a ZIP container (XLSX, DOCX and plain ZIP are all ZIP files), so nothing is
 * ever decompressed. A 100 MB file of zeros compressed to a few kilobytes, named as a workbook, a document or a PDF,
 * is refused by its first bytes by both upload checks (evidence files and waiver attachments), with a message.
 */
class ZipContainerUploadTest {

    private static byte[] zipBomb(String entryName) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entryName));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 100; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    @Test
    void aHighlyCompressedZipIsRefusedWhateverItsName() throws IOException {
        byte[] bomb = zipBomb("xl/worksheets/sheet1.xml");
        assertThat(bomb.length).as("compression ratio over 500").isLessThan(100 * (1 << 20) / 500);
        for (String name : new String[] {"vendors.xlsx", "report.docx", "evidence.pdf", "archive.zip", "scan.png"}) {
            assertThatThrownBy(() -> UploadCheck.check(name, bomb, 10 * 1024 * 1024)).as(name)
                    .isInstanceOf(BusinessRuleException.class).hasMessageContaining("archive");
            assertThatThrownBy(() -> AttachmentCheck.check(name, bomb, 10 * 1024 * 1024)).as(name)
                    .isInstanceOf(RuntimeException.class).hasMessageContaining(name.substring(0, name.indexOf('.')));
        }
    }
}
