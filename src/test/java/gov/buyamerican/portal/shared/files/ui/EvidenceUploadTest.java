package gov.buyamerican.portal.shared.files.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.upload.Upload;
import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.shared.files.Samples;
import gov.buyamerican.portal.shared.files.StoredFile;
import gov.buyamerican.portal.shared.files.StoredFileService;
import gov.buyamerican.portal.support.KaribuTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The upload component on the real service: stored files listed with a download link, refusals shown by file. */
class EvidenceUploadTest extends KaribuTest {

    private static final String OWNER = "TEST_EVIDENCE_UI";

    @Autowired
    StoredFileService files;

    private long ownerId;
    private EvidenceUpload component;
    private Upload upload;
    private final List<StoredFile> notified = new ArrayList<>();

    @BeforeEach
    void showComponent() {
        login("evidence-ui-staff", Role.STAFF);
        ownerId = System.nanoTime();
        component = EvidenceUpload.forOwner(files, OWNER, ownerId);
        component.addStoredListener(notified::add);
        UI.getCurrent().add(component);
        upload = _get(component, Upload.class, s -> { });
    }

    @Test
    void aGoodDocumentIsStoredAndListedWithADownloadLink() {
        _upload(upload, "Certificate.pdf", "application/pdf", Samples.pdf("evidence ui " + ownerId));

        assertThat(component.getErrors()).isEmpty();
        assertThat(component.getFiles()).singleElement().satisfies(f -> assertThat(f.fileName()).isEqualTo("Certificate.pdf"));
        assertThat(notified).hasSize(1);
        assertThat(files.list(OWNER, ownerId)).hasSize(1);
        Anchor link = _get(component, Anchor.class, s -> s.withText("Certificate.pdf"));
        assertThat(link.getHref()).isNotBlank();
    }

    @Test
    void anExecutableRenamedPdfIsRefusedWithAMessageAndNothingIsStored() {
        _upload(upload, "invoice.pdf", "application/pdf", Samples.windowsExe());

        assertThat(component.getErrors()).containsOnlyKeys("invoice.pdf");
        assertThat(component.getErrors().get("invoice.pdf")).contains("Windows program", "never accepted");
        assertThat(component.getFiles()).isEmpty();
        assertThat(files.list(OWNER, ownerId)).isEmpty();
        assertThat(notified).isEmpty();
    }

    @Test
    void eachRefusedFileKeepsItsMessageUntilAGoodFileOfThatNameArrives() {
        _upload(upload, "empty.pdf", "application/pdf", new byte[0]);
        _upload(upload, "photo.png", "image/png", Samples.jpeg());
        assertThat(component.getErrors()).containsOnlyKeys("empty.pdf", "photo.png");
        assertThat(component.getErrors().get("empty.pdf")).contains("is empty");
        assertThat(component.getErrors().get("photo.png")).contains("JPEG image but its name ends in .png");

        _upload(upload, "photo.png", "image/png", Samples.png());
        assertThat(component.getErrors()).containsOnlyKeys("empty.pdf");
        assertThat(component.getFiles()).extracting(StoredFile::fileName).containsExactly("photo.png");
    }

    @Test
    void aFileOverTheLimitIsRefusedWithoutStoringIt() {
        _upload(upload, "huge.pdf", "application/pdf", Samples.pdfOfSize((int) files.maxBytes() + 1));
        assertThat(component.getErrors().get("huge.pdf")).contains("the limit is", "10 MB");
        assertThat(files.list(OWNER, ownerId)).isEmpty();
    }

    @Test
    void readOnlyShowsTheFilesWithoutTheUploadArea() {
        _upload(upload, "kept.jpg", "image/jpeg", Samples.jpeg());
        component.setReadOnly(true);
        assertThat(upload.isVisible()).isFalse();
        _get(component, Anchor.class, s -> s.withText("kept.jpg"));
        assertThat(_find(component, Anchor.class)).hasSize(1);
    }
}
