package gov.buyamerican.portal.waiver.internal;

import static gov.buyamerican.portal.db.Tables.WAIVER_ATTACHMENT;
import static gov.buyamerican.portal.db.Tables.WAIVER_COMMENT;
import static gov.buyamerican.portal.db.Tables.WAIVER_COUNTRY;
import static gov.buyamerican.portal.db.Tables.WAIVER_EVENT;
import static gov.buyamerican.portal.db.Tables.WAIVER_PIID;
import static gov.buyamerican.portal.db.Tables.WAIVER_REQUEST;

import gov.buyamerican.portal.db.tables.records.WaiverCountryRecord;
import gov.buyamerican.portal.db.tables.records.WaiverRequestRecord;
import gov.buyamerican.portal.shared.NotFoundException;
import gov.buyamerican.portal.shared.PageQuery;
import gov.buyamerican.portal.waiver.WaiverAttachment;
import gov.buyamerican.portal.waiver.WaiverComment;
import gov.buyamerican.portal.waiver.WaiverDetails;
import gov.buyamerican.portal.waiver.WaiverFilter;
import gov.buyamerican.portal.waiver.WaiverOrigin;
import gov.buyamerican.portal.waiver.WaiverSummary;
import gov.buyamerican.portal.waiver.WaiverTimelineEntry;
import gov.buyamerican.portal.rules.waiver.CountryOfOrigin;
import gov.buyamerican.portal.rules.waiver.EvaluationFactors;
import gov.buyamerican.portal.rules.waiver.ExpectedWaiverDuration;
import gov.buyamerican.portal.rules.waiver.MiaoEntryState;
import gov.buyamerican.portal.rules.waiver.MiaoRequestStatus;
import gov.buyamerican.portal.rules.waiver.MiaoWaiverRecord;
import gov.buyamerican.portal.rules.waiver.OmbDetermination;
import gov.buyamerican.portal.rules.waiver.ProcurementStage;
import gov.buyamerican.portal.rules.waiver.UnreasonableCostEvaluation;
import gov.buyamerican.portal.rules.waiver.WaiverCoverage;
import gov.buyamerican.portal.rules.waiver.WaiverStatus;
import gov.buyamerican.portal.rules.waiver.WaiverType;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * The waiver tables through jOOQ: reading records into the module's API types, paging the list in the database, and
 * writing the child rows (PIIDs, countries, timeline). No checks and no transactions here: the services decide what
 * may be written and own the transaction.
 */
@Component
public class WaiverStore {

    /** Sort keys the list accepts; anything else is ignored, never put into SQL. */
    private static final Map<String, Field<?>> SORTABLE = Map.ofEntries(
            Map.entry("reference", DSL.coalesce(WAIVER_REQUEST.WAIVER_NUMBER, WAIVER_REQUEST.MIAO_ID)),
            Map.entry("title", WAIVER_REQUEST.PROCUREMENT_TITLE),
            Map.entry("type", WAIVER_REQUEST.WAIVER_TYPE),
            Map.entry("status", WAIVER_REQUEST.STATUS),
            Map.entry("requester", WAIVER_REQUEST.REQUESTER_NAME),
            Map.entry("vendor", WAIVER_REQUEST.VENDOR_NAME),
            Map.entry("estimatedValue", WAIVER_REQUEST.ESTIMATED_VALUE),
            Map.entry("agency", WAIVER_REQUEST.CONTRACTING_OFFICE_AGENCY_NAME),
            Map.entry("submittedAt", WAIVER_REQUEST.SUBMITTED_AT),
            Map.entry("updatedAt", WAIVER_REQUEST.UPDATED_AT),
            Map.entry("expiresOn", WAIVER_REQUEST.EXPIRES_ON));

    private static final Field<?>[] SUMMARY_FIELDS = {
            WAIVER_REQUEST.ID, WAIVER_REQUEST.ORIGIN, WAIVER_REQUEST.WAIVER_NUMBER, WAIVER_REQUEST.MIAO_ID,
            WAIVER_REQUEST.WAIVER_TYPE, WAIVER_REQUEST.STATUS, WAIVER_REQUEST.PROCUREMENT_TITLE,
            WAIVER_REQUEST.REQUESTER, WAIVER_REQUEST.REQUESTER_NAME, WAIVER_REQUEST.VENDOR_NAME,
            WAIVER_REQUEST.ESTIMATED_VALUE, WAIVER_REQUEST.CONTRACTING_OFFICE_AGENCY_NAME,
            WAIVER_REQUEST.OMB_DETERMINATION, WAIVER_REQUEST.SUBMITTED_AT, WAIVER_REQUEST.UPDATED_AT,
            WAIVER_REQUEST.EXPIRES_ON, WAIVER_REQUEST.SUSPECTED_TEST_RECORD};

    private final DSLContext dsl;

    WaiverStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    // ------------------------------------------------------------------------------------------ reading

    public WaiverRequestRecord load(long id) {
        WaiverRequestRecord r = dsl.selectFrom(WAIVER_REQUEST).where(WAIVER_REQUEST.ID.eq(id)).fetchOne();
        if (r == null) {
            throw new NotFoundException("Waiver " + id + " does not exist.");
        }
        return r;
    }

    /**
     * What a user may see: imported public records, every request past the draft stage, and their own drafts. Those
     * who oversee everything (administrators, auditors) also see other people's drafts.
     */
    public static Condition visibleTo(String username, boolean seesAllDrafts) {
        if (seesAllDrafts) {
            return DSL.noCondition();
        }
        return WAIVER_REQUEST.ORIGIN.eq(WaiverOrigin.MIAO_IMPORT.name())
                .or(WAIVER_REQUEST.STATUS.ne(WaiverStatus.DRAFT.name()))
                .or(WAIVER_REQUEST.REQUESTER.eq(username));
    }

    public static Condition filter(WaiverFilter f, String username) {
        Condition c = DSL.noCondition();
        if (f == null) {
            return c;
        }
        if (f.origin() != null) {
            c = c.and(WAIVER_REQUEST.ORIGIN.eq(f.origin().name()));
        }
        if (f.status() != null) {
            c = c.and(WAIVER_REQUEST.STATUS.eq(f.status().name()));
        }
        if (f.type() != null) {
            c = c.and(WAIVER_REQUEST.WAIVER_TYPE.eq(f.type().name()));
        }
        if (f.mineOnly()) {
            c = c.and(WAIVER_REQUEST.REQUESTER.eq(username));
        }
        if (f.search() != null && !f.search().isBlank()) {
            String s = f.search().strip();
            // contains() escapes % and _; the column collation is case-insensitive
            c = c.and(WAIVER_REQUEST.WAIVER_NUMBER.contains(s)
                    .or(WAIVER_REQUEST.MIAO_ID.contains(s))
                    .or(WAIVER_REQUEST.PROCUREMENT_TITLE.contains(s))
                    .or(WAIVER_REQUEST.VENDOR_NAME.contains(s))
                    .or(WAIVER_REQUEST.CONTRACTING_OFFICE_AGENCY_NAME.contains(s))
                    .or(WAIVER_REQUEST.REQUESTER_NAME.contains(s))
                    .or(WAIVER_REQUEST.ITEM_DESCRIPTION.contains(s)));
        }
        return c;
    }

    public List<WaiverSummary> page(Condition where, PageQuery page, SortField<?>... defaultOrder) {
        List<SortField<?>> order = new ArrayList<>();
        for (PageQuery.SortOrder s : page.sort()) {
            Field<?> f = SORTABLE.get(s.key());
            if (f != null) {
                order.add(s.ascending() ? f.asc().nullsLast() : f.desc().nullsLast());
            }
        }
        order.addAll(List.of(defaultOrder));
        order.add(WAIVER_REQUEST.ID.desc());
        return dsl.select(SUMMARY_FIELDS).from(WAIVER_REQUEST).where(where).orderBy(order)
                .limit(page.limit()).offset(page.offset()).fetch(WaiverStore::toSummary);
    }

    /** Matching rows counted up to {@code cap}: a grid needs no exact count beyond it. */
    public int count(Condition where, int cap) {
        return dsl.fetchCount(dsl.select(WAIVER_REQUEST.ID).from(WAIVER_REQUEST).where(where).limit(cap));
    }

    /** The ids of matching rows, in id order, for exports (the rows themselves are read one by one). */
    public List<Long> ids(Condition where) {
        return dsl.select(WAIVER_REQUEST.ID).from(WAIVER_REQUEST).where(where).orderBy(WAIVER_REQUEST.ID)
                .fetch(WAIVER_REQUEST.ID);
    }

    static WaiverSummary toSummary(Record r) {
        WaiverOrigin origin = WaiverOrigin.valueOf(r.get(WAIVER_REQUEST.ORIGIN));
        String number = r.get(WAIVER_REQUEST.WAIVER_NUMBER);
        return new WaiverSummary(r.get(WAIVER_REQUEST.ID), origin,
                number != null ? number : "MIAO " + r.get(WAIVER_REQUEST.MIAO_ID),
                enumOrNull(WaiverType.class, r.get(WAIVER_REQUEST.WAIVER_TYPE)),
                enumOrNull(WaiverStatus.class, r.get(WAIVER_REQUEST.STATUS)),
                r.get(WAIVER_REQUEST.PROCUREMENT_TITLE), r.get(WAIVER_REQUEST.REQUESTER),
                r.get(WAIVER_REQUEST.REQUESTER_NAME), r.get(WAIVER_REQUEST.VENDOR_NAME),
                r.get(WAIVER_REQUEST.ESTIMATED_VALUE), r.get(WAIVER_REQUEST.CONTRACTING_OFFICE_AGENCY_NAME),
                enumOrNull(OmbDetermination.class, r.get(WAIVER_REQUEST.OMB_DETERMINATION)),
                instant(r.get(WAIVER_REQUEST.SUBMITTED_AT)), instant(r.get(WAIVER_REQUEST.UPDATED_AT)),
                r.get(WAIVER_REQUEST.EXPIRES_ON), Boolean.TRUE.equals(r.get(WAIVER_REQUEST.SUSPECTED_TEST_RECORD)));
    }

    public WaiverSummary summary(WaiverRequestRecord r) {
        return toSummary(r);
    }

    public List<String> piids(long id) {
        return dsl.select(WAIVER_PIID.PIID).from(WAIVER_PIID).where(WAIVER_PIID.WAIVER_ID.eq(id))
                .orderBy(WAIVER_PIID.POSITION).fetch(WAIVER_PIID.PIID);
    }

    public List<CountryOfOrigin> countries(long id) {
        return dsl.selectFrom(WAIVER_COUNTRY).where(WAIVER_COUNTRY.WAIVER_ID.eq(id)).orderBy(WAIVER_COUNTRY.POSITION)
                .fetch(c -> new CountryOfOrigin(c.getAlpha2(), c.getAlpha3(),
                        c.getNumericCode() == null ? null : c.getNumericCode().intValue(), c.getName()));
    }

    /** The MIAO list fields of a record; a portal request's id in the list's shape is its waiver number. */
    public MiaoWaiverRecord miaoRecord(WaiverRequestRecord r) {
        boolean portal = WaiverOrigin.PORTAL.name().equals(r.getOrigin());
        MiaoEntryState state;
        Instant created;
        Instant modified;
        if (portal) {
            state = r.getFirstSubmittedAt() == null ? null
                    : r.getFirstSubmittedAt().equals(r.getSubmittedAt()) ? MiaoEntryState.SUBMITTED : MiaoEntryState.EDITED;
            // the list's precision is the millisecond
            created = instant(r.getCreatedAt()).truncatedTo(ChronoUnit.MILLIS);
            modified = instant(r.getUpdatedAt()).truncatedTo(ChronoUnit.MILLIS);
        } else {
            state = enumOrNull(MiaoEntryState.class, r.getMiaoEntryState());
            created = instant(r.getMiaoCreatedAt());
            modified = instant(r.getMiaoModifiedAt());
        }
        return new MiaoWaiverRecord(portal ? r.getWaiverNumber() : r.getMiaoId(), state, created, modified,
                r.getContractingOfficeAgencyId(), r.getContractingOfficeAgencyName(), r.getFundingAgencyId(),
                r.getFundingAgencyName(), r.getNaicsCode(), r.getNaicsTitle(), r.getMiaoPscId(), r.getPscCode(),
                r.getPscName(), enumOrNull(ProcurementStage.class, r.getProcurementStage()), r.getProcurementTitle(),
                r.getProcurementSummary(), r.getSourcesSoughtOrRfi(), piids(r.getId()), r.getPricePreferenceIncluded(),
                enumOrNull(WaiverCoverage.class, r.getWaiverCoverage()), r.getRationaleSummary(),
                enumOrNull(ExpectedWaiverDuration.class, r.getExpectedMaxDuration()),
                enumOrNull(MiaoRequestStatus.class, r.getMiaoRequestStatus()),
                enumOrNull(OmbDetermination.class, r.getOmbDetermination()), r.getSolicitationId(),
                countries(r.getId()));
    }

    public WaiverDetails details(WaiverRequestRecord r) {
        long id = r.getId();
        List<WaiverTimelineEntry> timeline = dsl.selectFrom(WAIVER_EVENT).where(WAIVER_EVENT.WAIVER_ID.eq(id))
                .orderBy(WAIVER_EVENT.ID).fetch(e -> new WaiverTimelineEntry(e.getId(), instant(e.getOccurredAt()),
                        e.getActor(), e.getActorName(), e.getAction(), enumOrNull(WaiverStatus.class, e.getFromStatus()),
                        enumOrNull(WaiverStatus.class, e.getToStatus()), e.getComment()));
        List<WaiverComment> comments = dsl.selectFrom(WAIVER_COMMENT).where(WAIVER_COMMENT.WAIVER_ID.eq(id))
                .orderBy(WAIVER_COMMENT.ID).fetch(c -> new WaiverComment(c.getId(), c.getAuthor(), c.getAuthorName(),
                        instant(c.getCreatedAt()), c.getBody()));
        List<WaiverAttachment> attachments = dsl.select(WAIVER_ATTACHMENT.ID, WAIVER_ATTACHMENT.FILE_NAME,
                        WAIVER_ATTACHMENT.CONTENT_TYPE, WAIVER_ATTACHMENT.SIZE_BYTES, WAIVER_ATTACHMENT.SHA256,
                        WAIVER_ATTACHMENT.UPLOADED_BY, WAIVER_ATTACHMENT.UPLOADED_AT)
                .from(WAIVER_ATTACHMENT).where(WAIVER_ATTACHMENT.WAIVER_ID.eq(id)).orderBy(WAIVER_ATTACHMENT.ID)
                .fetch(a -> new WaiverAttachment(a.value1(), a.value2(), a.value3(), a.value4(), a.value5(), a.value6(),
                        instant(a.value7())));
        return new WaiverDetails(id, WaiverOrigin.valueOf(r.getOrigin()), r.getWaiverNumber(),
                enumOrNull(WaiverType.class, r.getWaiverType()), enumOrNull(WaiverStatus.class, r.getStatus()),
                r.getVersion(), miaoRecord(r), r.getOmbConditions(),
                r.getItemDescription(), r.getQuantity(), r.getQuantityUnit(), r.getEstimatedValue(),
                r.getDeliveryFrom(), r.getDeliveryTo(), r.getMarketResearchNotes(),
                Boolean.TRUE.equals(r.getCompetedNoDomesticOffer()),
                r.getVendorName(), r.getVendorUei(), r.getVendorCountry(), r.getVendorId(), r.getProductId(),
                cost(r),
                new WaiverDetails.MiaoReview(r.getMiaoSentOn(), r.getMiaoDueOn(), r.getMiaoReviewBusinessDays(),
                        r.getMiaoDeterminedOn()),
                new WaiverDetails.Workflow(r.getRequester(), r.getRequesterName(), r.getReviewer(), r.getReviewerName(),
                        instant(r.getReviewStartedAt()), instant(r.getSubmittedAt()), instant(r.getFirstSubmittedAt()),
                        r.getDecidedBy(), r.getDecidedByName(), instant(r.getDecidedAt()), r.getDecisionRationale(),
                        r.getExpiresOn()),
                r.getImportedAt() == null ? null : new WaiverDetails.ImportInfo(instant(r.getImportedAt()),
                        r.getImportedBy(), r.getImportNotes(), Boolean.TRUE.equals(r.getSuspectedTestRecord())),
                instant(r.getCreatedAt()), instant(r.getUpdatedAt()), timeline, comments, attachments);
    }

    /** Re-states the stored evaluation with the factors stored with it, so the arithmetic shown is what was decided on. */
    private static WaiverDetails.Cost cost(WaiverRequestRecord r) {
        UnreasonableCostEvaluation evaluation = null;
        if (r.getCostUnreasonable() != null && r.getCostLowestDomesticOffer() != null
                && r.getCostLowestForeignOffer() != null && r.getCostFactorLargeBusiness() != null) {
            EvaluationFactors factors = new EvaluationFactors(r.getCostFactorsEffectiveFrom(),
                    r.getCostFactorLargeBusiness(), r.getCostFactorSmallBusiness(), r.getCostFactorsCitation());
            evaluation = UnreasonableCostEvaluation.evaluate(r.getCostLowestDomesticOffer(),
                    Boolean.TRUE.equals(r.getCostDomesticSmallBusiness()), r.getCostLowestForeignOffer(), factors);
        }
        return new WaiverDetails.Cost(r.getCostLowestDomesticOffer(), Boolean.TRUE.equals(r.getCostDomesticSmallBusiness()),
                r.getCostLowestForeignOffer(), evaluation, r.getCostEvaluatedOn());
    }

    // ------------------------------------------------------------------------------------------ writing

    public void replacePiids(long id, List<String> piids) {
        dsl.deleteFrom(WAIVER_PIID).where(WAIVER_PIID.WAIVER_ID.eq(id)).execute();
        int position = 0;
        for (String piid : piids) {
            dsl.insertInto(WAIVER_PIID).set(WAIVER_PIID.WAIVER_ID, id).set(WAIVER_PIID.POSITION, position++)
                    .set(WAIVER_PIID.PIID, piid).execute();
        }
    }

    public void replaceCountries(long id, List<CountryOfOrigin> countries) {
        dsl.deleteFrom(WAIVER_COUNTRY).where(WAIVER_COUNTRY.WAIVER_ID.eq(id)).execute();
        int position = 0;
        for (CountryOfOrigin c : countries) {
            WaiverCountryRecord rec = dsl.newRecord(WAIVER_COUNTRY);
            rec.setWaiverId(id);
            rec.setPosition(position++);
            rec.setAlpha2(c.alpha2());
            rec.setAlpha3(c.alpha3());
            rec.setNumericCode(c.numeric() == null ? null : c.numeric().shortValue());
            rec.setName(c.name());
            rec.insert();
        }
    }

    public void addEvent(long waiverId, Instant at, String actor, String actorName, String action,
                         WaiverStatus from, WaiverStatus to, String comment) {
        dsl.insertInto(WAIVER_EVENT)
                .set(WAIVER_EVENT.WAIVER_ID, waiverId)
                .set(WAIVER_EVENT.OCCURRED_AT, utc(at))
                .set(WAIVER_EVENT.ACTOR, actor)
                .set(WAIVER_EVENT.ACTOR_NAME, actorName)
                .set(WAIVER_EVENT.ACTION, action)
                .set(WAIVER_EVENT.FROM_STATUS, from == null ? null : from.name())
                .set(WAIVER_EVENT.TO_STATUS, to == null ? null : to.name())
                .set(WAIVER_EVENT.COMMENT, comment)
                .execute();
    }

    public int countEvents(long waiverId, String action) {
        return dsl.fetchCount(WAIVER_EVENT, WAIVER_EVENT.WAIVER_ID.eq(waiverId).and(WAIVER_EVENT.ACTION.eq(action)));
    }

    // ------------------------------------------------------------------------------------------ helpers

    public static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    public static String nameOrNull(Enum<?> e) {
        return e == null ? null : e.name();
    }

    public static Instant instant(LocalDateTime t) {
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

    public static LocalDateTime utc(Instant t) {
        return t == null ? null : LocalDateTime.ofInstant(t, ZoneOffset.UTC);
    }
}
