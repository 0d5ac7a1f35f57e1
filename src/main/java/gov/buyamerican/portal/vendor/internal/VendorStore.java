package gov.buyamerican.portal.vendor.internal;

import static gov.buyamerican.portal.db.Tables.COUNTRY;
import static gov.buyamerican.portal.db.Tables.MARKETPLACE_SELLER;
import static gov.buyamerican.portal.db.Tables.VENDOR;
import static gov.buyamerican.portal.db.Tables.VENDOR_CONTACT;
import static gov.buyamerican.portal.db.Tables.VENDOR_IMPORT;

import gov.buyamerican.portal.db.tables.records.MarketplaceSellerRecord;
import gov.buyamerican.portal.db.tables.records.VendorContactRecord;
import gov.buyamerican.portal.db.tables.records.VendorImportRecord;
import gov.buyamerican.portal.db.tables.records.VendorRecord;
import gov.buyamerican.portal.shared.PageQuery;
import gov.buyamerican.portal.vendor.Contact;
import gov.buyamerican.portal.vendor.CountryChoice;
import gov.buyamerican.portal.vendor.SellerLink;
import gov.buyamerican.portal.vendor.Vendor;
import gov.buyamerican.portal.vendor.VendorFilter;
import gov.buyamerican.portal.vendor.VendorImportFormat;
import gov.buyamerican.portal.vendor.VendorImportInfo;
import gov.buyamerican.portal.vendor.VendorSummary;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * The jOOQ queries of the vendor module: vendors, contacts, marketplace sellers, imports. No rules, no security, no
 * audit: {@link gov.buyamerican.portal.vendor.VendorService} does those and calls this inside its transactions.
 */
@Component
public class VendorStore {

    private final DSLContext dsl;

    VendorStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    // ---- vendors ----

    public List<VendorSummary> search(VendorFilter filter, PageQuery page) {
        return VendorQueries.page(dsl, filter, page).fetch(VendorQueries::toSummary);
    }

    public int count(VendorFilter filter, int cap) {
        return VendorQueries.count(dsl, filter, cap).fetchOne(0, Integer.class);
    }

    public Optional<VendorRecord> record(long id) {
        return Optional.ofNullable(dsl.fetchOne(VENDOR, VENDOR.ID.eq(id)));
    }

    public Optional<Vendor> vendor(long id) {
        return dsl.select(VENDOR.asterisk(), COUNTRY.NAME).from(VENDOR)
                .join(COUNTRY).on(COUNTRY.ALPHA2.eq(VENDOR.COUNTRY_CODE))
                .where(VENDOR.ID.eq(id))
                .fetchOptional(r -> VendorMapper.toVendor(r.into(VENDOR), r.get(COUNTRY.NAME)));
    }

    public Optional<VendorSummary> summary(Condition condition) {
        return dsl.select(VendorQueries.SUMMARY_FIELDS).from(VENDOR)
                .join(COUNTRY).on(COUNTRY.ALPHA2.eq(VENDOR.COUNTRY_CODE))
                .where(condition)
                .limit(1)
                .fetchOptional(VendorQueries::toSummary);
    }

    public Optional<VendorSummary> summary(long id) {
        return summary(VENDOR.ID.eq(id));
    }

    public Map<Long, VendorSummary> summaries(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return dsl.select(VendorQueries.SUMMARY_FIELDS).from(VENDOR)
                .join(COUNTRY).on(COUNTRY.ALPHA2.eq(VENDOR.COUNTRY_CODE))
                .where(VENDOR.ID.in(ids))
                .fetch(VendorQueries::toSummary).stream()
                .collect(Collectors.toMap(VendorSummary::id, Function.identity()));
    }

    public VendorRecord newRecord() {
        return dsl.newRecord(VENDOR);
    }

    /** Active countries of the reference table, by name. */
    public List<CountryChoice> countries() {
        return dsl.select(COUNTRY.ALPHA2, COUNTRY.ALPHA3, COUNTRY.NAME).from(COUNTRY)
                .where(COUNTRY.ACTIVE.isTrue())
                .orderBy(COUNTRY.NAME)
                .fetch(r -> new CountryChoice(r.value1(), r.value2(), r.value3()));
    }

    public boolean activeCountry(String alpha2) {
        return alpha2 != null && dsl.fetchExists(COUNTRY, COUNTRY.ALPHA2.eq(alpha2.toUpperCase(Locale.ROOT))
                .and(COUNTRY.ACTIVE.isTrue()));
    }

    /**
     * Generated rows that can be inserted without a unique-key clash: rows whose UEI is registered are left out, and a
     * CAGE code that is registered is dropped from its row.
     */
    public List<VendorRow> withoutClashes(List<VendorRow> rows) {
        java.util.Set<String> ueis = new java.util.HashSet<>(dsl.select(VENDOR.UEI).from(VENDOR)
                .where(VENDOR.UEI.in(rows.stream().map(VendorRow::uei).filter(java.util.Objects::nonNull).toList()))
                .fetch(VENDOR.UEI));
        java.util.Set<String> cages = new java.util.HashSet<>(dsl.select(VENDOR.CAGE_CODE).from(VENDOR)
                .where(VENDOR.CAGE_CODE.in(rows.stream().map(VendorRow::cageCode).filter(java.util.Objects::nonNull).toList()))
                .fetch(VENDOR.CAGE_CODE));
        return rows.stream().filter(r -> !ueis.contains(r.uei()))
                .map(r -> r.cageCode() != null && cages.contains(r.cageCode()) ? new VendorRow(r.uei(), r.legalName(),
                        r.dbaName(), null, r.countryCode(), r.addressLine1(), r.addressLine2(), r.city(), r.stateRegion(),
                        r.postalCode(), r.phone(), r.website(), r.kind(), r.size(), r.sdb(), r.wosb(), r.sdvosb(),
                        r.hubzone(), r.sba8a(), r.samExpiryDate(), r.status(), r.statusReason()) : r)
                .toList();
    }

    // ---- contacts ----

    public List<Contact> contacts(long vendorId) {
        return dsl.selectFrom(VENDOR_CONTACT).where(VENDOR_CONTACT.VENDOR_ID.eq(vendorId))
                .orderBy(VENDOR_CONTACT.NAME, VENDOR_CONTACT.ID)
                .fetch(VendorMapper::toContact);
    }

    public Optional<VendorContactRecord> contactRecord(long contactId) {
        return Optional.ofNullable(dsl.fetchOne(VENDOR_CONTACT, VENDOR_CONTACT.ID.eq(contactId)));
    }

    public VendorContactRecord newContact() {
        return dsl.newRecord(VENDOR_CONTACT);
    }

    public void deleteContact(long contactId) {
        dsl.deleteFrom(VENDOR_CONTACT).where(VENDOR_CONTACT.ID.eq(contactId)).execute();
    }

    // ---- marketplace sellers ----

    /** The seller's names (as the vendor search reads them) or its store name on the marketplace. */
    private static Condition sellerText(String text) {
        var s = SearchText.parse(text);
        return s.isEmpty() ? DSL.noCondition()
                : VendorQueries.textCondition(s).or(MARKETPLACE_SELLER.STORE_NAME.contains(text.strip()));
    }

    /** The sellers of a marketplace, by legal name. */
    public List<SellerLink> sellers(long marketplaceId, String text, PageQuery page) {
        VendorSummary marketplace = summary(marketplaceId).orElseThrow();
        return dsl.select(VendorQueries.SUMMARY_FIELDS).select(MARKETPLACE_SELLER.fields())
                .from(MARKETPLACE_SELLER)
                .join(VENDOR).on(VENDOR.ID.eq(MARKETPLACE_SELLER.SELLER_ID))
                .join(COUNTRY).on(COUNTRY.ALPHA2.eq(VENDOR.COUNTRY_CODE))
                .where(MARKETPLACE_SELLER.MARKETPLACE_ID.eq(marketplaceId).and(sellerText(text)))
                .orderBy(VENDOR.LEGAL_NAME, VENDOR.ID)
                .limit(page.limit()).offset(page.offset())
                .fetch(r -> VendorMapper.toLink(r.into(MARKETPLACE_SELLER), marketplace, VendorQueries.toSummary(r)));
    }

    public int countSellers(long marketplaceId, String text) {
        return dsl.fetchCount(dsl.selectOne().from(MARKETPLACE_SELLER)
                .join(VENDOR).on(VENDOR.ID.eq(MARKETPLACE_SELLER.SELLER_ID))
                .where(MARKETPLACE_SELLER.MARKETPLACE_ID.eq(marketplaceId).and(sellerText(text))));
    }

    /** The marketplaces a vendor sells on, by name. */
    public List<SellerLink> marketplacesOf(long sellerId) {
        VendorSummary seller = summary(sellerId).orElseThrow();
        return dsl.select(VendorQueries.SUMMARY_FIELDS).select(MARKETPLACE_SELLER.fields())
                .from(MARKETPLACE_SELLER)
                .join(VENDOR).on(VENDOR.ID.eq(MARKETPLACE_SELLER.MARKETPLACE_ID))
                .join(COUNTRY).on(COUNTRY.ALPHA2.eq(VENDOR.COUNTRY_CODE))
                .where(MARKETPLACE_SELLER.SELLER_ID.eq(sellerId))
                .orderBy(VENDOR.LEGAL_NAME, VENDOR.ID)
                .fetch(r -> VendorMapper.toLink(r.into(MARKETPLACE_SELLER), VendorQueries.toSummary(r), seller));
    }

    public boolean isSeller(long vendorId) {
        return dsl.fetchExists(MARKETPLACE_SELLER, MARKETPLACE_SELLER.SELLER_ID.eq(vendorId));
    }

    public int sellerCount(long marketplaceId) {
        return dsl.fetchCount(MARKETPLACE_SELLER, MARKETPLACE_SELLER.MARKETPLACE_ID.eq(marketplaceId));
    }

    public boolean linked(long marketplaceId, long sellerId) {
        return dsl.fetchExists(MARKETPLACE_SELLER, MARKETPLACE_SELLER.MARKETPLACE_ID.eq(marketplaceId)
                .and(MARKETPLACE_SELLER.SELLER_ID.eq(sellerId)));
    }

    public Optional<MarketplaceSellerRecord> linkRecord(long linkId) {
        return Optional.ofNullable(dsl.fetchOne(MARKETPLACE_SELLER, MARKETPLACE_SELLER.ID.eq(linkId)));
    }

    public MarketplaceSellerRecord newLink() {
        return dsl.newRecord(MARKETPLACE_SELLER);
    }

    public void deleteLink(long linkId) {
        dsl.deleteFrom(MARKETPLACE_SELLER).where(MARKETPLACE_SELLER.ID.eq(linkId)).execute();
    }

    public SellerLink link(long linkId) {
        MarketplaceSellerRecord r = linkRecord(linkId).orElseThrow();
        return VendorMapper.toLink(r, summary(r.getMarketplaceId()).orElseThrow(), summary(r.getSellerId()).orElseThrow());
    }

    // ---- imports ----

    public long insertImport(String fileName, VendorImportFormat format, String actor, LocalDateTime at) {
        VendorImportRecord r = dsl.newRecord(VENDOR_IMPORT);
        r.setFileName(fileName);
        r.setFileSha256("0".repeat(64));
        r.setFormat(format.name());
        r.setImportedAt(at);
        r.setImportedBy(actor);
        r.setRowsRead(0);
        r.setCreatedCount(0);
        r.setUpdatedCount(0);
        r.setUnchangedCount(0);
        r.setRejectedCount(0);
        r.store();
        return r.getId();
    }

    public void finishImport(long importId, String sha256, long rowsRead, int created, int updated, int unchanged,
                             int rejected) {
        dsl.update(VENDOR_IMPORT)
                .set(VENDOR_IMPORT.FILE_SHA256, sha256)
                .set(VENDOR_IMPORT.ROWS_READ, (int) Math.min(Integer.MAX_VALUE, rowsRead))
                .set(VENDOR_IMPORT.CREATED_COUNT, created)
                .set(VENDOR_IMPORT.UPDATED_COUNT, updated)
                .set(VENDOR_IMPORT.UNCHANGED_COUNT, unchanged)
                .set(VENDOR_IMPORT.REJECTED_COUNT, rejected)
                .where(VENDOR_IMPORT.ID.eq(importId))
                .execute();
    }

    public Optional<VendorImportInfo> importInfo(long importId) {
        return dsl.selectFrom(VENDOR_IMPORT).where(VENDOR_IMPORT.ID.eq(importId)).fetchOptional(r -> new VendorImportInfo(
                r.getId(), r.getFileName(), VendorImportFormat.valueOf(r.getFormat()),
                r.getImportedAt().toInstant(ZoneOffset.UTC), r.getImportedBy(), r.getRowsRead(), r.getCreatedCount(),
                r.getUpdatedCount(), r.getUnchangedCount(), r.getRejectedCount()));
    }

    /** The vendors holding these UEIs or CAGE codes (other than {@code exceptId}), for duplicate checks. */
    public Optional<Record> holderOf(org.jooq.TableField<VendorRecord, String> field, String value, Long exceptId) {
        if (value == null) {
            return Optional.empty();
        }
        Condition c = field.eq(value);
        if (exceptId != null) {
            c = c.and(VENDOR.ID.ne(exceptId));
        }
        return dsl.select(VENDOR.ID, VENDOR.LEGAL_NAME, VENDOR.UEI).from(VENDOR).where(c).limit(1).fetchOptional()
                .map(r -> (Record) r);
    }

    // ---- bulk keys and minimal registration (imports of other modules) ----

    public gov.buyamerican.portal.vendor.VendorKeys keys() {
        Map<String, Long> byUei = new java.util.HashMap<>();
        dsl.select(VENDOR.UEI, VENDOR.ID).from(VENDOR).where(VENDOR.UEI.isNotNull())
                .fetch().forEach(r -> byUei.put(r.value1(), r.value2()));
        var marketplaces = dsl.select(VENDOR.ID, VENDOR.UEI, VENDOR.LEGAL_NAME).from(VENDOR)
                .where(VENDOR.KIND.eq(gov.buyamerican.portal.vendor.VendorKind.MARKETPLACE.name()))
                .fetch(r -> new gov.buyamerican.portal.vendor.VendorKeys.MarketplaceKey(r.value1(), r.value2(),
                        r.value3()));
        var sellers = dsl.select(MARKETPLACE_SELLER.MARKETPLACE_ID, MARKETPLACE_SELLER.SELLER_ID, VENDOR.UEI,
                        VENDOR.LEGAL_NAME, MARKETPLACE_SELLER.STORE_NAME, MARKETPLACE_SELLER.SELLER_REF)
                .from(MARKETPLACE_SELLER).join(VENDOR).on(VENDOR.ID.eq(MARKETPLACE_SELLER.SELLER_ID))
                .fetch(r -> new gov.buyamerican.portal.vendor.VendorKeys.SellerKey(r.value1(), r.value2(), r.value3(),
                        r.value4(), r.value5(), r.value6()));
        return new gov.buyamerican.portal.vendor.VendorKeys(byUei, marketplaces, sellers);
    }

    /** Inserts minimal vendors (one multi-row INSERT per 1,000) and returns their ids by UEI. */
    public Map<String, Long> insertMinimal(List<gov.buyamerican.portal.vendor.VendorKeys.NewVendor> vendors,
                                           LocalDateTime now) {
        for (int from = 0; from < vendors.size(); from += 1000) {
            var insert = dsl.insertInto(VENDOR, VENDOR.LEGAL_NAME, VENDOR.UEI, VENDOR.COUNTRY_CODE, VENDOR.KIND,
                    VENDOR.STATUS, VENDOR.CREATED_AT, VENDOR.UPDATED_AT);
            for (var v : vendors.subList(from, Math.min(vendors.size(), from + 1000))) {
                insert = insert.values(v.legalName(), v.uei(), v.countryCode(),
                        v.marketplace() ? gov.buyamerican.portal.vendor.VendorKind.MARKETPLACE.name() : null,
                        gov.buyamerican.portal.vendor.VendorStatus.ACTIVE.name(), now, now);
            }
            insert.execute();
        }
        Map<String, Long> ids = new java.util.HashMap<>();
        List<String> ueis = vendors.stream().map(gov.buyamerican.portal.vendor.VendorKeys.NewVendor::uei).toList();
        for (int from = 0; from < ueis.size(); from += 1000) {
            dsl.select(VENDOR.UEI, VENDOR.ID).from(VENDOR)
                    .where(VENDOR.UEI.in(ueis.subList(from, Math.min(ueis.size(), from + 1000))))
                    .fetch().forEach(r -> ids.put(r.value1(), r.value2()));
        }
        return ids;
    }

    /** Inserts a minimal seller vendor and its link to the marketplace; returns the seller's id. */
    public long insertSeller(gov.buyamerican.portal.vendor.VendorKeys.NewSeller s, LocalDateTime now) {
        var v = s.vendor();
        long id = dsl.insertInto(VENDOR, VENDOR.LEGAL_NAME, VENDOR.UEI, VENDOR.COUNTRY_CODE, VENDOR.STATUS,
                        VENDOR.CREATED_AT, VENDOR.UPDATED_AT)
                .values(v.legalName(), v.uei(), v.countryCode(), gov.buyamerican.portal.vendor.VendorStatus.ACTIVE.name(),
                        now, now)
                .returning(VENDOR.ID).fetchOne(VENDOR.ID);
        dsl.insertInto(MARKETPLACE_SELLER, MARKETPLACE_SELLER.MARKETPLACE_ID, MARKETPLACE_SELLER.SELLER_ID,
                        MARKETPLACE_SELLER.STORE_NAME, MARKETPLACE_SELLER.SELLER_REF, MARKETPLACE_SELLER.CREATED_AT,
                        MARKETPLACE_SELLER.UPDATED_AT)
                .values(s.marketplaceId(), id, blankToNull(s.storeName()), blankToNull(s.sellerRef()), now, now)
                .execute();
        return id;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
