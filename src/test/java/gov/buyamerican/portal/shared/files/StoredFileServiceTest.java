package gov.buyamerican.portal.shared.files;

import static gov.buyamerican.portal.db.Tables.STORED_FILE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.buyamerican.portal.audit.AuditEvent;
import gov.buyamerican.portal.audit.AuditService;
import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.shared.BusinessRuleException;
import gov.buyamerican.portal.shared.NotFoundException;
import gov.buyamerican.portal.shared.PageQuery;
import gov.buyamerican.portal.support.PortalSpringTest;
import gov.buyamerican.portal.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/** Evidence files in the real database: checks on the bytes, checksum on reading back, roles, audit. */
@PortalSpringTest
class StoredFileServiceTest {

    private static final String OWNER = "TEST_EVIDENCE";
    private static final AtomicLong NEXT_OWNER = new AtomicLong(System.currentTimeMillis());

    @Autowired
    StoredFileService files;
    @Autowired
    AuditService audit;
    @Autowired
    TestUsers testUsers;
    @Autowired
    DSLContext dsl;

    private long ownerId;

    @BeforeEach
    void actAsStaff() {
        ownerId = NEXT_OWNER.incrementAndGet();
        testUsers.ensure("files-staff", Role.STAFF);
        TestUsers.actAs("files-staff", Role.STAFF);
    }

    @AfterEach
    void clear() {
        TestUsers.clear();
    }

    @Test
    void storesAndReadsBackWithItsChecksum() {
        byte[] pdf = Samples.pdf("stores and reads back");
        StoredFile stored = files.store(OWNER, ownerId, "C:\\fakepath\\Certificate of origin.pdf", pdf);

        assertThat(stored.fileName()).isEqualTo("Certificate of origin.pdf");
        assertThat(stored.contentType()).isEqualTo("application/pdf");
        assertThat(stored.sizeBytes()).isEqualTo(pdf.length);
        assertThat(stored.sha256()).isEqualTo(StoredFileService.sha256(pdf)).hasSize(64);
        assertThat(stored.uploadedBy()).isEqualTo("files-staff");

        StoredFileContent read = files.read(stored.id());
        assertThat(read.content()).isEqualTo(pdf);
        assertThat(read.file()).isEqualTo(stored);
        assertThat(files.info(stored.id())).isEqualTo(stored);

        List<AuditEvent> trail = audit.historyOf(StoredFileService.ENTITY, Long.toString(stored.id()), PageQuery.first(5));
        assertThat(trail).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("CREATE");
            assertThat(e.summary()).contains("Certificate of origin.pdf", OWNER + " " + ownerId);
            assertThat(e.afterJson()).contains(stored.sha256());
        });
    }

    @Test
    void sha256IsTheStandardDigest() {
        assertThat(StoredFileService.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void listsTheFilesOfOneRecordInOrder() {
        StoredFile a = files.store(OWNER, ownerId, "a.pdf", Samples.pdf("list a"));
        StoredFile b = files.store(OWNER, ownerId, "photo.jpg", Samples.jpeg());
        files.store(OWNER, ownerId + 1_000_000, "other.png", Samples.png());
        assertThat(files.list(OWNER, ownerId)).containsExactly(a, b);
        assertThat(files.countsByOwner(OWNER)).containsEntry(ownerId, 2).containsEntry(ownerId + 1_000_000, 1);
        assertThat(b.type()).isEqualTo(FileType.JPEG);
        assertThat(b.description()).isEqualTo("JPEG image, 22 bytes");
    }

    @Test
    void theSameContentTwiceOnOneRecordIsRefused() {
        byte[] pdf = Samples.pdf("duplicate");
        files.store(OWNER, ownerId, "first.pdf", pdf);
        assertThatThrownBy(() -> files.store(OWNER, ownerId, "second.pdf", pdf))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.field()).isEqualTo("file");
                    assertThat(e.getMessage()).isEqualTo("\u201csecond.pdf\u201d is already attached as \u201cfirst.pdf\u201d (same content).");
                });
        assertThat(files.store(OWNER, ownerId + 2_000_000, "first.pdf", pdf).sha256()).isEqualTo(StoredFileService.sha256(pdf));
    }

    @Test
    void anExecutableRenamedPdfAnEmptyFileAndAWrongExtensionAreRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> files.store(OWNER, ownerId, "invoice.pdf", Samples.windowsExe()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("Windows program");
        assertThatThrownBy(() -> files.store(OWNER, ownerId, "empty.pdf", new byte[0]))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("is empty");
        assertThatThrownBy(() -> files.store(OWNER, ownerId, "scan.png", Samples.jpeg()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("JPEG image but its name ends in .png");
        assertThat(files.list(OWNER, ownerId)).isEmpty();
    }

    @Test
    void theSizeLimitComesFromConfigurationAndAFileAtTheLimitFitsInTheDatabase() {
        assertThat(files.maxBytes()).isEqualTo(10 * 1024 * 1024);
        int limit = (int) files.maxBytes();
        StoredFile atLimit = files.store(OWNER, ownerId, "at-limit.pdf", Samples.pdfOfSize(limit));
        assertThat(files.read(atLimit.id()).content()).hasSize(limit);
        assertThatThrownBy(() -> files.store(OWNER, ownerId, "too-large.pdf", Samples.pdfOfSize(limit + 1)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("\u201ctoo-large.pdf\u201d is 10,485,761 bytes; the limit is 10,485,760 bytes (10 MB).");
    }

    @Test
    void aFileChangedInTheDatabaseIsNotHandedOut() {
        StoredFile stored = files.store(OWNER, ownerId, "tampered.pdf", Samples.pdf("tamper me"));
        dsl.update(STORED_FILE).set(STORED_FILE.CONTENT, Samples.pdf("tamper ME")).where(STORED_FILE.ID.eq(stored.id())).execute();

        assertThatThrownBy(() -> files.read(stored.id()))
                .isInstanceOfSatisfying(FileIntegrityException.class, e -> {
                    assertThat(e.fileId()).isEqualTo(stored.id());
                    assertThat(e.getMessage()).contains("tampered.pdf", "does not match the checksum");
                });
        assertThat(files.info(stored.id()).sha256()).isEqualTo(stored.sha256());
    }

    @Test
    void deletingIsAuditedAndTheFileIsGone() {
        StoredFile stored = files.store(OWNER, ownerId, "delete-me.png", Samples.png());
        files.delete(stored.id());
        assertThatThrownBy(() -> files.info(stored.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> files.read(stored.id())).isInstanceOf(NotFoundException.class);
        assertThat(audit.historyOf(StoredFileService.ENTITY, Long.toString(stored.id()), PageQuery.first(5)))
                .extracting(AuditEvent::action).containsExactly("DELETE", "CREATE");
    }

    @Test
    void auditorsReadButDoNotUploadAndNobodyLoggedInGetsNothing() {
        StoredFile stored = files.store(OWNER, ownerId, "read-only.pdf", Samples.pdf("auditor"));
        TestUsers.actAs("files-auditor", Role.AUDITOR);
        assertThat(files.read(stored.id()).file().fileName()).isEqualTo("read-only.pdf");
        assertThatThrownBy(() -> files.store(OWNER, ownerId, "x.pdf", Samples.pdf("x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> files.delete(stored.id())).isInstanceOf(AccessDeniedException.class);
        TestUsers.clear();
        assertThatThrownBy(() -> files.list(OWNER, ownerId)).isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> files.read(stored.id())).isInstanceOf(AuthenticationException.class);
    }
}
