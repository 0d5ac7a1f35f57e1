package gov.buyamerican.portal.waiver;

import static gov.buyamerican.portal.db.Tables.WAIVER_ATTACHMENT;
import static gov.buyamerican.portal.db.Tables.WAIVER_COMMENT;
import static gov.buyamerican.portal.db.Tables.WAIVER_EVENT;
import static gov.buyamerican.portal.db.Tables.WAIVER_PIID;
import static gov.buyamerican.portal.db.Tables.WAIVER_REQUEST;

import gov.buyamerican.portal.audit.AuditEntry;
import gov.buyamerican.portal.audit.AuditService;
import gov.buyamerican.portal.db.tables.records.WaiverAttachmentRecord;
import gov.buyamerican.portal.db.tables.records.WaiverEventRecord;
import gov.buyamerican.portal.db.tables.records.WaiverRequestRecord;
import gov.buyamerican.portal.security.CurrentUser;
import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.security.UserAccount;
import gov.buyamerican.portal.security.UserService;
import gov.buyamerican.portal.shared.BusinessRuleException;
import gov.buyamerican.portal.shared.ConcurrentEditException;
import gov.buyamerican.portal.shared.NotFoundException;
import gov.buyamerican.portal.shared.PageQuery;
import gov.buyamerican.portal.shared.identifiers.Countries;
import gov.buyamerican.portal.waiver.internal.AttachmentCheck;
import gov.buyamerican.portal.waiver.internal.Authorities;
import gov.buyamerican.portal.waiver.internal.DraftChecks;
import gov.buyamerican.portal.waiver.internal.WaiverExpiry;
import gov.buyamerican.portal.waiver.internal.WaiverNotifier;
import gov.buyamerican.portal.waiver.internal.WaiverNumbers;
import gov.buyamerican.portal.waiver.internal.WaiverRuleValues;
import gov.buyamerican.portal.waiver.internal.WaiverSettings;
import gov.buyamerican.portal.waiver.internal.WaiverStore;
import gov.buyamerican.portal.rules.waiver.ApprovalValueLimits;
import gov.buyamerican.portal.rules.waiver.AuthorityLevel;
import gov.buyamerican.portal.rules.waiver.BusinessDays;
import gov.buyamerican.portal.rules.waiver.CountryOfOrigin;
import gov.buyamerican.portal.rules.waiver.Decision;
import gov.buyamerican.portal.rules.waiver.DecisionAuthority;
import gov.buyamerican.portal.rules.waiver.EvaluationFactors;
import gov.buyamerican.portal.rules.waiver.IllegalWaiverTransitionException;
import gov.buyamerican.portal.rules.waiver.MiaoRequestStatus;
import gov.buyamerican.portal.rules.waiver.OmbDetermination;
import gov.buyamerican.portal.rules.waiver.UnreasonableCostEvaluation;
import gov.buyamerican.portal.rules.waiver.WaiverAction;
import gov.buyamerican.portal.rules.waiver.WaiverActor;
import gov.buyamerican.portal.rules.waiver.WaiverStateMachine;
import gov.buyamerican.portal.rules.waiver.WaiverStatus;
import gov.buyamerican.portal.rules.waiver.WaiverType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Waiver requests and their review workflow (FAR 25.103; EO 14005 / OMB M-21-26 for the Made in America Office).
 * Each public method is one transaction and one role check; the rules that depend on the request (who requested it,
 * the approver's authority and dollar limit, the order of steps) are checked here too, so that hiding a button is never
 * the only protection.
 *
 * <ul>
 *   <li>Requesters (STAFF, ADMIN) draft, edit their drafts, submit, resubmit and withdraw their own requests.</li>
 *   <li>Approvers (APPROVER) start the review, return, approve or reject within their authority
 *       ({@link DecisionAuthority}): never their own request, whatever roles they hold.</li>
 *   <li>Everyone with a role reads; other people's drafts stay private to their requester (administrators and
 *       auditors see them too).</li>
 * </ul>
 *
 * <p>Every change is compare-and-set on the request's {@code version} and its expected status, so that of two approvers
 * deciding at the same moment exactly one decision is recorded; the other gets a message saying what happened.
 */
@Service
public class WaiverService {

    public static final String ENTITY = "WaiverRequest";
    static final String READERS = "hasAnyRole('STAFF', 'APPROVER', 'REPORTS', 'AUDITOR', 'ADMIN')";
    static final String REQUESTERS = "hasAnyRole('STAFF', 'ADMIN')";
    static final String APPROVERS = "hasRole('APPROVER')";
    static final String CONTRIBUTORS = "hasAnyRole('STAFF', 'APPROVER', 'ADMIN')";

    private static final int MAX_ATTACHMENTS = 20;
    private static final int COMMENT_MAX = 5_000;

    private final DSLContext dsl;
    private final WaiverStore store;
    private final WaiverNumbers numbers;
    private final WaiverRuleValues ruleValues;
    private final WaiverSettings settings;
    private final WaiverNotifier notifier;
    private final UserService users;
    private final AuditService audit;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    WaiverService(DSLContext dsl, WaiverStore store, WaiverNumbers numbers, WaiverRuleValues ruleValues,
                  WaiverSettings settings, WaiverNotifier notifier, UserService users, AuditService audit, Clock clock,
                  org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.dsl = dsl;
        this.store = store;
        this.numbers = numbers;
        this.ruleValues = ruleValues;
        this.settings = settings;
        this.notifier = notifier;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** The acting user, with the authority level recorded on their account (not what the session remembers). */
    private record Actor(String username, String name, Set<Role> roles, AuthorityLevel level) {
        boolean seesAllDrafts() {
            return roles.contains(Role.ADMIN) || roles.contains(Role.AUDITOR);
        }
    }

    private Actor me() {
        String username = CurrentUser.username().orElseThrow(() -> new BusinessRuleException("Log in first."));
        UserAccount account = users.me().orElseThrow(() -> new BusinessRuleException(
                "Your user account '" + username + "' was not found; ask an administrator."));
        return new Actor(username, account.displayName(), CurrentUser.roles(), Authorities.toRules(account.authorityLevel()));
    }

    // ============================================================================================ reading

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<WaiverSummary> list(WaiverFilter filter, PageQuery page) {
        Actor me = me();
        return store.page(listCondition(filter, me), page, WAIVER_REQUEST.UPDATED_AT.desc());
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public int count(WaiverFilter filter, int cap) {
        return store.count(listCondition(filter, me()), cap);
    }

    private static Condition listCondition(WaiverFilter filter, Actor me) {
        return WaiverStore.visibleTo(me.username(), me.seesAllDrafts()).and(WaiverStore.filter(filter, me.username()));
    }

    /** One waiver with everything about it. Another user's draft is "not found" unless the caller oversees all. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public WaiverDetails get(long id) {
        return store.details(loadVisible(id, me()));
    }

    private WaiverRequestRecord loadVisible(long id, Actor me) {
        WaiverRequestRecord r = store.load(id);
        if (!me.seesAllDrafts() && WaiverStatus.DRAFT.name().equals(r.getStatus())
                && !me.username().equals(r.getRequester())) {
            throw new NotFoundException("Waiver " + id + " does not exist.");
        }
        return r;
    }

    /**
     * The approver inbox: submitted requests the caller may decide (type within their authority, value within their
     * limit, not their own) and requests they are reviewing; oldest submission first.
     */
    /**
     * The approval state and PIIDs of these waivers (unknown ids are left out), for purchase classification. Another
     * user's draft stays private as everywhere else (unless the caller oversees all drafts): it is reported as a draft
     * that is not approved, without its number or PIIDs.
     */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<WaiverValidity> validities(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return validities(WAIVER_REQUEST.ID.in(ids));
    }

    /**
     * Every approved waiver (APPROVED, or EXPIRED after approval) that names at least one PIID, with its PIIDs: a
     * snapshot for matching purchases to waivers on their PIID. Waivers are few compared with purchases.
     */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<WaiverValidity> approvedWithPiids() {
        return validities(WAIVER_REQUEST.STATUS.in(WaiverStatus.APPROVED.name(), WaiverStatus.EXPIRED.name())
                .and(DSL.exists(DSL.selectOne().from(WAIVER_PIID).where(WAIVER_PIID.WAIVER_ID.eq(WAIVER_REQUEST.ID)))))
                .stream().filter(v -> !v.piids().isEmpty()).toList();
    }

    private List<WaiverValidity> validities(Condition where) {
        var rows = dsl.select(WAIVER_REQUEST.ID, WAIVER_REQUEST.WAIVER_NUMBER, WAIVER_REQUEST.MIAO_ID,
                        WAIVER_REQUEST.STATUS, WAIVER_REQUEST.EXPIRES_ON, WAIVER_REQUEST.ORIGIN, WAIVER_REQUEST.REQUESTER)
                .from(WAIVER_REQUEST).where(where).orderBy(WAIVER_REQUEST.ID).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> piids = new LinkedHashMap<>();
        dsl.select(WAIVER_PIID.WAIVER_ID, WAIVER_PIID.PIID).from(WAIVER_PIID)
                .where(WAIVER_PIID.WAIVER_ID.in(rows.getValues(WAIVER_REQUEST.ID)))
                .orderBy(WAIVER_PIID.WAIVER_ID, WAIVER_PIID.POSITION)
                .forEach(r -> piids.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        List<WaiverValidity> out = new ArrayList<>(rows.size());
        boolean seesAllDrafts = CurrentUser.hasAnyRole(Role.ADMIN, Role.AUDITOR);
        String caller = CurrentUser.actor();
        for (var r : rows) {
            if (!seesAllDrafts && WaiverStatus.DRAFT.name().equals(r.get(WAIVER_REQUEST.STATUS))
                    && !WaiverOrigin.MIAO_IMPORT.name().equals(r.get(WAIVER_REQUEST.ORIGIN))
                    && !caller.equals(r.get(WAIVER_REQUEST.REQUESTER))) {
                out.add(new WaiverValidity(r.get(WAIVER_REQUEST.ID), "draft " + r.get(WAIVER_REQUEST.ID), false, null,
                        List.of()));
                continue;
            }
            String number = r.get(WAIVER_REQUEST.WAIVER_NUMBER);
            String status = r.get(WAIVER_REQUEST.STATUS);
            boolean approved = WaiverStatus.APPROVED.name().equals(status) || WaiverStatus.EXPIRED.name().equals(status);
            out.add(new WaiverValidity(r.get(WAIVER_REQUEST.ID),
                    number != null ? number : "MIAO " + r.get(WAIVER_REQUEST.MIAO_ID), approved,
                    r.get(WAIVER_REQUEST.EXPIRES_ON), piids.getOrDefault(r.get(WAIVER_REQUEST.ID), List.of())));
        }
        return out;
    }

    @PreAuthorize(APPROVERS)
    @Transactional(readOnly = true)
    public List<InboxItem> inbox(PageQuery page) {
        Actor me = me();
        Instant now = clock.instant();
        return store.page(inboxCondition(me), new PageQuery(page.offset(), page.limit(), List.of()),
                        WAIVER_REQUEST.SUBMITTED_AT.asc())
                .stream()
                .map(s -> new InboxItem(s, s.submittedAt() == null ? 0 : ChronoUnit.DAYS.between(s.submittedAt(), now),
                        s.status() == WaiverStatus.IN_REVIEW))
                .toList();
    }

    @PreAuthorize(APPROVERS)
    @Transactional(readOnly = true)
    public int inboxCount() {
        return store.count(inboxCondition(me()), 10_000);
    }

    private Condition inboxCondition(Actor me) {
        if (me.level() == null) {
            return DSL.falseCondition();
        }
        List<String> types = new ArrayList<>();
        for (WaiverType t : WaiverType.values()) {
            if (me.level().atLeast(t.requiredAuthority())) {
                types.add(t.name());
            }
        }
        Condition waiting = WAIVER_REQUEST.ORIGIN.eq(WaiverOrigin.PORTAL.name())
                .and(WAIVER_REQUEST.STATUS.eq(WaiverStatus.SUBMITTED.name()))
                .and(WAIVER_REQUEST.REQUESTER.ne(me.username()))
                .and(WAIVER_REQUEST.WAIVER_TYPE.in(types));
        var limit = settings.approvalValueLimits().limitFor(me.level());
        if (limit.isPresent()) {
            waiting = waiting.and(WAIVER_REQUEST.ESTIMATED_VALUE.le(limit.get()));
        }
        Condition mine = WAIVER_REQUEST.STATUS.eq(WaiverStatus.IN_REVIEW.name()).and(WAIVER_REQUEST.REVIEWER.eq(me.username()));
        return waiting.or(mine);
    }

    /**
     * Whether the caller may take approver actions (start review, return, approve, reject) on this request, and why:
     * separation of duties, authority level, dollar limit ({@link DecisionAuthority}).
     */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public Decision decisionCheck(long id) {
        Actor me = me();
        WaiverRequestRecord r = loadVisible(id, me);
        if (!me.roles().contains(Role.APPROVER)) {
            return new Decision.Refused("Only waiver approvers decide waiver requests.");
        }
        return authority(r, me);
    }

    /** The FAR 25.105 evaluation factors in force today (from the reference table). */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public EvaluationFactors evaluationFactors() {
        return ruleValues.evaluationFactors(today());
    }

    /** The agency's value limits per authority level (configuration). */
    public ApprovalValueLimits valueLimits() {
        return settings.approvalValueLimits();
    }

    /** The largest attachment accepted, in bytes. */
    public long attachmentMaxBytes() {
        return settings.attachmentMaxSize().toBytes();
    }

    /** The problems that would stop this draft from being saved ({@code submission=false}) or submitted. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<FieldProblem> problems(WaiverDraft draft, boolean submission) {
        DraftChecks.normalize(draft);
        return submission ? DraftChecks.submissionProblems(draft, () -> ruleValues.evaluationFactors(today()))
                : DraftChecks.draftProblems(draft);
    }

    // ============================================================================================ requester

    @PreAuthorize(REQUESTERS)
    @Transactional
    public WaiverDetails createDraft(WaiverDraft draft) {
        Actor me = me();
        checkDraft(draft);
        Instant now = clock.instant();
        WaiverRequestRecord r = dsl.newRecord(WAIVER_REQUEST);
        r.setOrigin(WaiverOrigin.PORTAL.name());
        r.setWaiverNumber(numbers.next(today().getYear()));
        r.setStatus(WaiverStatus.DRAFT.name());
        r.setRequester(me.username());
        r.setRequesterName(me.name());
        r.setCreatedAt(WaiverStore.utc(now));
        r.setUpdatedAt(WaiverStore.utc(now));
        r.setVersion(0);
        applyDraft(r, draft);
        r.insert();
        long id = r.getId();
        writeChildren(id, draft);
        store.addEvent(id, now, me.username(), me.name(), "CREATE", null, WaiverStatus.DRAFT, null);
        audit.record(AuditEntry.of("WAIVER_CREATED", ENTITY, id, "Drafted waiver request " + r.getWaiverNumber()
                + " (" + draft.getType().label() + "): " + draft.getProcurementTitle()).withChange(null, draft));
        return store.details(store.load(id));
    }

    @PreAuthorize(REQUESTERS)
    @Transactional
    public WaiverDetails updateDraft(long id, int expectedVersion, WaiverDraft draft) {
        Actor me = me();
        WaiverRequestRecord r = loadPortal(id, me);
        requireRequester(r, me, "change");
        WaiverStatus status = WaiverStatus.valueOf(r.getStatus());
        if (status != WaiverStatus.DRAFT && status != WaiverStatus.RETURNED) {
            throw new BusinessRuleException(r.getWaiverNumber() + " is " + status.label().toLowerCase(Locale.ROOT)
                    + "; only a draft or a request returned for changes can be edited.");
        }
        checkDraft(draft);
        WaiverDraft before = store.details(r).toDraft();
        Instant now = clock.instant();
        applyDraft(r, draft);
        compareAndSet(r, expectedVersion, status, now, "save your changes");
        writeChildren(id, draft);
        store.addEvent(id, now, me.username(), me.name(), "EDIT", status, status, null);
        audit.record(AuditEntry.of("WAIVER_UPDATED", ENTITY, id, "Changed waiver request " + r.getWaiverNumber())
                .withChange(before, draft));
        return store.details(store.load(id));
    }

    @PreAuthorize(REQUESTERS)
    @Transactional
    public WaiverDetails submit(long id, int expectedVersion) {
        return requesterTransition(id, expectedVersion, WaiverAction.SUBMIT, null);
    }

    @PreAuthorize(REQUESTERS)
    @Transactional
    public WaiverDetails resubmit(long id, int expectedVersion, String comment) {
        return requesterTransition(id, expectedVersion, WaiverAction.RESUBMIT, comment);
    }

    @PreAuthorize(REQUESTERS)
    @Transactional
    public WaiverDetails withdraw(long id, int expectedVersion, String reason) {
        return requesterTransition(id, expectedVersion, WaiverAction.WITHDRAW, reason);
    }

    private WaiverDetails requesterTransition(long id, int expectedVersion, WaiverAction action, String comment) {
        Actor me = me();
        WaiverRequestRecord r = loadPortal(id, me);
        requireCurrent(r, expectedVersion, action);
        requireRequester(r, me, action.label().toLowerCase(Locale.ROOT));
        WaiverStatus from = WaiverStatus.valueOf(r.getStatus());
        WaiverStatus to = next(r, from, action);
        String text = clean(comment);
        Instant now = clock.instant();
        if (action == WaiverAction.SUBMIT || action == WaiverAction.RESUBMIT) {
            WaiverDraft content = store.details(r).toDraft();
            List<FieldProblem> problems = DraftChecks.submissionProblems(content, () -> ruleValues.evaluationFactors(today()));
            if (!problems.isEmpty()) {
                throw new WaiverIncompleteException(r.getWaiverNumber() + " cannot be sent for decision yet:", problems);
            }
            r.setSubmittedAt(WaiverStore.utc(now));
            if (r.getFirstSubmittedAt() == null) {
                r.setFirstSubmittedAt(WaiverStore.utc(now));
            }
            r.setReviewer(null);
            r.setReviewerName(null);
            r.setReviewStartedAt(null);
        }
        r.setStatus(to.name());
        compareAndSet(r, expectedVersion, from, now, action.label().toLowerCase(Locale.ROOT) + " it");
        store.addEvent(id, now, me.username(), me.name(), action.name(), from, to, text);
        if (action == WaiverAction.SUBMIT || action == WaiverAction.RESUBMIT) {
            notifyApprovers(r, me, (action == WaiverAction.SUBMIT ? "New" : "Resubmitted") + " waiver request "
                    + r.getWaiverNumber() + " from " + me.name() + " waits for a decision: " + r.getProcurementTitle());
        } else if (r.getReviewer() != null) {
            notifier.notify(r.getReviewer(), id, me.name() + " withdrew waiver request " + r.getWaiverNumber() + ".");
        }
        audit.record(AuditEntry.of("WAIVER_" + action.name(), ENTITY, id, action.label() + " waiver request "
                + r.getWaiverNumber() + " (" + from.label() + " → " + to.label() + ")"
                + (text == null ? "" : ": " + text)).withChange(Map.of("status", from.name()), Map.of("status", to.name())));
        return store.details(store.load(id));
    }

    // ============================================================================================ approver

    @PreAuthorize(APPROVERS)
    @Transactional
    public WaiverDetails startReview(long id, int expectedVersion) {
        return approverTransition(id, expectedVersion, WaiverAction.START_REVIEW, null, (r, me) -> {
            r.setReviewer(me.username());
            r.setReviewerName(me.name());
            r.setReviewStartedAt(WaiverStore.utc(clock.instant()));
        });
    }

    @PreAuthorize(APPROVERS)
    @Transactional
    public WaiverDetails returnForChanges(long id, int expectedVersion, String rationale) {
        return approverTransition(id, expectedVersion, WaiverAction.RETURN_FOR_CHANGES,
                requireText(rationale, "rationale", "Say what the requester must change."), (r, me) -> {
                });
    }

    @PreAuthorize(APPROVERS)
    @Transactional
    public WaiverDetails approve(long id, int expectedVersion, String rationale) {
        return published(approverTransition(id, expectedVersion, WaiverAction.APPROVE, clean(rationale), (r, me) -> {
            WaiverType type = WaiverType.valueOf(r.getWaiverType());
            boolean determinationWaived = type == WaiverType.NONAVAILABILITY_INDIVIDUAL
                    && Boolean.TRUE.equals(r.getCompetedNoDomesticOffer());
            if (type.writtenDeterminationRequired() && !determinationWaived && clean(rationale) == null) {
                throw new BusinessRuleException("rationale", "A " + type.label().toLowerCase(Locale.ROOT) + " waiver needs a "
                        + "written determination (" + type.farCitation() + "): write it in the rationale.");
            }
            if (type.requiresMadeInAmericaOfficeReview()) {
                OmbDetermination omb = WaiverStore.enumOrNull(OmbDetermination.class, r.getOmbDetermination());
                if (omb == null) {
                    throw new BusinessRuleException("The Made in America Office has not answered yet"
                            + (r.getMiaoDueOn() == null ? " (the proposed waiver has not been recorded as sent)"
                            : " (answer due " + r.getMiaoDueOn() + ")")
                            + "; a nonavailability waiver is approved only after its review (OMB M-21-26).");
                }
                if (omb == OmbDetermination.INCONSISTENT) {
                    throw new BusinessRuleException("The Made in America Office found this waiver inconsistent with "
                            + "policy; it cannot be approved. Reject it or return it for changes.");
                }
            }
            decided(r, me, clean(rationale));
            r.setExpiresOn(WaiverExpiry.expiryDate(r, today()));
        }));
    }

    @PreAuthorize(APPROVERS)
    @Transactional
    public WaiverDetails reject(long id, int expectedVersion, String rationale) {
        String text = requireText(rationale, "rationale", "Give the reason for the rejection.");
        return published(approverTransition(id, expectedVersion, WaiverAction.REJECT, text,
                (r, me) -> decided(r, me, text)));
    }

    private WaiverDetails published(WaiverDetails d) {
        events.publishEvent(new WaiverStatusChanged(d.id(), d.status(),
                d.miao() == null || d.miao().piids() == null ? List.of() : d.miao().piids()));
        return d;
    }

    private void decided(WaiverRequestRecord r, Actor me, String rationale) {
        r.setDecidedBy(me.username());
        r.setDecidedByName(me.name());
        r.setDecidedAt(WaiverStore.utc(clock.instant()));
        r.setDecisionRationale(rationale);
    }

    private interface Change {
        void apply(WaiverRequestRecord r, Actor me);
    }

    private WaiverDetails approverTransition(long id, int expectedVersion, WaiverAction action, String comment, Change change) {
        Actor me = me();
        WaiverRequestRecord r = loadPortal(id, me);
        requireCurrent(r, expectedVersion, action);
        WaiverStatus from = WaiverStatus.valueOf(r.getStatus());
        WaiverStatus to = next(r, from, action);
        Decision authority = authority(r, me);
        if (!authority.isAllowed()) {
            throw new BusinessRuleException(authority.reason());
        }
        change.apply(r, me);
        r.setStatus(to.name());
        Instant now = clock.instant();
        compareAndSet(r, expectedVersion, from, now, action.label().toLowerCase(Locale.ROOT) + " it");
        store.addEvent(id, now, me.username(), me.name(), action.name(), from, to, comment);
        String verb = switch (action) {
            case START_REVIEW -> "started reviewing";
            case RETURN_FOR_CHANGES -> "returned for changes";
            case APPROVE -> "approved";
            case REJECT -> "rejected";
            default -> action.label().toLowerCase(Locale.ROOT);
        };
        String request = "your waiver request " + r.getWaiverNumber();
        String told = switch (action) {
            case START_REVIEW -> me.name() + " started reviewing " + request + ".";
            case RETURN_FOR_CHANGES -> me.name() + " returned " + request + " for changes: " + abbreviate(comment, 200);
            case APPROVE -> me.name() + " approved " + request
                    + (r.getExpiresOn() != null ? " (in force until " + r.getExpiresOn() + ")" : "")
                    + (comment == null ? "." : ": " + abbreviate(comment, 200));
            default -> me.name() + " " + verb + " " + request + (comment == null ? "." : ": " + abbreviate(comment, 200));
        };
        notifier.notify(r.getRequester(), id, told);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", to.name());
        after.put("authority", authority.reason());
        if (comment != null) {
            after.put("rationale", comment);
        }
        if (r.getExpiresOn() != null) {
            after.put("expiresOn", r.getExpiresOn().toString());
        }
        audit.record(AuditEntry.of("WAIVER_" + action.name(), ENTITY, id, me.name() + " " + verb + " waiver request "
                + r.getWaiverNumber() + " (" + from.label() + " → " + to.label() + ")")
                .withChange(Map.of("status", from.name()), after));
        return store.details(store.load(id));
    }

    /** Records that the proposed nonavailability waiver was sent to the Made in America Office; the answer is due 15 business days later. */
    @PreAuthorize(APPROVERS)
    @Transactional
    public WaiverDetails recordMiaoSubmission(long id, int expectedVersion, LocalDate sentOn) {
        Actor me = me();
        WaiverRequestRecord r = loadPortal(id, me);
        requireCurrent(r, expectedVersion, null);
        WaiverType type = WaiverType.valueOf(r.getWaiverType());
        if (!type.requiresMadeInAmericaOfficeReview()) {
            throw new BusinessRuleException("A " + type.label().toLowerCase(Locale.ROOT)
                    + " waiver is not sent to the Made in America Office.");
        }
        requireInReview(r, "record the Made in America Office review");
        requireAuthority(r, me);
        if (sentOn == null) {
            throw new BusinessRuleException("miaoSentOn", "Enter the day the proposed waiver was sent.");
        }
        if (sentOn.isAfter(today())) {
            throw new BusinessRuleException("miaoSentOn", "The day sent cannot be in the future.");
        }
        int days = ruleValues.miaoReviewBusinessDays(sentOn);
        LocalDate due = BusinessDays.usFederal().miaoDueDate(sentOn, days);
        r.setMiaoSentOn(sentOn);
        r.setMiaoReviewBusinessDays(days);
        r.setMiaoDueOn(due);
        r.setMiaoRequestStatus(MiaoRequestStatus.SUBMITTED.name());
        Instant now = clock.instant();
        compareAndSet(r, expectedVersion, WaiverStatus.IN_REVIEW, now, "record the review");
        String text = "Sent to the Made in America Office on " + sentOn + "; answer due " + due + " (" + days + " business days).";
        store.addEvent(id, now, me.username(), me.name(), "MIAO_SENT", WaiverStatus.IN_REVIEW, WaiverStatus.IN_REVIEW, text);
        audit.record(AuditEntry.of("WAIVER_MIAO_SENT", ENTITY, id, r.getWaiverNumber() + ": " + text));
        return store.details(store.load(id));
    }

    /** Records the Made in America Office's determination (conditions required when conditionally consistent). */
    @PreAuthorize(APPROVERS)
    @Transactional
    public WaiverDetails recordMiaoDetermination(long id, int expectedVersion, OmbDetermination determination,
                                                 String conditions, LocalDate determinedOn) {
        Actor me = me();
        WaiverRequestRecord r = loadPortal(id, me);
        requireCurrent(r, expectedVersion, null);
        requireInReview(r, "record the Made in America Office determination");
        requireAuthority(r, me);
        if (r.getMiaoSentOn() == null) {
            throw new BusinessRuleException("Record first when the proposed waiver was sent to the Made in America Office.");
        }
        if (determination == null) {
            throw new BusinessRuleException("ombDetermination", "Choose the determination.");
        }
        String cond = clean(conditions);
        if (determination == OmbDetermination.CONDITIONALLY_CONSISTENT && cond == null) {
            throw new BusinessRuleException("ombConditions", "Write down the conditions the Made in America Office set.");
        }
        LocalDate on = determinedOn == null ? today() : determinedOn;
        if (on.isBefore(r.getMiaoSentOn()) || on.isAfter(today())) {
            throw new BusinessRuleException("miaoDeterminedOn", "The determination date must be between the day sent ("
                    + r.getMiaoSentOn() + ") and today.");
        }
        r.setOmbDetermination(determination.name());
        r.setOmbConditions(cond);
        r.setMiaoDeterminedOn(on);
        r.setMiaoRequestStatus(MiaoRequestStatus.REVIEWED.name());
        Instant now = clock.instant();
        compareAndSet(r, expectedVersion, WaiverStatus.IN_REVIEW, now, "record the determination");
        String text = "Made in America Office determination of " + on + ": " + determination.label()
                + (cond == null ? "" : " — conditions: " + cond);
        store.addEvent(id, now, me.username(), me.name(), "MIAO_DETERMINATION", WaiverStatus.IN_REVIEW, WaiverStatus.IN_REVIEW, text);
        notifier.notify(r.getRequester(), id, r.getWaiverNumber() + ": " + determination.label() + " (Made in America Office).");
        audit.record(AuditEntry.of("WAIVER_MIAO_DETERMINATION", ENTITY, id, r.getWaiverNumber() + ": " + abbreviate(text, 500)));
        return store.details(store.load(id));
    }

    // ============================================================================================ comments, attachments

    @PreAuthorize(CONTRIBUTORS)
    @Transactional
    public WaiverComment addComment(long id, String text) {
        Actor me = me();
        WaiverRequestRecord r = loadVisible(id, me);
        String body = requireText(text, "comment", "Write a comment first.");
        if (body.length() > COMMENT_MAX) {
            throw new BusinessRuleException("comment", "A comment has at most " + COMMENT_MAX + " characters.");
        }
        Instant now = clock.instant();
        var c = dsl.newRecord(WAIVER_COMMENT);
        c.setWaiverId(id);
        c.setAuthor(me.username());
        c.setAuthorName(me.name());
        c.setCreatedAt(WaiverStore.utc(now));
        c.setBody(body);
        c.insert();
        String ref = r.getWaiverNumber() != null ? r.getWaiverNumber() : "MIAO " + r.getMiaoId();
        for (String recipient : new String[] {r.getRequester(), r.getReviewer()}) {
            if (recipient != null && !recipient.equals(me.username())) {
                notifier.notify(recipient, id, me.name() + " commented on " + ref + ": " + abbreviate(body, 200));
            }
        }
        audit.record(AuditEntry.of("WAIVER_COMMENTED", ENTITY, id, me.name() + " commented on " + ref)
                .withChange(null, Map.of("comment", body)));
        return new WaiverComment(c.getId(), me.username(), me.name(), now, body);
    }

    /** Attaches a market research document (PDF, PNG or JPEG, checked by content) to the caller's own draft or returned request. */
    @PreAuthorize(REQUESTERS)
    @Transactional
    public WaiverAttachment addAttachment(long id, String fileName, byte[] content) {
        Actor me = me();
        WaiverRequestRecord r = loadPortal(id, me);
        requireRequester(r, me, "attach documents to");
        requireEditable(r, "Documents can be attached");
        if (dsl.fetchCount(WAIVER_ATTACHMENT, WAIVER_ATTACHMENT.WAIVER_ID.eq(id)) >= MAX_ATTACHMENTS) {
            throw new BusinessRuleException("A request holds at most " + MAX_ATTACHMENTS + " attachments.");
        }
        AttachmentCheck.Accepted ok;
        try {
            ok = AttachmentCheck.check(fileName, content, attachmentMaxBytes());
        } catch (AttachmentCheck.Refused e) {
            throw new BusinessRuleException("attachment", e.getMessage());
        }
        Instant now = clock.instant();
        WaiverAttachmentRecord a = dsl.newRecord(WAIVER_ATTACHMENT);
        a.setWaiverId(id);
        a.setFileName(ok.fileName());
        a.setContentType(ok.contentType());
        a.setSizeBytes(ok.size());
        a.setSha256(ok.sha256());
        a.setContent(content);
        a.setUploadedBy(me.username());
        a.setUploadedAt(WaiverStore.utc(now));
        a.insert();
        store.addEvent(id, now, me.username(), me.name(), "ATTACHMENT_ADDED", null, null, ok.fileName());
        audit.record(AuditEntry.of("WAIVER_ATTACHMENT_ADDED", ENTITY, id, "Attached " + ok.fileName() + " to "
                + r.getWaiverNumber()).withChange(null, Map.of("file", ok.fileName(), "type", ok.contentType(),
                "bytes", ok.size(), "sha256", ok.sha256())));
        return new WaiverAttachment(a.getId(), ok.fileName(), ok.contentType(), ok.size(), ok.sha256(), me.username(), now);
    }

    @PreAuthorize(REQUESTERS)
    @Transactional
    public void removeAttachment(long id, long attachmentId) {
        Actor me = me();
        WaiverRequestRecord r = loadPortal(id, me);
        requireRequester(r, me, "remove documents from");
        requireEditable(r, "Documents can be removed");
        WaiverAttachmentRecord a = dsl.selectFrom(WAIVER_ATTACHMENT)
                .where(WAIVER_ATTACHMENT.ID.eq(attachmentId).and(WAIVER_ATTACHMENT.WAIVER_ID.eq(id))).fetchOne();
        if (a == null) {
            throw new NotFoundException("Attachment " + attachmentId + " does not exist.");
        }
        a.delete();
        Instant now = clock.instant();
        store.addEvent(id, now, me.username(), me.name(), "ATTACHMENT_REMOVED", null, null, a.getFileName());
        audit.record(AuditEntry.of("WAIVER_ATTACHMENT_REMOVED", ENTITY, id, "Removed " + a.getFileName() + " from "
                + r.getWaiverNumber()).withChange(Map.of("file", a.getFileName(), "sha256", a.getSha256()), null));
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public AttachmentContent attachment(long attachmentId) {
        WaiverAttachmentRecord a = dsl.selectFrom(WAIVER_ATTACHMENT).where(WAIVER_ATTACHMENT.ID.eq(attachmentId)).fetchOne();
        if (a == null) {
            throw new NotFoundException("Attachment " + attachmentId + " does not exist.");
        }
        loadVisible(a.getWaiverId(), me());
        return new AttachmentContent(a.getFileName(), a.getContentType(), a.getContent());
    }

    // ============================================================================================ helpers

    private void checkDraft(WaiverDraft draft) {
        DraftChecks.normalize(draft);
        List<FieldProblem> problems = DraftChecks.draftProblems(draft);
        if (!problems.isEmpty()) {
            throw new WaiverIncompleteException("The request cannot be saved:", problems);
        }
    }

    private void applyDraft(WaiverRequestRecord r, WaiverDraft d) {
        r.setWaiverType(d.getType().name());
        r.setProcurementTitle(d.getProcurementTitle());
        r.setItemDescription(d.getItemDescription());
        r.setQuantity(d.getQuantity());
        r.setQuantityUnit(d.getQuantityUnit());
        r.setEstimatedValue(d.getEstimatedValue());
        r.setDeliveryFrom(d.getDeliveryFrom());
        r.setDeliveryTo(d.getDeliveryTo());
        r.setExpectedMaxDuration(WaiverStore.nameOrNull(d.getExpectedDuration()));
        r.setWaiverCoverage(WaiverStore.nameOrNull(d.getCoverage()));
        r.setRationaleSummary(d.getRationaleSummary());
        r.setMarketResearchNotes(d.getMarketResearchNotes());
        r.setCompetedNoDomesticOffer(d.isCompetedNoDomesticOffer());
        r.setVendorName(d.getVendorName());
        r.setVendorUei(d.getVendorUei());
        r.setVendorCountry(d.getVendorCountry());
        r.setVendorId(d.getVendorId());
        r.setProductId(d.getProductId());
        r.setContractingOfficeAgencyId(d.getContractingOfficeAgencyId());
        r.setContractingOfficeAgencyName(d.getContractingOfficeAgencyName());
        r.setFundingAgencyId(d.getFundingAgencyId());
        r.setFundingAgencyName(d.getFundingAgencyName());
        r.setNaicsCode(d.getNaicsCode());
        r.setNaicsTitle(d.getNaicsTitle());
        r.setPscCode(d.getPscCode());
        r.setPscName(d.getPscName());
        r.setProcurementStage(WaiverStore.nameOrNull(d.getProcurementStage()));
        r.setProcurementSummary(d.getProcurementSummary());
        r.setSourcesSoughtOrRfi(d.getSourcesSoughtOrRfi());
        r.setSolicitationId(d.getSolicitationId());
        r.setPricePreferenceIncluded(d.getPricePreferenceIncluded());
        applyCostEvaluation(r, d);
    }

    /** Stores the inputs and, when both offers are there, the result computed with the factors in force today. */
    private void applyCostEvaluation(WaiverRequestRecord r, WaiverDraft d) {
        r.setCostLowestDomesticOffer(d.getLowestDomesticOffer());
        r.setCostDomesticSmallBusiness(d.isDomesticSmallBusiness());
        r.setCostLowestForeignOffer(d.getLowestForeignOffer());
        if (d.getLowestDomesticOffer() != null && d.getLowestForeignOffer() != null) {
            LocalDate today = today();
            EvaluationFactors factors = ruleValues.evaluationFactors(today);
            UnreasonableCostEvaluation e = UnreasonableCostEvaluation.evaluate(d.getLowestDomesticOffer(),
                    d.isDomesticSmallBusiness(), d.getLowestForeignOffer(), factors);
            r.setCostFactorLargeBusiness(factors.largeBusinessFactor());
            r.setCostFactorSmallBusiness(factors.smallBusinessFactor());
            r.setCostFactorApplied(e.factorApplied());
            r.setCostEvaluatedForeignOffer(e.evaluatedForeignOffer());
            r.setCostUnreasonable(e.domesticUnreasonable());
            r.setCostFactorsEffectiveFrom(factors.effectiveFrom());
            r.setCostFactorsCitation(factors.citation());
            r.setCostEvaluatedOn(today);
        } else {
            r.setCostFactorLargeBusiness(null);
            r.setCostFactorSmallBusiness(null);
            r.setCostFactorApplied(null);
            r.setCostEvaluatedForeignOffer(null);
            r.setCostUnreasonable(null);
            r.setCostFactorsEffectiveFrom(null);
            r.setCostFactorsCitation(null);
            r.setCostEvaluatedOn(null);
        }
    }

    private void writeChildren(long id, WaiverDraft d) {
        store.replacePiids(id, d.getPiids());
        List<CountryOfOrigin> countries = new ArrayList<>();
        for (String code : d.getCountriesOfOrigin()) {
            var c = Countries.validate(code).orElseThrow();
            countries.add(new CountryOfOrigin(c.alpha2(), c.alpha3(), null, c.name().toUpperCase(Locale.ROOT)));
        }
        store.replaceCountries(id, countries);
    }

    private WaiverRequestRecord loadPortal(long id, Actor me) {
        WaiverRequestRecord r = loadVisible(id, me);
        if (!WaiverOrigin.PORTAL.name().equals(r.getOrigin())) {
            throw new BusinessRuleException("This is a public record imported from the Made in America Office list; "
                    + "it cannot be changed here.");
        }
        return r;
    }

    private static void requireRequester(WaiverRequestRecord r, Actor me, String what) {
        if (!me.username().equals(r.getRequester())) {
            throw new BusinessRuleException("Only the requester, " + r.getRequesterName() + ", can " + what + " "
                    + r.getWaiverNumber() + ".");
        }
    }

    private static void requireEditable(WaiverRequestRecord r, String what) {
        WaiverStatus s = WaiverStatus.valueOf(r.getStatus());
        if (s != WaiverStatus.DRAFT && s != WaiverStatus.RETURNED) {
            throw new BusinessRuleException(what + " only while the request is a draft or returned for changes; "
                    + r.getWaiverNumber() + " is " + s.label().toLowerCase(Locale.ROOT) + ".");
        }
    }

    private static void requireInReview(WaiverRequestRecord r, String what) {
        if (!WaiverStatus.IN_REVIEW.name().equals(r.getStatus())) {
            throw new BusinessRuleException("Start the review of " + r.getWaiverNumber() + " before you " + what + ".");
        }
    }

    private void requireAuthority(WaiverRequestRecord r, Actor me) {
        Decision d = authority(r, me);
        if (!d.isAllowed()) {
            throw new BusinessRuleException(d.reason());
        }
    }

    private Decision authority(WaiverRequestRecord r, Actor me) {
        if (!WaiverOrigin.PORTAL.name().equals(r.getOrigin())) {
            return new Decision.Refused("Imported public records are not decided in this portal.");
        }
        if (me.level() == null) {
            return new Decision.Refused("No approver authority level is recorded on your account; ask an administrator.");
        }
        BigDecimal value = r.getEstimatedValue() == null ? BigDecimal.ZERO : r.getEstimatedValue();
        return DecisionAuthority.decide(WaiverType.valueOf(r.getWaiverType()), me.level(), value,
                settings.approvalValueLimits(), me.username(), r.getRequester());
    }

    private static WaiverStatus next(WaiverRequestRecord r, WaiverStatus from, WaiverAction action) {
        try {
            return WaiverStateMachine.next(from, action);
        } catch (IllegalWaiverTransitionException e) {
            throw new BusinessRuleException(r.getWaiverNumber() + ": " + e.getMessage());
        }
    }

    /** The user acted on what they saw; if the request moved on since, say what happened instead of acting. */
    private void requireCurrent(WaiverRequestRecord r, int expectedVersion, WaiverAction action) {
        if (r.getVersion() != expectedVersion) {
            throw conflict(r, action == null ? "change" : action.label().toLowerCase(Locale.ROOT) + " it");
        }
    }

    /**
     * UPDATE ... WHERE id = ? AND version = ? AND status = ?: only one of two concurrent actions can match. The loser
     * gets a message naming what happened meanwhile; nothing of theirs is written.
     */
    private void compareAndSet(WaiverRequestRecord r, int expectedVersion, WaiverStatus expectedStatus, Instant now, String what) {
        r.setVersion(expectedVersion + 1);
        r.setUpdatedAt(WaiverStore.utc(now));
        int updated = dsl.update(WAIVER_REQUEST).set(r)
                .where(WAIVER_REQUEST.ID.eq(r.getId()))
                .and(WAIVER_REQUEST.VERSION.eq(expectedVersion))
                .and(WAIVER_REQUEST.STATUS.eq(expectedStatus.name()))
                .execute();
        if (updated != 1) {
            throw conflict(store.load(r.getId()), what);
        }
    }

    private RuntimeException conflict(WaiverRequestRecord current, String what) {
        WaiverEventRecord last = dsl.selectFrom(WAIVER_EVENT).where(WAIVER_EVENT.WAIVER_ID.eq(current.getId()))
                .orderBy(WAIVER_EVENT.ID.desc()).limit(1).fetchOne();
        WaiverStatus status = WaiverStatus.valueOf(current.getStatus());
        boolean lastWasAStep = last != null && last.getToStatus() != null && !last.getToStatus().equals(last.getFromStatus())
                && status.name().equals(last.getToStatus());
        if (lastWasAStep) {
            String when = WaiverStore.instant(last.getOccurredAt()).truncatedTo(ChronoUnit.SECONDS).toString()
                    .replace('T', ' ').replace("Z", " UTC");
            return new BusinessRuleException(current.getWaiverNumber() + " was " + pastTense(last.getAction()) + " by "
                    + last.getActorName() + " at " + when + " while you were working on it; it is now "
                    + status.label().toLowerCase(Locale.ROOT) + ". Your attempt to " + what
                    + " was not recorded. Reload to see the current state.");
        }
        return new ConcurrentEditException("Waiver request " + current.getWaiverNumber());
    }

    private static String pastTense(String action) {
        return switch (action) {
            case "SUBMIT" -> "submitted";
            case "START_REVIEW" -> "taken up for review";
            case "RETURN_FOR_CHANGES" -> "returned for changes";
            case "RESUBMIT" -> "resubmitted";
            case "APPROVE" -> "approved";
            case "REJECT" -> "rejected";
            case "WITHDRAW" -> "withdrawn";
            case "EXPIRE" -> "expired";
            default -> "changed";
        };
    }

    private void notifyApprovers(WaiverRequestRecord r, Actor requester, String message) {
        WaiverType type = WaiverType.valueOf(r.getWaiverType());
        BigDecimal value = r.getEstimatedValue() == null ? BigDecimal.ZERO : r.getEstimatedValue();
        for (UserAccount approver : users.withRole(Role.APPROVER)) {
            AuthorityLevel level = Authorities.toRules(approver.authorityLevel());
            if (level != null && DecisionAuthority.decide(type, level, value, settings.approvalValueLimits(),
                    approver.username(), requester.username()).isAllowed()) {
                notifier.notify(approver.username(), r.getId(), message);
            }
        }
    }

    private static String requireText(String text, String field, String message) {
        String t = clean(text);
        if (t == null) {
            throw new BusinessRuleException(field, message);
        }
        return t;
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** Roles that may act as requesters (for views deciding which buttons to show; the methods check again). */
    public static Set<Role> requesterRoles() {
        return EnumSet.of(Role.STAFF, Role.ADMIN);
    }

    /** The statuses in which the requester may edit the request and its attachments. */
    public static Set<WaiverStatus> editableStatuses() {
        return EnumSet.of(WaiverStatus.DRAFT, WaiverStatus.RETURNED);
    }
}
