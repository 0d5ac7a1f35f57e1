package gov.buyamerican.portal.purchase.internal;

import static gov.buyamerican.portal.db.Tables.COUNTRY;
import static gov.buyamerican.portal.db.Tables.OFFICE;
import static gov.buyamerican.portal.db.Tables.PRODUCT;
import static gov.buyamerican.portal.db.Tables.PURCHASE;
import static gov.buyamerican.portal.db.Tables.VENDOR;
import static gov.buyamerican.portal.db.Tables.WAIVER_REQUEST;

import gov.buyamerican.portal.db.tables.records.PurchaseRecord;
import gov.buyamerican.portal.purchase.Purchase;
import gov.buyamerican.portal.purchase.PurchaseChannel;
import gov.buyamerican.portal.purchase.PurchaseFilter;
import gov.buyamerican.portal.purchase.PurchaseSummary;
import gov.buyamerican.portal.rules.purchase.Exemption;
import gov.buyamerican.portal.rules.purchase.PlaceOfManufacture;
import gov.buyamerican.portal.rules.purchase.PurchaseClass;
import gov.buyamerican.portal.rules.purchase.Reason;
import gov.buyamerican.portal.shared.PageQuery;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectJoinStep;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * jOOQ access to purchases: the grid's filtered, sorted, paged query (names joined read-only from the vendor, product
 * and office tables), the detail row, and conversions. Sort keys are whitelisted; unknown keys are ignored.
 */
@Component
public class PurchaseStore {

    static final gov.buyamerican.portal.db.tables.Vendor SELLER = VENDOR.as("seller");

    /** Sort keys of the grid. */
    public static final Map<String, Field<?>> SORTABLE = Map.of(
            "date", PURCHASE.PURCHASE_DATE,
            "total", PURCHASE.TOTAL_AMOUNT,
            "channel", PURCHASE.CHANNEL,
            "classification", PURCHASE.CLASSIFICATION,
            "country", PURCHASE.ORIGIN_COUNTRY,
            "office", OFFICE.NAME,
            "vendor", VENDOR.LEGAL_NAME,
            "product", PRODUCT.NAME,
            "piid", PURCHASE.PIID);

    private final DSLContext dsl;

    PurchaseStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    public static Condition condition(PurchaseFilter f) {
        if (f == null) {
            return DSL.noCondition();
        }
        Condition c = DSL.noCondition();
        if (f.from() != null) c = c.and(PURCHASE.PURCHASE_DATE.ge(f.from()));
        if (f.to() != null) c = c.and(PURCHASE.PURCHASE_DATE.le(f.to()));
        if (f.officeId() != null) c = c.and(PURCHASE.OFFICE_ID.eq(f.officeId()));
        if (f.channel() != null) c = c.and(PURCHASE.CHANNEL.eq(f.channel().name()));
        if (!f.classes().isEmpty()) c = c.and(PURCHASE.CLASSIFICATION.in(f.classes().stream().map(Enum::name).toList()));
        if (f.vendorId() != null) c = c.and(PURCHASE.VENDOR_ID.eq(f.vendorId()));
        if (f.sellerId() != null) c = c.and(PURCHASE.SELLER_VENDOR_ID.eq(f.sellerId()));
        if (f.country() != null) c = c.and(PURCHASE.ORIGIN_COUNTRY.eq(f.country()));
        if (f.productId() != null) c = c.and(PURCHASE.PRODUCT_ID.eq(f.productId()));
        if (f.text() != null) {
            String t = f.text();
            String escaped = t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            c = c.and(PURCHASE.PIID.like(escaped + "%", '\\').or(PURCHASE.ORDER_NUMBER.like(escaped + "%", '\\'))
                    .or(PURCHASE.DESCRIPTION.like("%" + escaped + "%", '\\')));
        }
        return c;
    }

    public static List<SortField<?>> orderBy(List<PageQuery.SortOrder> sort) {
        List<SortField<?>> order = new ArrayList<>();
        for (PageQuery.SortOrder s : sort) {
            Field<?> f = SORTABLE.get(s.key());
            if (f != null) {
                order.add(s.ascending() ? f.asc() : f.desc());
            }
        }
        if (order.isEmpty()) {
            order.add(PURCHASE.PURCHASE_DATE.desc());
        }
        order.add(PURCHASE.ID.desc());
        return order;
    }

    private SelectJoinStep<Record> joined() {
        return dsl.select(PURCHASE.asterisk(), OFFICE.NAME, VENDOR.LEGAL_NAME, SELLER.LEGAL_NAME, PRODUCT.NAME,
                        COUNTRY.NAME, WAIVER_REQUEST.WAIVER_NUMBER, WAIVER_REQUEST.MIAO_ID)
                .from(PURCHASE)
                .join(OFFICE).on(OFFICE.ID.eq(PURCHASE.OFFICE_ID))
                .join(VENDOR).on(VENDOR.ID.eq(PURCHASE.VENDOR_ID))
                .leftJoin(SELLER).on(SELLER.ID.eq(PURCHASE.SELLER_VENDOR_ID))
                .leftJoin(PRODUCT).on(PRODUCT.ID.eq(PURCHASE.PRODUCT_ID))
                .leftJoin(COUNTRY).on(COUNTRY.ALPHA2.eq(PURCHASE.ORIGIN_COUNTRY))
                .leftJoin(WAIVER_REQUEST).on(WAIVER_REQUEST.ID.eq(PURCHASE.WAIVER_ID));
    }

    public List<PurchaseSummary> search(PurchaseFilter filter, PageQuery page) {
        return joined().where(condition(filter)).orderBy(orderBy(page.sort()))
                .limit(page.limit()).offset(page.offset()).fetch(PurchaseStore::toSummary);
    }

    public int count(PurchaseFilter filter, int cap) {
        return dsl.fetchCount(dsl.select(PURCHASE.ID).from(PURCHASE).where(condition(filter)).limit(cap));
    }

    /** The rows for an export, streamed; close the stream. */
    public Stream<Record> stream(PurchaseFilter filter, List<PageQuery.SortOrder> sort) {
        return joined().where(condition(filter)).orderBy(orderBy(sort)).fetchSize(1000).fetchStream();
    }

    public Optional<Purchase> find(long id) {
        return joined().where(PURCHASE.ID.eq(id)).fetchOptional(PurchaseStore::toPurchase);
    }

    public PurchaseRecord record(long id) {
        return dsl.selectFrom(PURCHASE).where(PURCHASE.ID.eq(id)).fetchOne();
    }

    public PurchaseRecord lockRecord(long id) {
        return dsl.selectFrom(PURCHASE).where(PURCHASE.ID.eq(id)).forUpdate().fetchOne();
    }

    static PurchaseSummary toSummary(Record r) {
        return new PurchaseSummary(r.get(PURCHASE.ID), r.get(PURCHASE.PURCHASE_DATE), r.get(PURCHASE.OFFICE_ID),
                r.get(OFFICE.NAME), r.get(PURCHASE.VENDOR_ID), r.get(VENDOR.LEGAL_NAME),
                r.get(PURCHASE.SELLER_VENDOR_ID), r.get(SELLER.LEGAL_NAME), r.get(PURCHASE.PRODUCT_ID),
                r.get(PRODUCT.NAME), r.get(PURCHASE.DESCRIPTION), PurchaseChannel.valueOf(r.get(PURCHASE.CHANNEL)),
                r.get(PURCHASE.TOTAL_AMOUNT), r.get(PURCHASE.ORIGIN_COUNTRY), r.get(PURCHASE.PIID),
                r.get(PURCHASE.ORDER_NUMBER), PurchaseClass.valueOf(r.get(PURCHASE.CLASSIFICATION)),
                Reason.valueOf(r.get(PURCHASE.CLASSIFICATION_REASON)));
    }

    public static Purchase toPurchase(Record r) {
        String number = r.get(WAIVER_REQUEST.WAIVER_NUMBER);
        String miao = r.get(WAIVER_REQUEST.MIAO_ID);
        String waiverRef = number != null ? number : miao != null ? "MIAO " + miao : null;
        return new Purchase(r.get(PURCHASE.ID), r.get(PURCHASE.SOURCE), r.get(PURCHASE.SOURCE_KEY),
                r.get(PURCHASE.IMPORT_ID), r.get(PURCHASE.PURCHASE_DATE), r.get(PURCHASE.OFFICE_ID), r.get(OFFICE.NAME),
                r.get(PURCHASE.VENDOR_ID), r.get(VENDOR.LEGAL_NAME), r.get(PURCHASE.SELLER_VENDOR_ID),
                r.get(SELLER.LEGAL_NAME), r.get(PURCHASE.PRODUCT_ID), r.get(PRODUCT.NAME), r.get(PURCHASE.DESCRIPTION),
                r.get(PURCHASE.QUANTITY), r.get(PURCHASE.UNIT_PRICE), r.get(PURCHASE.TOTAL_AMOUNT),
                PurchaseChannel.valueOf(r.get(PURCHASE.CHANNEL)), r.get(PURCHASE.PIID), r.get(PURCHASE.ORDER_NUMBER),
                r.get(PURCHASE.ORIGIN_COUNTRY), r.get(COUNTRY.NAME),
                PlaceOfManufacture.fromCode(r.get(PURCHASE.PLACE_OF_MANUFACTURE)).orElse(null),
                r.get(PURCHASE.NAICS), r.get(PURCHASE.PSC),
                r.get(PURCHASE.EXEMPTION) == null ? null : Exemption.valueOf(r.get(PURCHASE.EXEMPTION)),
                r.get(PURCHASE.WAIVER_ID), waiverRef, Boolean.TRUE.equals(r.get(PURCHASE.WAIVER_MATCHED)),
                PurchaseClass.valueOf(r.get(PURCHASE.CLASSIFICATION)),
                Reason.valueOf(r.get(PURCHASE.CLASSIFICATION_REASON)), r.get(PURCHASE.CLASSIFICATION_NOTE),
                r.get(PURCHASE.CLASSIFIED_ATTESTATION_ID), r.get(PURCHASE.MICRO_PURCHASE_THRESHOLD),
                instant(r.get(PURCHASE.CLASSIFIED_AT)), r.get(PURCHASE.CREATED_BY), instant(r.get(PURCHASE.CREATED_AT)),
                instant(r.get(PURCHASE.UPDATED_AT)), r.get(PURCHASE.VERSION));
    }

    static Instant instant(LocalDateTime t) {
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

    /** The classification input of a stored row. */
    public static ClassificationInput input(PurchaseRecord r) {
        return new ClassificationInput(r.getPurchaseDate(), r.getTotalAmount(), r.getProductId(),
                PlaceOfManufacture.fromCode(r.getPlaceOfManufacture()).orElse(null), r.getOriginCountry(),
                r.getExemption() == null ? null : Exemption.valueOf(r.getExemption()),
                Boolean.TRUE.equals(r.getWaiverMatched()) ? null : r.getWaiverId(), r.getPiid());
    }

    /** The rollup contribution of a stored row. */
    public static PurchaseRollups.Row rollupRow(PurchaseRecord r) {
        return new PurchaseRollups.Row(r.getPurchaseDate(), r.getOfficeId(), r.getChannel(), r.getClassification(),
                r.getOriginCountry(), r.getVendorId(), r.getTotalAmount());
    }

    /** Writes a classification's stored fields into the record (not stored yet). */
    public static void apply(PurchaseRecord r, Classified c, LocalDateTime now) {
        r.setClassification(c.classification().purchaseClass().name());
        r.setClassificationReason(c.classification().reason().name());
        r.setClassificationNote(c.note());
        r.setClassifiedAttestationId(c.attestationId());
        r.setMicroPurchaseThreshold(c.microPurchaseThreshold());
        r.setWaiverId(c.waiverId());
        r.setWaiverMatched(c.waiverMatched());
        r.setClassifiedAt(now);
    }
}
