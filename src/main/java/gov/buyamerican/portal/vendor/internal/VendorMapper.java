package gov.buyamerican.portal.vendor.internal;

import gov.buyamerican.portal.db.tables.records.MarketplaceSellerRecord;
import gov.buyamerican.portal.db.tables.records.VendorContactRecord;
import gov.buyamerican.portal.db.tables.records.VendorRecord;
import gov.buyamerican.portal.vendor.Contact;
import gov.buyamerican.portal.vendor.SellerLink;
import gov.buyamerican.portal.vendor.SocioeconomicCategory;
import gov.buyamerican.portal.vendor.Vendor;
import gov.buyamerican.portal.vendor.VendorForm;
import gov.buyamerican.portal.vendor.VendorStatus;
import gov.buyamerican.portal.vendor.VendorSummary;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Between jOOQ records and the module's records; and the values the audit trail keeps. */
public final class VendorMapper {

    private VendorMapper() {
    }

    public static Vendor toVendor(VendorRecord r, String countryName) {
        return new Vendor(r.getId(), r.getLegalName(), r.getDbaName(), r.getUei(), r.getCageCode(), r.getCountryCode(),
                countryName, r.getAddressLine1(), r.getAddressLine2(), r.getCity(), r.getStateRegion(),
                r.getPostalCode(), r.getPhone(), r.getWebsite(), VendorQueries.kind(r.getKind()),
                VendorQueries.size(r.getBusinessSize()), categories(r), r.getSamExpiryDate(),
                VendorStatus.valueOf(r.getStatus()), r.getStatusReason(), instant(r.getStatusChangedAt()),
                r.getLastImportId(), instant(r.getCreatedAt()), instant(r.getUpdatedAt()), r.getVersion());
    }

    public static VendorRow toRow(VendorRecord r) {
        return new VendorRow(r.getUei(), r.getLegalName(), r.getDbaName(), r.getCageCode(), r.getCountryCode(),
                r.getAddressLine1(), r.getAddressLine2(), r.getCity(), r.getStateRegion(), r.getPostalCode(),
                r.getPhone(), r.getWebsite(), VendorQueries.kind(r.getKind()), VendorQueries.size(r.getBusinessSize()),
                r.getSdb(), r.getWosb(), r.getSdvosb(), r.getHubzone(), r.getSba_8a(), r.getSamExpiryDate(),
                VendorStatus.valueOf(r.getStatus()), r.getStatusReason());
    }

    /** Copies a normalized form's values onto a record (not the status). */
    public static void apply(VendorForm f, VendorRecord r) {
        r.setLegalName(f.legalName());
        r.setDbaName(f.dbaName());
        r.setUei(f.uei());
        r.setCageCode(f.cageCode());
        r.setCountryCode(f.countryCode());
        r.setAddressLine1(f.addressLine1());
        r.setAddressLine2(f.addressLine2());
        r.setCity(f.city());
        r.setStateRegion(f.stateRegion());
        r.setPostalCode(f.postalCode());
        r.setPhone(f.phone());
        r.setWebsite(f.website());
        r.setKind(f.kind() == null ? null : f.kind().name());
        r.setBusinessSize(f.size() == null ? null : f.size().name());
        Set<SocioeconomicCategory> c = f.categories();
        r.setSdb(c.contains(SocioeconomicCategory.SDB));
        r.setWosb(c.contains(SocioeconomicCategory.WOSB));
        r.setSdvosb(c.contains(SocioeconomicCategory.SDVOSB));
        r.setHubzone(c.contains(SocioeconomicCategory.HUBZONE));
        r.setSba_8a(c.contains(SocioeconomicCategory.SBA_8A));
        r.setSamExpiryDate(f.samExpiryDate());
    }

    public static Contact toContact(VendorContactRecord r) {
        return new Contact(r.getId(), r.getVendorId(), r.getName(), r.getTitle(), r.getEmail(), r.getPhone(),
                r.getVersion());
    }

    public static SellerLink toLink(MarketplaceSellerRecord r, VendorSummary marketplace, VendorSummary seller) {
        return new SellerLink(r.getId(), marketplace, seller, r.getStoreName(), r.getSellerRef(), r.getVersion());
    }

    /** The values of a vendor the audit trail records before and after a change, with readable keys. */
    public static Map<String, Object> auditView(Vendor v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("legalName", v.legalName());
        m.put("dbaName", v.dbaName());
        m.put("uei", v.uei());
        m.put("cageCode", v.cageCode());
        m.put("country", v.countryCode());
        m.put("addressLine1", v.addressLine1());
        m.put("addressLine2", v.addressLine2());
        m.put("city", v.city());
        m.put("stateRegion", v.stateRegion());
        m.put("postalCode", v.postalCode());
        m.put("phone", v.phone());
        m.put("website", v.website());
        m.put("kind", v.kind() == null ? null : v.kind().name());
        m.put("businessSize", v.size() == null ? null : v.size().name());
        m.put("categories", v.categories().stream().map(Enum::name).sorted().toList());
        m.put("samExpiryDate", v.samExpiryDate() == null ? null : v.samExpiryDate().toString());
        m.put("status", v.status().name());
        m.put("statusReason", v.statusReason());
        return m;
    }

    public static Map<String, Object> auditView(Contact c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", c.name());
        m.put("title", c.title());
        m.put("email", c.email());
        m.put("phone", c.phone());
        return m;
    }

    /** The readable names of the keys whose values differ, e.g. "legal name, CAGE code". */
    public static String changedFields(Map<String, Object> before, Map<String, Object> after) {
        StringBuilder b = new StringBuilder();
        for (var e : after.entrySet()) {
            if (!Objects.equals(before.get(e.getKey()), e.getValue())) {
                if (!b.isEmpty()) {
                    b.append(", ");
                }
                b.append(LABELS.getOrDefault(e.getKey(), e.getKey()));
            }
        }
        return b.toString();
    }

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("legalName", "legal name"), Map.entry("dbaName", "doing-business-as name"),
            Map.entry("uei", "UEI"), Map.entry("cageCode", "CAGE code"), Map.entry("country", "country"),
            Map.entry("addressLine1", "address"), Map.entry("addressLine2", "address line 2"),
            Map.entry("city", "city"), Map.entry("stateRegion", "state"), Map.entry("postalCode", "postal code"),
            Map.entry("phone", "phone"), Map.entry("website", "website"), Map.entry("kind", "kind"),
            Map.entry("businessSize", "business size"), Map.entry("categories", "socioeconomic categories"),
            Map.entry("samExpiryDate", "SAM expiry date"), Map.entry("status", "status"),
            Map.entry("statusReason", "status reason"), Map.entry("name", "name"), Map.entry("title", "title"),
            Map.entry("email", "e-mail"));

    static Set<SocioeconomicCategory> categories(VendorRecord r) {
        return VendorQueries.categories(r.getSdb(), r.getWosb(), r.getSdvosb(), r.getHubzone(), r.getSba_8a());
    }

    static Instant instant(LocalDateTime t) {
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }
}
