package gov.buyamerican.portal.shared.files;

import static gov.buyamerican.portal.db.Tables.STORED_FILE;

import gov.buyamerican.portal.audit.AuditActions;
import gov.buyamerican.portal.audit.AuditEntry;
import gov.buyamerican.portal.audit.AuditService;
import gov.buyamerican.portal.db.tables.records.StoredFileRecord;
import gov.buyamerican.portal.security.CurrentUser;
import gov.buyamerican.portal.shared.BusinessRuleException;
import gov.buyamerican.portal.shared.NotFoundException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence documents (attestations, waivers, reference values), kept in the database with their SHA-256. An upload is
 * judged by its bytes ({@link UploadCheck}): size limit, accepted type by content, matching extension. Reading a file
 * back re-computes the checksum and refuses a file changed after upload. Stored files are never edited; the owning
 * module decides when one may be deleted, and says so by calling {@link #delete}. Storing and deleting are audited.
 *
 * <p>Who may store: ADMIN, STAFF, APPROVER (the people who record attestations, waivers and reference values). Who may
 * read: any logged-in user; the owning module's view decides whether its records are shown to a role.
 */
@Service
@EnableConfigurationProperties(UploadSettings.class)
public class StoredFileService {

    static final String ENTITY = "StoredFile";
    private static final Logger log = LoggerFactory.getLogger(StoredFileService.class);
    private static final Pattern OWNER_TYPE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    /** The metadata columns: lists never load the bytes. */
    private static final List<SelectField<?>> METADATA = List.of(STORED_FILE.ID, STORED_FILE.OWNER_TYPE,
            STORED_FILE.OWNER_ID, STORED_FILE.FILE_NAME, STORED_FILE.CONTENT_TYPE, STORED_FILE.SIZE_BYTES,
            STORED_FILE.SHA256, STORED_FILE.UPLOADED_BY, STORED_FILE.UPLOADED_AT);

    private final DSLContext dsl;
    private final AuditService audit;
    private final Clock clock;
    private final UploadSettings settings;

    public StoredFileService(DSLContext dsl, AuditService audit, Clock clock, UploadSettings settings) {
        this.dsl = dsl;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
    }

    /** {@return the largest file accepted, in bytes ({@code portal.uploads.max-bytes})} */
    public long maxBytes() {
        return settings.maxBytes();
    }

    /**
     * Checks and stores an uploaded file for a record.
     *
     * @param ownerType    the kind of record, upper case, e.g. {@code ATTESTATION}
     * @param ownerId      the record's id
     * @param declaredName the file name the browser sent
     * @param content      the bytes
     * @throws BusinessRuleException on field {@code file} when the upload is refused, or when the same file is
     *                               already attached to the record
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF', 'APPROVER')")
    @Transactional
    public StoredFile store(String ownerType, long ownerId, String declaredName, byte[] content) {
        requireOwnerType(ownerType);
        UploadCheck.Passed passed = UploadCheck.check(declaredName, content, settings.maxBytes());
        String sha256 = sha256(content);
        String existing = dsl.select(STORED_FILE.FILE_NAME).from(STORED_FILE)
                .where(STORED_FILE.OWNER_TYPE.eq(ownerType), STORED_FILE.OWNER_ID.eq(ownerId), STORED_FILE.SHA256.eq(sha256))
                .limit(1).fetchOne(STORED_FILE.FILE_NAME);
        if (existing != null) {
            throw new BusinessRuleException(UploadCheck.FIELD, "\u201c" + passed.fileName() + "\u201d is already attached"
                    + (existing.equals(passed.fileName()) ? "." : " as \u201c" + existing + "\u201d (same content)."));
        }
        StoredFileRecord rec = dsl.newRecord(STORED_FILE);
        rec.setOwnerType(ownerType);
        rec.setOwnerId(ownerId);
        rec.setFileName(passed.fileName());
        rec.setContentType(passed.type().mediaType());
        rec.setSizeBytes((long) content.length);
        rec.setSha256(sha256);
        rec.setContent(content);
        rec.setUploadedBy(CurrentUser.actor());
        rec.setUploadedAt(LocalDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
        rec.store();
        StoredFile stored = toFile(rec);
        audit.record(AuditEntry.of(AuditActions.CREATE, ENTITY, stored.id(), "Stored evidence \u201c" + stored.fileName()
                + "\u201d (" + stored.description() + ") for " + ownerType + " " + ownerId).withChange(null, auditView(stored)));
        return stored;
    }

    /** The files of a record, oldest first, without their bytes. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<StoredFile> list(String ownerType, long ownerId) {
        return dsl.select(METADATA).from(STORED_FILE)
                .where(STORED_FILE.OWNER_TYPE.eq(ownerType), STORED_FILE.OWNER_ID.eq(ownerId))
                .orderBy(STORED_FILE.ID).fetch(StoredFileService::toFile);
    }

    /** How many files each record of a kind has (records without files are absent): one query for a whole grid. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, Integer> countsByOwner(String ownerType) {
        return dsl.select(STORED_FILE.OWNER_ID, DSL.count()).from(STORED_FILE).where(STORED_FILE.OWNER_TYPE.eq(ownerType))
                .groupBy(STORED_FILE.OWNER_ID).fetchMap(STORED_FILE.OWNER_ID, DSL.count());
    }

    /** One file's metadata. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public StoredFile info(long id) {
        return dsl.select(METADATA).from(STORED_FILE).where(STORED_FILE.ID.eq(id)).fetchOptional(StoredFileService::toFile)
                .orElseThrow(() -> notFound(id));
    }

    /**
     * One file with its bytes, after checking them against the SHA-256 recorded at upload.
     *
     * @throws FileIntegrityException when the bytes were changed after upload
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public StoredFileContent read(long id) {
        StoredFileRecord rec = dsl.fetchOne(STORED_FILE, STORED_FILE.ID.eq(id));
        if (rec == null) {
            throw notFound(id);
        }
        StoredFile file = toFile(rec);
        byte[] content = rec.getContent();
        if (content.length != file.sizeBytes() || !sha256(content).equals(file.sha256())) {
            log.error("Stored file {} ({}) fails its checksum: {} bytes, recorded {} bytes", id, file.fileName(),
                    content.length, file.sizeBytes());
            throw new FileIntegrityException(id, file.fileName());
        }
        return new StoredFileContent(file, content);
    }

    /** Deletes a file; the owning module has checked that its record still allows it. */
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF', 'APPROVER')")
    @Transactional
    public void delete(long id) {
        StoredFile file = info(id);
        dsl.deleteFrom(STORED_FILE).where(STORED_FILE.ID.eq(id)).execute();
        audit.record(AuditEntry.of(AuditActions.DELETE, ENTITY, id, "Deleted evidence \u201c" + file.fileName() + "\u201d ("
                + file.description() + ") of " + file.ownerType() + " " + file.ownerId()).withChange(auditView(file), null));
    }

    /** SHA-256 of the bytes, 64 lower-case hex digits. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    private static void requireOwnerType(String ownerType) {
        if (ownerType == null || !OWNER_TYPE.matcher(ownerType).matches()) {
            throw new IllegalArgumentException("Owner type must be 2 to 40 upper-case letters, digits or _: " + ownerType);
        }
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("The file " + id + " does not exist (any more).");
    }

    private static StoredFile toFile(Record r) {
        return new StoredFile(r.get(STORED_FILE.ID), r.get(STORED_FILE.OWNER_TYPE), r.get(STORED_FILE.OWNER_ID),
                r.get(STORED_FILE.FILE_NAME), r.get(STORED_FILE.CONTENT_TYPE), r.get(STORED_FILE.SIZE_BYTES),
                r.get(STORED_FILE.SHA256), r.get(STORED_FILE.UPLOADED_BY),
                r.get(STORED_FILE.UPLOADED_AT).toInstant(ZoneOffset.UTC));
    }

    private static Map<String, Object> auditView(StoredFile f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ownerType", f.ownerType());
        m.put("ownerId", f.ownerId());
        m.put("fileName", f.fileName());
        m.put("contentType", f.contentType());
        m.put("sizeBytes", f.sizeBytes());
        m.put("sha256", f.sha256());
        return m;
    }
}
