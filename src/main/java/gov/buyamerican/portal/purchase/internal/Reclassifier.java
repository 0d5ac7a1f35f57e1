package gov.buyamerican.portal.purchase.internal;

import static gov.buyamerican.portal.db.Tables.PURCHASE;

import gov.buyamerican.portal.audit.AuditEntry;
import gov.buyamerican.portal.audit.AuditService;
import gov.buyamerican.portal.db.tables.records.PurchaseRecord;
import gov.buyamerican.portal.purchase.ReclassificationStatus;
import gov.buyamerican.portal.security.CurrentUser;
import gov.buyamerican.portal.security.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Classifies stored purchases again: those of a product, of a waiver or a PIID, or all. Works in batches of
 * {@value #BATCH} rows in id order, one transaction per batch, so that it never holds long locks and other writes go on
 * between batches. Each batch loads the rows, classifies them against one {@link ClassificationInputs.Snapshot} (loaded
 * once per run), updates the rows whose stored classification changed (without touching their {@code version}: the
 * classification is computed, not edited, so a form open on the purchase stays valid), rebuilds the rollups of the
 * months whose classes changed, and writes one audit entry with the counts per class change (none when nothing
 * changed). Runs as the system user with the STAFF role (to read attestations and waivers) when no user is set.
 */
@Component
public class Reclassifier {

    public static final int BATCH = 1_000;
    public static final String ENTITY = "Purchase";
    public static final String ACTION = "RECLASSIFY";
    private static final Logger log = LoggerFactory.getLogger(Reclassifier.class);

    private final DSLContext dsl;
    private final ClassificationInputs inputs;
    private final PurchaseRollups rollups;
    private final AuditService audit;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final AtomicReference<ReclassificationStatus> allStatus =
            new AtomicReference<>(ReclassificationStatus.NEVER);

    Reclassifier(DSLContext dsl, ClassificationInputs inputs, PurchaseRollups rollups, AuditService audit, Clock clock,
                 PlatformTransactionManager transactions) {
        this.dsl = dsl;
        this.inputs = inputs;
        this.rollups = rollups;
        this.audit = audit;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    /** Purchases of a product (after its attestations changed). */
    public int reclassifyProduct(long productId, String trigger) {
        return run(PURCHASE.PRODUCT_ID.eq(productId), trigger, null);
    }

    /** Purchases linked to a waiver or naming one of its PIIDs (after its status or PIIDs changed). */
    public int reclassifyWaiver(long waiverId, List<String> piids, String trigger) {
        Condition c = PURCHASE.WAIVER_ID.eq(waiverId);
        List<String> keys = piids.stream().map(ClassificationInputs::piidKey).filter(Objects::nonNull).toList();
        if (!keys.isEmpty()) {
            c = c.or(PURCHASE.PIID.in(keys));
        }
        return run(c, trigger, null);
    }

    /** The administrator's or the nightly run over every purchase; progress in {@link #allStatus()}. */
    public int reclassifyAll(String trigger) {
        if (!reserveAll()) {
            return 0;
        }
        return runReserved(trigger);
    }

    /** Marks the "all" run as started (so that progress shows at once); false when one is running already. */
    public boolean reserveAll() {
        ReclassificationStatus current = allStatus.get();
        if (current.running()) {
            return false;
        }
        return allStatus.compareAndSet(current, new ReclassificationStatus(true, 0, dsl.fetchCount(PURCHASE), 0,
                clock.instant(), null, null));
    }

    /** Runs the "all" reclassification reserved by {@link #reserveAll()}. */
    public int runReserved(String trigger) {
        ReclassificationStatus reserved = allStatus.get();
        long total = reserved.total();
        java.time.Instant started = reserved.startedAt();
        long[] changed = {0};
        try {
            int n = run(PURCHASE.ID.isNotNull(), trigger, done -> allStatus.set(
                    new ReclassificationStatus(true, done, total, changed[0], started, null, null)), changed);
            allStatus.set(new ReclassificationStatus(false, allStatus.get().done(), total, n, started, clock.instant(),
                    null));
            return n;
        } catch (RuntimeException e) {
            allStatus.set(new ReclassificationStatus(false, allStatus.get().done(), total, changed[0], started,
                    clock.instant(), e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            throw e;
        }
    }

    /** Ends a reserved run that could not start. */
    public void runReservedFailed(String why) {
        ReclassificationStatus r = allStatus.get();
        allStatus.set(new ReclassificationStatus(false, 0, r.total(), 0, r.startedAt(), clock.instant(), why));
    }

    public ReclassificationStatus allStatus() {
        return allStatus.get();
    }

    private int run(Condition where, String trigger, LongConsumer progress) {
        return run(where, trigger, progress, new long[1]);
    }

    private int run(Condition where, String trigger, LongConsumer progress, long[] changedOut) {
        return asSystemIfNeeded(() -> {
            ClassificationInputs.Snapshot snapshot = inputs.snapshot();
            long lastId = 0;
            long done = 0;
            int changed = 0;
            while (true) {
                long from = lastId;
                BatchResult b = tx.execute(s -> batch(where, from, snapshot, trigger));
                if (b == null || b.rows() == 0) {
                    break;
                }
                lastId = b.lastId();
                done += b.rows();
                changed += b.changed();
                changedOut[0] = changed;
                if (progress != null) {
                    progress.accept(done);
                }
                if (b.rows() < BATCH) {
                    break;
                }
            }
            if (changed > 0) {
                log.info("Reclassified purchases ({}): {} looked at, {} changed", trigger, done, changed);
            }
            return changed;
        });
    }

    private record BatchResult(int rows, long lastId, int changed) {
    }

    private BatchResult batch(Condition where, long afterId, ClassificationInputs.Snapshot snapshot, String trigger) {
        List<PurchaseRecord> rows = dsl.selectFrom(PURCHASE).where(where).and(PURCHASE.ID.gt(afterId))
                .orderBy(PURCHASE.ID).limit(BATCH).forUpdate().fetch();
        if (rows.isEmpty()) {
            return new BatchResult(0, afterId, 0);
        }
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        Map<String, Integer> transitions = new TreeMap<>();
        Set<LocalDate> months = new HashSet<>();
        int changed = 0;
        for (PurchaseRecord r : rows) {
            Classified c;
            try {
                c = snapshot.classify(PurchaseStore.input(r));
            } catch (gov.buyamerican.portal.reference.MissingRuleValueException e) {
                continue; // no threshold for that date: keep the stored class
            }
            String before = r.getClassification();
            String after = c.classification().purchaseClass().name();
            boolean same = before.equals(after)
                    && r.getClassificationReason().equals(c.classification().reason().name())
                    && r.getClassificationNote().equals(c.note())
                    && Objects.equals(r.getClassifiedAttestationId(), c.attestationId())
                    && Objects.equals(r.getWaiverId(), c.waiverId())
                    && Boolean.TRUE.equals(r.getWaiverMatched()) == c.waiverMatched()
                    && r.getMicroPurchaseThreshold().compareTo(c.microPurchaseThreshold()) == 0;
            if (same) {
                continue;
            }
            changed++;
            dsl.update(PURCHASE)
                    .set(PURCHASE.CLASSIFICATION, after)
                    .set(PURCHASE.CLASSIFICATION_REASON, c.classification().reason().name())
                    .set(PURCHASE.CLASSIFICATION_NOTE, c.note())
                    .set(PURCHASE.CLASSIFIED_ATTESTATION_ID, c.attestationId())
                    .set(PURCHASE.MICRO_PURCHASE_THRESHOLD, c.microPurchaseThreshold())
                    .set(PURCHASE.WAIVER_ID, c.waiverId())
                    .set(PURCHASE.WAIVER_MATCHED, c.waiverMatched())
                    .set(PURCHASE.CLASSIFIED_AT, now)
                    .where(PURCHASE.ID.eq(r.getId())).execute();
            if (!before.equals(after)) {
                transitions.merge(before + " \u2192 " + after, 1, Integer::sum);
                months.add(r.getPurchaseDate());
            }
        }
        if (!months.isEmpty()) {
            rollups.rebuildMonths(months);
        }
        if (changed > 0) {
            audit.record(AuditEntry.of(ACTION, ENTITY, null, "Reclassified " + changed + " of " + rows.size()
                    + " purchases (ids " + rows.getFirst().getId() + ".." + rows.getLast().getId() + ", " + trigger
                    + ")" + (transitions.isEmpty() ? "; no class changed" : ": " + transitions))
                    .withChange(null, Map.of("trigger", trigger, "changed", changed, "classChanges", transitions)));
        }
        return new BatchResult(rows.size(), rows.getLast().getId(), changed);
    }

    private static <T> T asSystemIfNeeded(java.util.function.Supplier<T> action) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && !auth.getAuthorities().isEmpty()) {
            return action.get();
        }
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(CurrentUser.SYSTEM, null,
                List.of(new SimpleGrantedAuthority(Role.STAFF.authority()))));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
