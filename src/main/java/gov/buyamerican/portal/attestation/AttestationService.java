package gov.buyamerican.portal.attestation;

import static gov.buyamerican.portal.db.Tables.ATTESTATION;
import static gov.buyamerican.portal.db.Tables.ATTESTATION_COMPONENT;
import static gov.buyamerican.portal.db.Tables.ATTESTATION_INVITATION;
import static gov.buyamerican.portal.db.Tables.PRODUCT;
import static gov.buyamerican.portal.db.Tables.VENDOR;

import gov.buyamerican.portal.rules.domesticcontent.AppliedRule;
import gov.buyamerican.portal.rules.domesticcontent.AppliedThreshold;
import gov.buyamerican.portal.rules.domesticcontent.CalculationOutcome;
import gov.buyamerican.portal.rules.domesticcontent.Classification;
import gov.buyamerican.portal.rules.domesticcontent.Component;
import gov.buyamerican.portal.rules.domesticcontent.ComponentOrigin;
import gov.buyamerican.portal.rules.domesticcontent.CostBasis;
import gov.buyamerican.portal.rules.domesticcontent.DomesticContentCalculator;
import gov.buyamerican.portal.rules.domesticcontent.DomesticContentParameters;
import gov.buyamerican.portal.rules.domesticcontent.DomesticContentResult;
import gov.buyamerican.portal.rules.domesticcontent.EndProduct;
import gov.buyamerican.portal.rules.domesticcontent.ProductKind;
import gov.buyamerican.portal.rules.domesticcontent.ValidationError;
import gov.buyamerican.portal.attestation.internal.RateLimiter;
import gov.buyamerican.portal.attestation.internal.SystemAuthentication;
import gov.buyamerican.portal.audit.AuditActions;
import gov.buyamerican.portal.audit.AuditEntry;
import gov.buyamerican.portal.audit.AuditEvent;
import gov.buyamerican.portal.audit.AuditService;
import gov.buyamerican.portal.catalog.Product;
import gov.buyamerican.portal.catalog.ProductService;
import gov.buyamerican.portal.db.tables.records.AttestationComponentRecord;
import gov.buyamerican.portal.db.tables.records.AttestationInvitationRecord;
import gov.buyamerican.portal.db.tables.records.AttestationRecord;
import gov.buyamerican.portal.reference.RuleKey;
import gov.buyamerican.portal.reference.RuleValueService;
import gov.buyamerican.portal.security.CurrentUser;
import gov.buyamerican.portal.shared.BusinessRuleException;
import gov.buyamerican.portal.shared.ConcurrentEditException;
import gov.buyamerican.portal.shared.NotFoundException;
import gov.buyamerican.portal.shared.PageQuery;
import gov.buyamerican.portal.shared.files.StoredFile;
import gov.buyamerican.portal.shared.files.StoredFileService;
import gov.buyamerican.portal.shared.identifiers.EmailAddress;
import gov.buyamerican.portal.shared.mail.MailResult;
import gov.buyamerican.portal.shared.mail.MailService;
import gov.buyamerican.portal.shared.mail.OutgoingMail;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Origin attestations: a vendor's signed statement about one product, classified with the FAR 25
 * {@link DomesticContentCalculator} on the thresholds of the reference table ({@link RuleValueService}).
 *
 * <h2>Lifecycle</h2>
 * DRAFT (editable) → SUBMITTED (signed; never edited again) → VERIFIED (by a staff user other than the one who entered
 * it) or REJECTED (with a reason). A correction is a new version ({@link #correct}); submitting it supersedes the
 * attestation it corrects if that one still waits for verification, and verifying an attestation supersedes every older
 * submitted or verified one of the product. A submitted or verified attestation past its last valid day (signing day +
 * {@link RuleKey#ATTESTATION_VALIDITY_DAYS}) becomes EXPIRED ({@link #expireOverdue}, run daily).
 *
 * <h2>Vendor self-attestation</h2>
 * Staff invite a vendor contact for one product ({@link #invite}); the link is e-mailed through {@link MailService}
 * when SMTP is configured, and shown to staff otherwise. The one-time token (256 random bits; only its SHA-256 is
 * stored) opens the public form for that product only, until it expires or is used. Failed lookups are
 * counted per client address and uses per token ({@link InvitationSettings}).
 *
 * <p>Roles: STAFF and ADMIN write; every role reads; the invitation methods are open to anonymous callers and check
 * the token themselves. Every change is in the audit trail.
 */
@Service
@EnableConfigurationProperties(InvitationSettings.class)
public class AttestationService {

    public static final String ENTITY = "Attestation";
    public static final String INVITATION_ENTITY = "AttestationInvitation";
    /** The owner type of evidence files in {@link StoredFileService}. */
    public static final String EVIDENCE_OWNER = "ATTESTATION";
    static final String READ = ProductService.READ;
    static final String WRITE = ProductService.WRITE;

    /** 52.225-1(a) "United States": the 50 States, DC and the outlying areas (the calculator checks the same). */
    private static final Set<String> UNITED_STATES = Set.of("US", "PR", "MP", "AS", "GU", "VI", "UM");
    private static final Map<String, Field<?>> SORTABLE = Map.of(
            "product", PRODUCT.NAME,
            "status", ATTESTATION.STATUS,
            "signedAt", ATTESTATION.SIGNED_AT,
            "validUntil", ATTESTATION.VALID_UNTIL,
            "updatedAt", ATTESTATION.UPDATED_AT,
            "classification", ATTESTATION.RESULT_CLASSIFICATION);

    private final DSLContext dsl;
    private final ProductService products;
    private final RuleValueService ruleValues;
    private final StoredFileService files;
    private final AuditService audit;
    private final Clock clock;
    private final InvitationSettings settings;
    private final DomesticContentCalculator calculator = new DomesticContentCalculator();
    private final SecureRandom random = new SecureRandom();
    private final RateLimiter limiter;
    private final MailService mailService;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final org.springframework.transaction.support.TransactionTemplate transaction;

    public AttestationService(DSLContext dsl, ProductService products, RuleValueService ruleValues,
                              StoredFileService files, AuditService audit, Clock clock, InvitationSettings settings,
                              MailService mailService,
                              org.springframework.context.ApplicationEventPublisher events,
                              org.springframework.transaction.PlatformTransactionManager transactions) {
        this.events = events;
        this.transaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.dsl = dsl;
        this.products = products;
        this.ruleValues = ruleValues;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
        this.limiter = new RateLimiter(clock);
        this.mailService = mailService;
    }

    // =================================================================================================================
    // Calculation
    // =================================================================================================================

    /**
     * Classifies the form's data for a product of the given kind with the thresholds of the form's delivery year, as
     * the form shows it live. Refused (with the input problems) when the data is incomplete or the year has no
     * threshold in the reference table.
     */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public CalculationOutcome calculate(ProductKind kind, AttestationForm form) {
        return evaluate(kind, form);
    }

    private CalculationOutcome evaluate(ProductKind kind, AttestationForm form) {
        EndProduct product = endProduct(kind, form);
        List<ValidationError> errors = calculator.validate(product);
        if (!errors.isEmpty()) {
            return new CalculationOutcome.Refused(errors);
        }
        DomesticContentParameters parameters;
        try {
            parameters = ruleValues.domesticContentParameters(product.deliveryYear());
        } catch (BusinessRuleException e) {
            return new CalculationOutcome.Refused(List.of(new ValidationError("deliveryYear", null, e.getMessage())));
        }
        return calculator.evaluate(product, parameters);
    }

    private static EndProduct endProduct(ProductKind kind, AttestationForm form) {
        String place = form.placeCountry() == null ? null : form.placeCountry().strip().toUpperCase(Locale.ROOT);
        boolean inUs = place != null && UNITED_STATES.contains(place);
        int year = form.deliveryYear() == null ? 0 : form.deliveryYear();
        return new EndProduct(null, kind, inUs, place, year, form.fallbackCondition(), form.components());
    }

    // =================================================================================================================
    // Reads
    // =================================================================================================================

    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public Attestation get(long id) {
        AttestationRecord rec = dsl.fetchOne(ATTESTATION, ATTESTATION.ID.eq(id));
        if (rec == null) {
            throw new NotFoundException("The attestation " + id + " does not exist.");
        }
        return toAttestation(rec, components(id));
    }

    /** Every attestation of a product, newest version first: its history. */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<AttestationSummary> forProduct(long productId) {
        return summaries().where(ATTESTATION.PRODUCT_ID.eq(productId)).orderBy(ATTESTATION.VERSION_NO.desc())
                .fetch(AttestationService::toSummary);
    }

    /** One page of attestations matching the filter. */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<AttestationSummary> search(AttestationFilter filter, PageQuery page) {
        List<SortField<?>> order = new ArrayList<>();
        for (PageQuery.SortOrder s : page.sort()) {
            Field<?> f = SORTABLE.get(s.key());
            if (f != null) {
                order.add(s.ascending() ? f.asc() : f.desc());
            }
        }
        order.add(ATTESTATION.UPDATED_AT.desc());
        order.add(ATTESTATION.ID.desc());
        return summaries().where(conditions(filter)).orderBy(order).limit(page.limit()).offset(page.offset())
                .fetch(AttestationService::toSummary);
    }

    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public int count(AttestationFilter filter, int cap) {
        return dsl.fetchCount(dsl.select(ATTESTATION.ID).from(ATTESTATION).join(PRODUCT).on(PRODUCT.ID.eq(ATTESTATION.PRODUCT_ID))
                .where(conditions(filter)).limit(cap));
    }

    /** The product's current origin status: its verified, unexpired attestation (the newest), and any pending one. */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public ProductOrigin originOf(long productId) {
        LocalDate today = today();
        var valid = dsl.selectFrom(ATTESTATION).where(ATTESTATION.PRODUCT_ID.eq(productId),
                        ATTESTATION.STATUS.eq(AttestationStatus.VERIFIED.name()), ATTESTATION.VALID_UNTIL.ge(today))
                .orderBy(ATTESTATION.VERSION_NO.desc()).limit(1).fetchOne();
        Long pending = dsl.select(ATTESTATION.ID).from(ATTESTATION).where(ATTESTATION.PRODUCT_ID.eq(productId),
                        ATTESTATION.STATUS.eq(AttestationStatus.SUBMITTED.name()))
                .orderBy(ATTESTATION.VERSION_NO.desc()).limit(1).fetchOne(ATTESTATION.ID);
        if (valid == null) {
            return new ProductOrigin(null, null, null, pending);
        }
        return new ProductOrigin(Classification.valueOf(valid.getResultClassification()), valid.getId(),
                valid.getValidUntil(), pending);
    }

    /**
     * Every attestation of these products that was verified (VERIFIED now, or SUPERSEDED / EXPIRED with a verification
     * date), with its signing day and last valid day, ordered by product then signing day. {@code productIds} null means
     * all products (a snapshot for bulk classification; attestations are few compared with purchases).
     */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<VerifiedAttestation> verifiedAttestations(java.util.Collection<Long> productIds) {
        Condition wasVerified = ATTESTATION.STATUS.eq(AttestationStatus.VERIFIED.name())
                .or(ATTESTATION.STATUS.in(AttestationStatus.SUPERSEDED.name(), AttestationStatus.EXPIRED.name())
                        .and(ATTESTATION.VERIFIED_AT.isNotNull()));
        Condition where = wasVerified.and(ATTESTATION.SIGNED_AT.isNotNull()).and(ATTESTATION.VALID_UNTIL.isNotNull())
                .and(ATTESTATION.RESULT_CLASSIFICATION.isNotNull());
        if (productIds != null) {
            if (productIds.isEmpty()) {
                return List.of();
            }
            where = where.and(ATTESTATION.PRODUCT_ID.in(productIds));
        }
        return dsl.select(ATTESTATION.ID, ATTESTATION.PRODUCT_ID, ATTESTATION.RESULT_CLASSIFICATION,
                        ATTESTATION.SIGNED_AT, ATTESTATION.VALID_UNTIL)
                .from(ATTESTATION).where(where)
                .orderBy(ATTESTATION.PRODUCT_ID, ATTESTATION.SIGNED_AT, ATTESTATION.ID)
                .fetch(r -> new VerifiedAttestation(r.get(ATTESTATION.ID), r.get(ATTESTATION.PRODUCT_ID),
                        Classification.DOMESTIC.name().equals(r.get(ATTESTATION.RESULT_CLASSIFICATION)),
                        r.get(ATTESTATION.SIGNED_AT).toLocalDate(), r.get(ATTESTATION.VALID_UNTIL)));
    }

    /** Verified attestations whose last valid day is within the next {@code days} days (today included). */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<AttestationSummary> expiringWithin(int days, PageQuery page) {
        LocalDate today = today();
        return summaries().where(ATTESTATION.STATUS.eq(AttestationStatus.VERIFIED.name()),
                        ATTESTATION.VALID_UNTIL.between(today, today.plusDays(days)))
                .orderBy(ATTESTATION.VALID_UNTIL.asc(), ATTESTATION.ID.asc())
                .limit(page.limit()).offset(page.offset()).fetch(AttestationService::toSummary);
    }

    /** Products with no verified, unexpired attestation, by name. */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<ProductWithoutAttestation> productsWithoutValidAttestation(PageQuery page) {
        var a = ATTESTATION.as("a");
        Field<String> latest = DSL.field(DSL.select(a.STATUS).from(a).where(a.PRODUCT_ID.eq(PRODUCT.ID))
                .orderBy(a.VERSION_NO.desc()).limit(1));
        return dsl.select(PRODUCT.ID, PRODUCT.NAME, PRODUCT.PART_NUMBER, VENDOR.LEGAL_NAME, latest).from(PRODUCT)
                .join(VENDOR).on(VENDOR.ID.eq(PRODUCT.OFFEROR_VENDOR_ID))
                .where(DSL.notExists(validAttestationOf(PRODUCT.ID)))
                .orderBy(PRODUCT.NAME, PRODUCT.ID).limit(page.limit()).offset(page.offset())
                .fetch(r -> new ProductWithoutAttestation(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5() == null ? null : AttestationStatus.valueOf(r.value5())));
    }

    /** Vendors (as offerors) more than half of whose attested products are FOREIGN, most foreign first. */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<VendorOriginShare> vendorsMostlyForeign(PageQuery page) {
        LocalDate today = today();
        Field<Integer> attested = DSL.countDistinct(PRODUCT.ID);
        Field<Integer> foreign = DSL.countDistinct(DSL.when(ATTESTATION.RESULT_CLASSIFICATION.eq(Classification.FOREIGN.name()),
                PRODUCT.ID));
        return dsl.select(VENDOR.ID, VENDOR.LEGAL_NAME, attested.as("attested"), foreign.as("foreign_count")).from(VENDOR)
                .join(PRODUCT).on(PRODUCT.OFFEROR_VENDOR_ID.eq(VENDOR.ID))
                .join(ATTESTATION).on(ATTESTATION.PRODUCT_ID.eq(PRODUCT.ID),
                        ATTESTATION.STATUS.eq(AttestationStatus.VERIFIED.name()), ATTESTATION.VALID_UNTIL.ge(today))
                .groupBy(VENDOR.ID, VENDOR.LEGAL_NAME)
                .having(foreign.mul(2).gt(attested))
                .orderBy(foreign.mul(100).div(attested).desc(), VENDOR.LEGAL_NAME)
                .limit(page.limit()).offset(page.offset())
                .fetch(r -> new VendorOriginShare(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** The evidence documents of an attestation, oldest first. */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<StoredFile> evidence(long attestationId) {
        return files.list(EVIDENCE_OWNER, attestationId);
    }

    /** The invitations sent for a product, newest first. */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<Invitation> invitations(long productId) {
        return dsl.selectFrom(ATTESTATION_INVITATION).where(ATTESTATION_INVITATION.PRODUCT_ID.eq(productId))
                .orderBy(ATTESTATION_INVITATION.ID.desc()).fetch(AttestationService::toInvitation);
    }

    /** The audit entries of an attestation, newest first. */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<AuditEvent> history(long attestationId, PageQuery page) {
        return audit.historyOf(ENTITY, String.valueOf(attestationId), page);
    }

    /** The validity of an attestation signed today, in days, from the reference table. */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public int validityDays() {
        return ruleValues.valueOn(RuleKey.ATTESTATION_VALIDITY_DAYS, today()).intValue();
    }

    // =================================================================================================================
    // Staff changes
    // =================================================================================================================

    /** Starts a draft attestation for a product, entered by the current user. */
    @PreAuthorize(WRITE)
    @Transactional
    public Attestation createDraft(long productId, AttestationForm form) {
        Product product = products.get(productId);
        AttestationRecord rec = newRecord(productId, Attestation.Source.STAFF, CurrentUser.actor(), null);
        applyForm(rec, form);
        rec.store();
        storeComponents(rec.getId(), form.components());
        Attestation created = get(rec.getId());
        audit.record(AuditEntry.of(AuditActions.CREATE, ENTITY, created.id(), "Started attestation " + created.label()
                + " of " + product.label()).withChange(null, auditView(created)));
        return created;
    }

    /** Saves a draft; only drafts can be changed. */
    @PreAuthorize(WRITE)
    @Transactional
    public Attestation updateDraft(long id, int expectedVersion, AttestationForm form) {
        AttestationRecord rec = lock(id, expectedVersion);
        requireStatus(rec, AttestationStatus.DRAFT, "changed: a submitted attestation is never edited. Start a correction"
                + " (a new version) instead");
        Attestation before = get(id);
        applyForm(rec, form);
        rec.setUpdatedAt(now());
        rec.store();
        dsl.deleteFrom(ATTESTATION_COMPONENT).where(ATTESTATION_COMPONENT.ATTESTATION_ID.eq(id)).execute();
        storeComponents(id, form.components());
        Attestation after = get(id);
        audit.record(AuditEntry.of(AuditActions.UPDATE, ENTITY, id, "Saved draft attestation " + after.label())
                .withChange(auditView(before), auditView(after)));
        return after;
    }

    /** Deletes a draft (and its evidence). */
    @PreAuthorize(WRITE)
    @Transactional
    public void deleteDraft(long id, int expectedVersion) {
        AttestationRecord rec = lock(id, expectedVersion);
        requireStatus(rec, AttestationStatus.DRAFT, "deleted: only drafts can be deleted");
        Attestation before = get(id);
        for (StoredFile f : files.list(EVIDENCE_OWNER, id)) {
            files.delete(f.id());
        }
        rec.delete();
        audit.record(AuditEntry.of(AuditActions.DELETE, ENTITY, id, "Deleted draft attestation " + before.label())
                .withChange(auditView(before), null));
    }

    /**
     * Saves the form into a draft, then signs and submits it: every field is checked, the result is computed and
     * stored with the thresholds it used, the certification text is stored as agreed, and the expiry date is set.
     */
    @PreAuthorize(WRITE)
    @Transactional
    public Attestation submit(long id, int expectedVersion, AttestationForm form) {
        AttestationRecord rec = lock(id, expectedVersion);
        requireStatus(rec, AttestationStatus.DRAFT, "submitted again: it was submitted already");
        Product product = products.get(rec.getProductId());
        Attestation draft = get(id);
        sign(rec, product.kind(), form);
        rec.store();
        dsl.deleteFrom(ATTESTATION_COMPONENT).where(ATTESTATION_COMPONENT.ATTESTATION_ID.eq(id)).execute();
        storeComponents(id, form.components());
        Attestation submitted = get(id);
        audit.record(AuditEntry.of("SUBMIT", ENTITY, id, "Submitted attestation " + submitted.label() + " of "
                + product.label() + ": " + submitted.result().classification() + " (" + submitted.result().explanation()
                + ")").withChange(auditView(draft), auditView(submitted)));
        supersedeCorrected(submitted);
        return submitted;
    }

    /**
     * Verifies a submitted attestation. The verifier must not be the one who entered it. Older submitted or verified
     * attestations of the same product become SUPERSEDED.
     */
    @PreAuthorize(WRITE)
    @Transactional
    public Attestation verify(long id, int expectedVersion) {
        AttestationRecord rec = lock(id, expectedVersion);
        requireStatus(rec, AttestationStatus.SUBMITTED, "verified: only a submitted attestation can be");
        String me = CurrentUser.actor();
        if (me.equals(rec.getEnteredBy())) {
            throw new BusinessRuleException("You entered this attestation, so someone else must verify it"
                    + " (separation of duties).");
        }
        Attestation before = get(id);
        rec.setStatus(AttestationStatus.VERIFIED.name());
        rec.setVerifiedBy(me);
        rec.setVerifiedAt(now());
        rec.setUpdatedAt(now());
        rec.store();
        Attestation after = get(id);
        audit.record(AuditEntry.of("VERIFY", ENTITY, id, "Verified attestation " + after.label() + " of product "
                + after.productId() + ": " + after.result().classification()).withChange(auditView(before), auditView(after)));
        var older = dsl.selectFrom(ATTESTATION).where(ATTESTATION.PRODUCT_ID.eq(rec.getProductId()),
                ATTESTATION.ID.ne(id), ATTESTATION.VERSION_NO.lt(rec.getVersionNo()),
                ATTESTATION.STATUS.in(AttestationStatus.SUBMITTED.name(), AttestationStatus.VERIFIED.name()))
                .forUpdate().fetch();
        for (AttestationRecord o : older) {
            supersede(o, after);
        }
        events.publishEvent(new AttestationStatusChanged(id, rec.getProductId(), AttestationStatus.VERIFIED));
        return after;
    }

    /** Rejects a submitted attestation with a reason. */
    @PreAuthorize(WRITE)
    @Transactional
    public Attestation reject(long id, int expectedVersion, String reason) {
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty()) {
            throw new BusinessRuleException("reason", "Say why the attestation is rejected");
        }
        if (r.length() > 1000) {
            throw new BusinessRuleException("reason", "At most 1000 characters");
        }
        AttestationRecord rec = lock(id, expectedVersion);
        requireStatus(rec, AttestationStatus.SUBMITTED, "rejected: only a submitted attestation can be");
        Attestation before = get(id);
        rec.setStatus(AttestationStatus.REJECTED.name());
        rec.setRejectedBy(CurrentUser.actor());
        rec.setRejectedAt(now());
        rec.setRejectionReason(r);
        rec.setClosedAt(now());
        rec.setUpdatedAt(now());
        rec.store();
        Attestation after = get(id);
        audit.record(AuditEntry.of("REJECT", ENTITY, id, "Rejected attestation " + after.label() + " of product "
                + after.productId() + ": " + r).withChange(auditView(before), auditView(after)));
        events.publishEvent(new AttestationStatusChanged(id, rec.getProductId(), AttestationStatus.REJECTED));
        return after;
    }

    /**
     * Starts a correction of a submitted, verified, rejected or expired attestation: a new draft version with the same
     * data, which supersedes the original when it is submitted (if the original still waits) or verified.
     */
    @PreAuthorize(WRITE)
    @Transactional
    public Attestation correct(long id) {
        Attestation original = get(id);
        if (original.status() == AttestationStatus.DRAFT) {
            throw new BusinessRuleException("A draft can be edited directly; no correction is needed.");
        }
        if (original.status() == AttestationStatus.SUPERSEDED) {
            throw new BusinessRuleException("This attestation was superseded already: correct the newer version.");
        }
        AttestationRecord rec = newRecord(original.productId(), Attestation.Source.STAFF, CurrentUser.actor(), null);
        rec.setCorrectsId(id);
        AttestationForm form = original.toForm();
        applyForm(rec, new AttestationForm(form.placeCountry(), form.placeState(), form.placeCity(), form.placeFacility(),
                form.deliveryYear(), form.fallbackCondition(), form.components(), form.signerName(), form.signerTitle(),
                form.signerEmail(), false));
        rec.store();
        storeComponents(rec.getId(), original.components());
        Attestation created = get(rec.getId());
        audit.record(AuditEntry.of(AuditActions.CREATE, ENTITY, created.id(), "Started attestation " + created.label()
                + " of product " + created.productId() + " as a correction of " + original.label())
                .withChange(null, auditView(created)));
        return created;
    }

    /** Attaches an evidence document (checked by its bytes), while the attestation is a draft or awaits verification. */
    @PreAuthorize(WRITE)
    @Transactional
    public StoredFile addEvidence(long attestationId, String fileName, byte[] content) {
        AttestationRecord rec = dsl.selectFrom(ATTESTATION).where(ATTESTATION.ID.eq(attestationId)).forUpdate().fetchOne();
        if (rec == null) {
            throw new NotFoundException("The attestation " + attestationId + " does not exist.");
        }
        AttestationStatus status = AttestationStatus.valueOf(rec.getStatus());
        if (status != AttestationStatus.DRAFT && status != AttestationStatus.SUBMITTED) {
            throw new BusinessRuleException("file", "Evidence can be added only before the attestation is verified or"
                    + " rejected; this one is " + status.label().toLowerCase(Locale.ROOT) + ".");
        }
        StoredFile stored = files.store(EVIDENCE_OWNER, attestationId, fileName, content);
        audit.record(AuditEntry.of("EVIDENCE_ADDED", ENTITY, attestationId, "Attached \u201c" + stored.fileName()
                + "\u201d (" + stored.description() + ", SHA-256 " + stored.sha256() + ")"));
        return stored;
    }

    /** Removes an evidence document from a draft. */
    @PreAuthorize(WRITE)
    @Transactional
    public void removeEvidence(long attestationId, long fileId) {
        AttestationRecord rec = dsl.selectFrom(ATTESTATION).where(ATTESTATION.ID.eq(attestationId)).forUpdate().fetchOne();
        if (rec == null) {
            throw new NotFoundException("The attestation " + attestationId + " does not exist.");
        }
        requireStatus(rec, AttestationStatus.DRAFT, "changed: evidence of a submitted attestation stays");
        StoredFile f = files.info(fileId);
        if (!f.ownerType().equals(EVIDENCE_OWNER) || f.ownerId() != attestationId) {
            throw new NotFoundException("This file does not belong to the attestation.");
        }
        files.delete(fileId);
        audit.record(AuditEntry.of("EVIDENCE_REMOVED", ENTITY, attestationId, "Removed \u201c" + f.fileName() + "\u201d"));
    }

    /**
     * Marks every submitted or verified attestation past its last valid day as EXPIRED. Idempotent: a second run on
     * the same day changes nothing. Each expiry is audited.
     *
     * @return how many attestations expired
     */
    @PreAuthorize(WRITE)
    @Transactional
    public int expireOverdue() {
        LocalDate today = today();
        var overdue = dsl.selectFrom(ATTESTATION).where(
                ATTESTATION.STATUS.in(AttestationStatus.SUBMITTED.name(), AttestationStatus.VERIFIED.name()),
                ATTESTATION.VALID_UNTIL.lt(today)).orderBy(ATTESTATION.ID).forUpdate().fetch();
        for (AttestationRecord rec : overdue) {
            String from = rec.getStatus();
            rec.setStatus(AttestationStatus.EXPIRED.name());
            rec.setClosedAt(now());
            rec.setUpdatedAt(now());
            rec.store();
            audit.record(AuditEntry.of("EXPIRE", ENTITY, rec.getId(), "Attestation v" + rec.getVersionNo() + " of product "
                    + rec.getProductId() + " expired: its last valid day was " + rec.getValidUntil())
                    .withChange(Map.of("status", from), Map.of("status", AttestationStatus.EXPIRED.name())));
            events.publishEvent(new AttestationStatusChanged(rec.getId(), rec.getProductId(), AttestationStatus.EXPIRED));
        }
        return overdue.size();
    }

    // =================================================================================================================
    // Invitations
    // =================================================================================================================

    /**
     * Creates a one-time link for a vendor contact to attest one product and e-mails it when an SMTP server is
     * configured. The token is returned here once; only its SHA-256 is stored. When the e-mail is not sent (no server,
     * or the server refused it) the caller shows the link to staff to pass on.
     *
     * <p>Three steps: the invitation and its audit entry are committed first (one transaction); the e-mail is sent
     * after that commit, so a vendor never receives a link whose invitation was rolled back, and no database
     * transaction waits on the mail server; a sent e-mail is then recorded (the invitation's "e-mailed" mark and an
     * audit entry, a second transaction). Called inside a caller's transaction, all of it joins that transaction.
     *
     * @param portalAddress the portal's address as the caller reached it (e.g. {@code https://portal.example.gov}),
     *                      used for the link unless {@code portal.invitations.public-url} is set
     */
    @PreAuthorize(WRITE)
    public InvitationLink invite(long productId, String contactName, String contactEmail, String portalAddress) {
        String name = contactName == null ? "" : contactName.strip();
        if (name.isEmpty()) {
            throw new BusinessRuleException("contactName", "Enter the contact's name");
        }
        if (name.length() > 200) {
            throw new BusinessRuleException("contactName", "At most 200 characters");
        }
        String email = EmailAddress.validate(contactEmail).fold(v -> v, m -> {
            throw new BusinessRuleException("contactEmail", m);
        });
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String path = InvitationLink.ROUTE + "/" + token;
        String base = settings.publicUrl() == null || settings.publicUrl().isBlank() ? portalAddress : settings.publicUrl();
        String url = (base == null ? "" : base.replaceAll("/+$", "")) + "/" + path;

        record Created(Product product, AttestationInvitationRecord rec) {
        }
        Created created = transaction.execute(status -> {
            Product product = products.get(productId);
            LocalDateTime now = now();
            AttestationInvitationRecord rec = dsl.newRecord(ATTESTATION_INVITATION);
            rec.setProductId(productId);
            rec.setContactName(name);
            rec.setContactEmail(email);
            rec.setTokenSha256(StoredFileService.sha256(token.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
            rec.setCreatedBy(CurrentUser.actor());
            rec.setCreatedAt(now);
            rec.setExpiresAt(now.plus(settings.validity()));
            rec.setEmailed(false);
            rec.store();
            audit.record(AuditEntry.of("INVITE", INVITATION_ENTITY, String.valueOf(rec.getId()), "Invited " + name
                    + " <" + email + "> to attest " + product.label() + "; the link is valid until "
                    + rec.getExpiresAt().toLocalDate() + " (UTC)."));
            return new Created(product, rec);
        });
        Product product = created.product();
        AttestationInvitationRecord rec = created.rec();

        MailResult mail;
        try {
            mail = mailService.send(OutgoingMail.of(email, "Origin attestation requested: " + product.name(),
                    "Dear " + name + ",",
                    "The agency asks you to state where " + product.name() + " (part number " + product.partNumber()
                            + ") is manufactured and where its components come from, for the Buy American rules of"
                            + " FAR Part 25. The form computes the domestic content as you fill it in.",
                    "The link works once, until " + rec.getExpiresAt().toLocalDate() + " (UTC). No account is needed.")
                    .withLink("Open the attestation form", url));
        } catch (IllegalArgumentException e) {
            // not an absolute http(s) address: nothing can be mailed, staff pass the link on
            mail = new MailResult(MailResult.Outcome.FAILED, "The e-mail could not be sent: " + e.getMessage());
        }
        if (mail.outcome() != MailResult.Outcome.NOT_CONFIGURED) {
            MailResult result = mail;
            transaction.executeWithoutResult(status -> {
                if (result.sent()) {
                    dsl.update(ATTESTATION_INVITATION).set(ATTESTATION_INVITATION.EMAILED, true)
                            .where(ATTESTATION_INVITATION.ID.eq(rec.getId())).execute();
                    rec.setEmailed(true);
                }
                audit.record(AuditEntry.of(result.sent() ? "INVITE_EMAILED" : "INVITE_EMAIL_FAILED", INVITATION_ENTITY,
                        String.valueOf(rec.getId()), result.detail()));
            });
        }
        return new InvitationLink(toInvitation(rec), token, path, url, mail.sent(), mail.detail());
    }

    /**
     * Opens an invitation link: the one product the contact may attest.
     *
     * @param clientAddress the caller's network address, for rate limiting
     * @throws InvitationRefusedException when the token is unknown, expired, used, or asked too often
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public InvitedProduct openInvitation(String token, String clientAddress) {
        AttestationInvitationRecord rec = usableInvitation(token, clientAddress, true);
        Product product = SystemAuthentication.call(() -> products.get(rec.getProductId()),
                gov.buyamerican.portal.security.Role.REPORTS);
        return new InvitedProduct(product.id(), product.name(), product.partNumber(), product.description(),
                product.offerorName(), product.manufacturerName(), product.kind(), rec.getContactName(),
                rec.getContactEmail(), rec.getExpiresAt().toInstant(ZoneOffset.UTC));
    }

    /** The live calculation for the public form; the token must still be usable. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public CalculationOutcome calculateForInvitation(String token, String clientAddress, AttestationForm form) {
        AttestationInvitationRecord rec = usableInvitation(token, clientAddress, false);
        ProductKind kind = ProductKind.valueOf(dsl.select(PRODUCT.KIND).from(PRODUCT)
                .where(PRODUCT.ID.eq(rec.getProductId())).fetchSingle(PRODUCT.KIND));
        // the threshold table is read as the system: the vendor on the link has no account
        return SystemAuthentication.call(() -> evaluate(kind, form));
    }

    /**
     * Signs and submits the vendor's attestation for the invited product, and uses up the link.
     *
     * @param productId the product the form was shown for: must be the invitation's
     * @return the new attestation's id
     * @throws InvitationRefusedException when the link cannot be used (any more) or is for another product
     * @throws BusinessRuleException      when the form is incomplete
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public long submitFromInvitation(String token, String clientAddress, long productId, AttestationForm form) {
        AttestationInvitationRecord inv = usableInvitation(token, clientAddress, true);
        if (inv.getProductId() != productId) {
            limiter.hit("ip:" + clientAddress, settings.window());
            throw new InvitationRefusedException("This link is for another product.");
        }
        // lock the invitation row: two submissions of one link cannot both pass
        AttestationInvitationRecord locked = dsl.selectFrom(ATTESTATION_INVITATION)
                .where(ATTESTATION_INVITATION.ID.eq(inv.getId())).forUpdate().fetchSingle();
        if (locked.getUsedAt() != null) {
            throw new InvitationRefusedException("This link was used already: each link can be used once. Ask the agency"
                    + " for a new one if the attestation needs a correction.");
        }
        ProductKind kind = ProductKind.valueOf(dsl.select(PRODUCT.KIND).from(PRODUCT)
                .where(PRODUCT.ID.eq(productId)).fetchSingle(PRODUCT.KIND));
        String signerEmail = form.signerEmail() == null ? "" : form.signerEmail().strip();
        String enteredBy = truncate("vendor:" + signerEmail, 64);
        String actor = "invitation-" + inv.getId();
        AttestationRecord rec = newRecord(productId, Attestation.Source.VENDOR, enteredBy, inv.getId());
        applyForm(rec, form);
        SystemAuthentication.run(() -> sign(rec, kind, form));
        rec.store();
        storeComponents(rec.getId(), form.components());
        locked.setUsedAt(now());
        locked.setAttestationId(rec.getId());
        locked.store();
        Attestation submitted = get(rec.getId());
        audit.recordAs(actor, AuditEntry.of("SUBMIT", ENTITY, rec.getId(), "Vendor contact " + submitted.signerName()
                + " <" + submitted.signerEmail() + "> submitted attestation " + submitted.label() + " of product "
                + productId + " through invitation " + inv.getId() + ": " + submitted.result().classification() + " ("
                + submitted.result().explanation() + ")").withChange(null, auditView(submitted)));
        audit.recordAs(actor, AuditEntry.of("INVITATION_USED", INVITATION_ENTITY, inv.getId(),
                "Invitation " + inv.getId() + " used for attestation " + rec.getId()));
        return rec.getId();
    }

    private AttestationInvitationRecord usableInvitation(String token, String clientAddress, boolean countUse) {
        String ipKey = "ip:" + (clientAddress == null ? "?" : clientAddress);
        if (!limiter.allowed(ipKey, settings.maxFailuresPerIp(), settings.window())) {
            throw new InvitationRefusedException("Too many attempts with links that do not work from this address. Try"
                    + " again in " + settings.window().toMinutes() + " minutes.");
        }
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            limiter.hit(ipKey, settings.window());
            throw new InvitationRefusedException("This link is not valid. Check that it was copied completely.");
        }
        String hash = StoredFileService.sha256(token.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        String tokenKey = "token:" + hash;
        if (countUse) {
            if (!limiter.allowed(tokenKey, settings.maxUsesPerToken(), settings.window())) {
                throw new InvitationRefusedException("This link was opened too often in a short time. Try again in "
                        + settings.window().toMinutes() + " minutes.");
            }
            limiter.hit(tokenKey, settings.window());
        }
        AttestationInvitationRecord rec = dsl.fetchOne(ATTESTATION_INVITATION, ATTESTATION_INVITATION.TOKEN_SHA256.eq(hash));
        if (rec == null) {
            limiter.hit(ipKey, settings.window());
            throw new InvitationRefusedException("This link is not valid. Check that it was copied completely.");
        }
        if (rec.getUsedAt() != null) {
            limiter.hit(ipKey, settings.window());
            throw new InvitationRefusedException("This link was used already: each link can be used once. Ask the agency"
                    + " for a new one if the attestation needs a correction.");
        }
        if (!now().isBefore(rec.getExpiresAt())) {
            limiter.hit(ipKey, settings.window());
            throw new InvitationRefusedException("This link expired on " + rec.getExpiresAt().toLocalDate()
                    + ". Ask the agency for a new one.");
        }
        return rec;
    }

    // =================================================================================================================
    // Helpers
    // =================================================================================================================

    /** Checks a complete form, computes the result and writes signature, certification, result and expiry. */
    private void sign(AttestationRecord rec, ProductKind kind, AttestationForm form) {
        applyForm(rec, form);
        if (form.placeCountry() == null || form.placeCountry().isBlank()) {
            throw new BusinessRuleException("placeCountry", "Enter the country where the product is manufactured");
        }
        if (form.deliveryYear() == null) {
            throw new BusinessRuleException("deliveryYear", "Enter the expected year of delivery");
        }
        String signer = requiredText(form.signerName(), "signerName", "Enter the name of the person who signs", 200);
        String title = requiredText(form.signerTitle(), "signerTitle", "Enter the signer's title", 200);
        String email = EmailAddress.validate(form.signerEmail()).fold(v -> v, m -> {
            throw new BusinessRuleException("signerEmail", m);
        });
        if (!form.certificationAgreed()) {
            throw new BusinessRuleException("certificationAgreed", "The signer must agree to the certification");
        }
        DomesticContentResult result = switch (evaluate(kind, form)) {
            case CalculationOutcome.Calculated(var r) -> r;
            case CalculationOutcome.Refused(var errors) -> throw new BusinessRuleException(
                    errors.getFirst().componentIndex() == null ? errors.getFirst().field() : "components",
                    errors.getFirst().message() + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""));
        };
        DomesticContentParameters p = ruleValues.domesticContentParameters(form.deliveryYear());
        LocalDateTime now = now();
        LocalDate today = now.toLocalDate();
        int validity = ruleValues.valueOn(RuleKey.ATTESTATION_VALIDITY_DAYS, today).intValue();
        rec.setSignerName(signer);
        rec.setSignerTitle(title);
        rec.setSignerEmail(email);
        rec.setCertificationVersion(Certification.VERSION);
        rec.setCertificationText(Certification.TEXT);
        rec.setSignedAt(now);
        rec.setSubmittedAt(now);
        rec.setStatus(AttestationStatus.SUBMITTED.name());
        rec.setValidUntil(today.plusDays(validity));
        rec.setResultClassification(result.classification().name());
        rec.setResultRule(result.appliedRule().name());
        rec.setResultThresholdPercent(result.thresholdUsed().map(AppliedThreshold::percent).orElse(null));
        rec.setResultThresholdComparison(result.thresholdUsed().map(t -> t.comparison().symbol()).orElse(null));
        rec.setResultTotalCost(result.totalComponentCost());
        rec.setResultDomesticCost(result.domesticComponentCost());
        rec.setResultDomesticShare(result.domesticSharePercent().orElse(null));
        rec.setResultForeignIronSteelShare(result.foreignIronAndSteelSharePercent().orElse(null));
        rec.setResultExplanation(truncate(result.explanation(), 2000));
        rec.setResultParameters("delivery year " + form.deliveryYear() + ": domestic content > "
                + p.domesticContentThresholdPercent().stripTrailingZeros().toPlainString() + "%, fallback "
                + p.fallbackThresholdPercent().map(f -> "> " + f.stripTrailingZeros().toPlainString() + "%").orElse("none")
                + ", iron/steel predominance > " + p.ironSteelPredominancePercent().stripTrailingZeros().toPlainString()
                + "%, foreign iron/steel < " + p.foreignIronSteelMaxPercent().stripTrailingZeros().toPlainString() + "%");
        rec.setUpdatedAt(now);
    }

    private void supersedeCorrected(Attestation submitted) {
        if (submitted.correctsId() == null) {
            return;
        }
        AttestationRecord original = dsl.selectFrom(ATTESTATION).where(ATTESTATION.ID.eq(submitted.correctsId()))
                .forUpdate().fetchOne();
        if (original != null && AttestationStatus.SUBMITTED.name().equals(original.getStatus())) {
            supersede(original, submitted);
        }
    }

    private void supersede(AttestationRecord old, Attestation by) {
        String from = old.getStatus();
        old.setStatus(AttestationStatus.SUPERSEDED.name());
        old.setSupersededById(by.id());
        old.setClosedAt(now());
        old.setUpdatedAt(now());
        old.store();
        audit.record(AuditEntry.of("SUPERSEDE", ENTITY, old.getId(), "Attestation v" + old.getVersionNo()
                + " of product " + old.getProductId() + " superseded by " + by.label())
                .withChange(Map.of("status", from), Map.of("status", AttestationStatus.SUPERSEDED.name(),
                        "supersededById", by.id())));
        events.publishEvent(new AttestationStatusChanged(old.getId(), old.getProductId(), AttestationStatus.SUPERSEDED));
    }

    private AttestationRecord newRecord(long productId, Attestation.Source source, String enteredBy, Long invitationId) {
        // lock the product's attestations so that two new versions cannot get the same number
        Integer max = dsl.select(DSL.max(ATTESTATION.VERSION_NO)).from(ATTESTATION)
                .where(ATTESTATION.PRODUCT_ID.eq(productId)).forUpdate().fetchOne(0, Integer.class);
        dsl.selectFrom(PRODUCT).where(PRODUCT.ID.eq(productId)).forUpdate().fetchOne();
        LocalDateTime now = now();
        AttestationRecord rec = dsl.newRecord(ATTESTATION);
        rec.setProductId(productId);
        rec.setVersionNo(max == null ? 1 : max + 1);
        rec.setStatus(AttestationStatus.DRAFT.name());
        rec.setSource(source.name());
        rec.setInvitationId(invitationId);
        rec.setEnteredBy(enteredBy);
        rec.setFallbackCondition(false);
        rec.setCreatedAt(now);
        rec.setUpdatedAt(now);
        return rec;
    }

    private static void applyForm(AttestationRecord rec, AttestationForm f) {
        rec.setPlaceCountry(code(f.placeCountry(), "placeCountry"));
        rec.setPlaceState(text(f.placeState(), "placeState", 100));
        rec.setPlaceCity(text(f.placeCity(), "placeCity", 100));
        rec.setPlaceFacility(text(f.placeFacility(), "placeFacility", 200));
        if (f.deliveryYear() != null && (f.deliveryYear() < 1000 || f.deliveryYear() > 9999)) {
            throw new BusinessRuleException("deliveryYear", "Enter a four-digit year");
        }
        rec.setDeliveryYear(f.deliveryYear());
        rec.setFallbackCondition(f.fallbackCondition());
        rec.setSignerName(text(f.signerName(), "signerName", 200));
        rec.setSignerTitle(text(f.signerTitle(), "signerTitle", 200));
        rec.setSignerEmail(text(f.signerEmail(), "signerEmail", 254));
        if (f.components().size() > 500) {
            throw new BusinessRuleException("components", "At most 500 component lines");
        }
    }

    private static String code(String value, String field) {
        String v = text(value, field, 2);
        if (v != null && !v.matches("[A-Za-z]{2}")) {
            throw new BusinessRuleException(field, "Enter a two-letter country code such as US");
        }
        return v == null ? null : v.toUpperCase(Locale.ROOT);
    }

    private static String text(String value, String field, int max) {
        String v = value == null ? "" : value.strip();
        if (v.length() > max) {
            throw new BusinessRuleException(field, "At most " + max + " characters");
        }
        return v.isEmpty() ? null : v;
    }

    private static String requiredText(String value, String field, String message, int max) {
        String v = text(value, field, max);
        if (v == null) {
            throw new BusinessRuleException(field, message);
        }
        return v;
    }

    private void storeComponents(long attestationId, List<Component> components) {
        int line = 1;
        for (Component c : components) {
            if (c == null) {
                continue;
            }
            AttestationComponentRecord r = dsl.newRecord(ATTESTATION_COMPONENT);
            r.setAttestationId(attestationId);
            r.setLineNo(line++);
            r.setName(truncate(c.name(), 200));
            r.setSupplier(truncate(c.supplier(), 200));
            if (c.cost() != null && (c.cost().scale() > 4 || c.cost().precision() - c.cost().scale() > 15)) {
                throw new BusinessRuleException("components", "Line " + (line - 1) + ": enter the cost in dollars and"
                        + " cents (at most 4 decimals, below a quadrillion)");
            }
            r.setCost(c.cost());
            r.setCostBasis(c.costBasis() == null ? null : c.costBasis().name());
            r.setOrigin(c.origin() == null ? null : c.origin().name());
            if (c.countryOfOrigin() != null && !c.countryOfOrigin().matches("[A-Z]{2}")) {
                throw new BusinessRuleException("components", "Line " + (line - 1)
                        + ": the country of origin must be a two-letter code");
            }
            r.setCountryOfOrigin(c.countryOfOrigin());
            BigDecimal share = c.ironOrSteelSharePercent();
            if (share.scale() > 4 || share.abs().compareTo(BigDecimal.valueOf(100000)) >= 0) {
                throw new BusinessRuleException("components", "Line " + (line - 1)
                        + ": the iron or steel share must be a percentage between 0 and 100");
            }
            r.setIronSteelShare(share);
            r.setCotsFastener(c.cotsFastener());
            r.setNonavailableClass(c.nonavailableClass());
            r.setUsScrap(c.usScrap());
            r.store();
        }
    }

    private List<Component> components(long attestationId) {
        return dsl.selectFrom(ATTESTATION_COMPONENT).where(ATTESTATION_COMPONENT.ATTESTATION_ID.eq(attestationId))
                .orderBy(ATTESTATION_COMPONENT.LINE_NO).fetch(r -> new Component(r.getName(), r.getSupplier(), money(r.getCost()),
                        r.getCostBasis() == null ? null : CostBasis.valueOf(r.getCostBasis()),
                        r.getOrigin() == null ? null : ComponentOrigin.valueOf(r.getOrigin()), r.getCountryOfOrigin(),
                        r.getIronSteelShare().stripTrailingZeros(), r.getCotsFastener(), r.getNonavailableClass(),
                        r.getUsScrap()));
    }

    /** 640.0000 becomes 640.00, 12.3450 becomes 12.345: as entered, with at least cents. */
    private static BigDecimal money(BigDecimal stored) {
        if (stored == null) {
            return null;
        }
        BigDecimal v = stored.stripTrailingZeros();
        return v.scale() < 2 ? v.setScale(2) : v;
    }

    private AttestationRecord lock(long id, int expectedVersion) {
        AttestationRecord rec = dsl.selectFrom(ATTESTATION).where(ATTESTATION.ID.eq(id)).forUpdate().fetchOne();
        if (rec == null) {
            throw new NotFoundException("The attestation " + id + " does not exist.");
        }
        if (rec.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("This attestation");
        }
        return rec;
    }

    private static void requireStatus(AttestationRecord rec, AttestationStatus expected, String what) {
        if (!expected.name().equals(rec.getStatus())) {
            throw new BusinessRuleException("This attestation is " + AttestationStatus.valueOf(rec.getStatus()).label()
                    .toLowerCase(Locale.ROOT) + " and cannot be " + what + ".");
        }
    }

    private org.jooq.SelectOnConditionStep<Record> summaries() {
        return dsl.select(ATTESTATION.fields()).select(PRODUCT.NAME, PRODUCT.PART_NUMBER, VENDOR.LEGAL_NAME)
                .from(ATTESTATION).join(PRODUCT).on(PRODUCT.ID.eq(ATTESTATION.PRODUCT_ID))
                .join(VENDOR).on(VENDOR.ID.eq(PRODUCT.OFFEROR_VENDOR_ID));
    }

    private List<Condition> conditions(AttestationFilter filter) {
        List<Condition> c = new ArrayList<>();
        if (filter == null) {
            return c;
        }
        String text = filter.text() == null ? "" : filter.text().strip();
        if (!text.isEmpty()) {
            String escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            c.add(PRODUCT.NAME.like("%" + escaped + "%", '\\').or(PRODUCT.PART_NUMBER.like(escaped + "%", '\\'))
                    .or(ATTESTATION.SIGNER_NAME.like(escaped + "%", '\\')));
        }
        if (filter.status() != null) {
            c.add(ATTESTATION.STATUS.eq(filter.status().name()));
        }
        return c;
    }

    private org.jooq.Select<?> validAttestationOf(Field<Long> productId) {
        return DSL.selectOne().from(ATTESTATION).where(
                ATTESTATION.PRODUCT_ID.eq(productId), ATTESTATION.STATUS.eq(AttestationStatus.VERIFIED.name()),
                ATTESTATION.VALID_UNTIL.ge(today()));
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static Instant instant(LocalDateTime t) {
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

    private static Attestation toAttestation(AttestationRecord r, List<Component> components) {
        StoredResult result = r.getResultClassification() == null ? null : new StoredResult(
                Classification.valueOf(r.getResultClassification()), AppliedRule.valueOf(r.getResultRule()),
                r.getResultThresholdPercent(), r.getResultThresholdComparison(), r.getResultTotalCost(),
                r.getResultDomesticCost(), r.getResultDomesticShare(), r.getResultForeignIronSteelShare(),
                r.getResultExplanation(), r.getResultParameters());
        return new Attestation(r.getId(), r.getProductId(), r.getVersionNo(), r.getCorrectsId(), r.getSupersededById(),
                AttestationStatus.valueOf(r.getStatus()), Attestation.Source.valueOf(r.getSource()), r.getInvitationId(),
                r.getPlaceCountry(), r.getPlaceState(), r.getPlaceCity(), r.getPlaceFacility(), r.getDeliveryYear(),
                r.getFallbackCondition(), components, r.getSignerName(), r.getSignerTitle(), r.getSignerEmail(),
                r.getCertificationVersion(), r.getCertificationText(), instant(r.getSignedAt()), r.getEnteredBy(),
                instant(r.getSubmittedAt()), r.getVerifiedBy(), instant(r.getVerifiedAt()), r.getRejectedBy(),
                instant(r.getRejectedAt()), r.getRejectionReason(), r.getValidUntil(), result,
                instant(r.getCreatedAt()), instant(r.getUpdatedAt()), r.getVersion());
    }

    private static AttestationSummary toSummary(Record r) {
        String c = r.get(ATTESTATION.RESULT_CLASSIFICATION);
        return new AttestationSummary(r.get(ATTESTATION.ID), r.get(ATTESTATION.PRODUCT_ID), r.get(PRODUCT.NAME),
                r.get(PRODUCT.PART_NUMBER), r.get(VENDOR.LEGAL_NAME), r.get(ATTESTATION.VERSION_NO),
                AttestationStatus.valueOf(r.get(ATTESTATION.STATUS)), Attestation.Source.valueOf(r.get(ATTESTATION.SOURCE)),
                c == null ? null : Classification.valueOf(c), r.get(ATTESTATION.RESULT_DOMESTIC_SHARE),
                r.get(ATTESTATION.SIGNER_NAME), instant(r.get(ATTESTATION.SIGNED_AT)), r.get(ATTESTATION.VALID_UNTIL),
                r.get(ATTESTATION.ENTERED_BY), instant(r.get(ATTESTATION.UPDATED_AT)));
    }

    private static Invitation toInvitation(AttestationInvitationRecord r) {
        return new Invitation(r.getId(), r.getProductId(), r.getContactName(), r.getContactEmail(), r.getCreatedBy(),
                instant(r.getCreatedAt()), instant(r.getExpiresAt()), instant(r.getUsedAt()), r.getAttestationId(),
                r.getEmailed());
    }

    private static Map<String, Object> auditView(Attestation a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", a.status().name());
        m.put("versionNo", a.versionNo());
        m.put("placeOfManufacture", String.join(", ", java.util.stream.Stream.of(a.placeFacility(), a.placeCity(),
                a.placeState(), a.placeCountry()).filter(java.util.Objects::nonNull).toList()));
        m.put("deliveryYear", a.deliveryYear());
        m.put("fallbackCondition", a.fallbackCondition());
        m.put("components", a.components().size());
        m.put("signer", a.signerName());
        if (a.result() != null) {
            m.put("classification", a.result().classification().name());
            m.put("rule", a.result().rule().name());
            m.put("domesticShare", a.result().domesticSharePercent());
            m.put("explanation", a.result().explanation());
        }
        m.put("validUntil", a.validUntil());
        return m;
    }
}
