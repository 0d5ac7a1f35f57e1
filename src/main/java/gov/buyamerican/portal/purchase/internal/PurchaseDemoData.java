package gov.buyamerican.portal.purchase.internal;

import static gov.buyamerican.portal.db.Tables.OFFICE;
import static gov.buyamerican.portal.db.Tables.PURCHASE;

import gov.buyamerican.portal.catalog.Product;
import gov.buyamerican.portal.catalog.ProductFilter;
import gov.buyamerican.portal.catalog.ProductService;
import gov.buyamerican.portal.db.tables.records.PurchaseRecord;
import gov.buyamerican.portal.purchase.PurchaseChannel;
import gov.buyamerican.portal.rules.purchase.Exemption;
import gov.buyamerican.portal.rules.purchase.PlaceOfManufacture;
import gov.buyamerican.portal.security.CurrentUser;
import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.shared.PageQuery;
import gov.buyamerican.portal.shared.demo.DemoDataContributor;
import gov.buyamerican.portal.vendor.SellerLink;
import gov.buyamerican.portal.vendor.VendorFilter;
import gov.buyamerican.portal.vendor.VendorKind;
import gov.buyamerican.portal.vendor.VendorService;
import gov.buyamerican.portal.vendor.VendorSummary;
import gov.buyamerican.portal.waiver.WaiverService;
import gov.buyamerican.portal.waiver.WaiverValidity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jooq.DSLContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo offices and a few thousand purchases over the last 24 months (more with a larger demo size) across channels,
 * countries and classes, using the demo vendors, marketplace sellers, products and approved waivers (some purchases
 * carry a waiver's PIID, so the matching shows). Every purchase is classified by the same code as a recorded one, and
 * the rollups are rebuilt at the end; one transaction.
 */
@Component
class PurchaseDemoData implements DemoDataContributor {

    private static final String[][] OFFICES = {
            {"W912DY", "Army Engineering and Support Center, Huntsville"},
            {"N00024", "Naval Sea Systems Command"},
            {"FA8601", "Air Force Life Cycle Management Center"},
            {"47QSWA", "GSA Federal Acquisition Service"},
            {"36C10G", "VA Strategic Acquisition Center"},
            {"70Z023", "Coast Guard Aviation Logistics Center"},
            {"HHS-NIH", "NIH Office of Acquisitions"},
            {"DOI-BLM", "Bureau of Land Management, Denver"}};
    private static final String[] COUNTRIES = {"US", "US", "US", "US", "CN", "MX", "CA", "DE", "VN", "IN", "JP", "KR",
            "TW", "MY", "GB"};

    private final DSLContext dsl;
    private final VendorService vendors;
    private final ProductService products;
    private final WaiverService waivers;
    private final ClassificationInputs inputs;
    private final PurchaseRollups rollups;
    private final Clock clock;
    private final TransactionTemplate tx;

    PurchaseDemoData(DSLContext dsl, VendorService vendors, ProductService products, WaiverService waivers,
                     ClassificationInputs inputs, PurchaseRollups rollups, Clock clock,
                     PlatformTransactionManager transactions) {
        this.dsl = dsl;
        this.vendors = vendors;
        this.products = products;
        this.waivers = waivers;
        this.inputs = inputs;
        this.rollups = rollups;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String name() {
        return "offices and purchases";
    }

    @Override
    public void contribute(DemoSettings settings) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(CurrentUser.SYSTEM, null,
                List.of(new SimpleGrantedAuthority(Role.STAFF.authority()))));
        SecurityContextHolder.setContext(context);
        try {
            tx.executeWithoutResult(s -> load(settings));
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private void load(DemoSettings settings) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<Long> offices = new ArrayList<>();
        for (String[] o : OFFICES) {
            Long id = dsl.select(OFFICE.ID).from(OFFICE).where(OFFICE.CODE.eq(o[0])).fetchOne(OFFICE.ID);
            if (id == null) {
                id = dsl.insertInto(OFFICE).set(OFFICE.CODE, o[0]).set(OFFICE.NAME, o[1]).set(OFFICE.ACTIVE, true)
                        .set(OFFICE.CREATED_AT, now).set(OFFICE.UPDATED_AT, now).returning(OFFICE.ID).fetchOne()
                        .getId();
            }
            offices.add(id);
        }
        List<VendorSummary> all = vendors.search(VendorFilter.all(), PageQuery.first(PageQuery.MAX_LIMIT));
        if (all.isEmpty()) {
            return;
        }
        List<VendorSummary> marketplaces = all.stream().filter(v -> v.kind() == VendorKind.MARKETPLACE).toList();
        List<VendorSummary> contractors = all.stream().filter(v -> v.kind() != VendorKind.MARKETPLACE).toList();
        List<List<SellerLink>> sellers = marketplaces.stream()
                .map(m -> vendors.sellers(m.id(), null, PageQuery.first(PageQuery.MAX_LIMIT))).toList();
        List<Product> productList = products.search(ProductFilter.all(), PageQuery.first(PageQuery.MAX_LIMIT));
        List<WaiverValidity> approved = waivers.approvedWithPiids();
        ClassificationInputs.Snapshot snapshot = inputs.snapshot();

        Random random = new Random(settings.seed() ^ 0x5075726368L);
        int count = settings.size() <= 0 ? 3_000 : Math.max(3_000, settings.size() * 10);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate start = today.minusMonths(24).withDayOfMonth(1);
        int days = (int) (today.toEpochDay() - start.toEpochDay());
        List<PurchaseRecord> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            PurchaseRecord r = dsl.newRecord(PURCHASE);
            LocalDate date = start.plusDays(random.nextInt(days + 1));
            PurchaseChannel channel = PurchaseChannel.values()[random.nextInt(4)];
            boolean marketplace = channel == PurchaseChannel.COMMERCIAL_PLATFORM && !marketplaces.isEmpty();
            VendorSummary vendor;
            Long sellerId = null;
            if (marketplace) {
                int m = random.nextInt(marketplaces.size());
                vendor = marketplaces.get(m);
                if (!sellers.get(m).isEmpty()) {
                    sellerId = sellers.get(m).get(random.nextInt(sellers.get(m).size())).seller().id();
                }
            } else {
                vendor = (contractors.isEmpty() ? all : contractors).get(random.nextInt(
                        (contractors.isEmpty() ? all : contractors).size()));
            }
            Product product = !productList.isEmpty() && random.nextInt(3) > 0
                    ? productList.get(random.nextInt(productList.size())) : null;
            boolean small = channel == PurchaseChannel.PURCHASE_CARD || channel == PurchaseChannel.COMMERCIAL_PLATFORM;
            BigDecimal quantity = BigDecimal.valueOf(1 + random.nextInt(small ? 20 : 200));
            double unit = small ? Math.exp(Math.log(15) + random.nextDouble() * (Math.log(2_500) - Math.log(15)))
                    : Math.exp(Math.log(150) + random.nextDouble() * (Math.log(40_000) - Math.log(150)));
            BigDecimal unitPrice = BigDecimal.valueOf(unit).setScale(2, RoundingMode.HALF_UP);
            BigDecimal total = quantity.multiply(unitPrice).setScale(2, RoundingMode.HALF_UP);
            String country = random.nextInt(8) == 0 ? null : COUNTRIES[random.nextInt(COUNTRIES.length)];
            PlaceOfManufacture pom = null;
            if (channel == PurchaseChannel.DIRECT_CONTRACT || channel == PurchaseChannel.GSA_SCHEDULE) {
                int k = random.nextInt(10);
                pom = k < 3 ? ("US".equals(country) ? PlaceOfManufacture.D : PlaceOfManufacture.B)
                        : k == 3 ? PlaceOfManufacture.C : k == 4 ? PlaceOfManufacture.G : k == 5 ? PlaceOfManufacture.J
                        : null;
            }
            Exemption exemption = random.nextInt(40) == 0 ? Exemption.COMMERCIAL_IT : null;
            String piid = null;
            if (!small) {
                if (!approved.isEmpty() && random.nextInt(12) == 0) {
                    WaiverValidity w = approved.get(random.nextInt(approved.size()));
                    piid = w.piids().getFirst().strip().toUpperCase(java.util.Locale.ROOT);
                } else {
                    piid = String.format("%sP%02d%05d", offices.size() > 0 ? OFFICES[random.nextInt(OFFICES.length)][0]
                            .replace("-", "") : "DEMO", date.getYear() % 100, random.nextInt(100_000));
                    if (piid.length() > 100) {
                        piid = piid.substring(0, 100);
                    }
                }
            }
            String order = small ? "ORD-" + (100_000_000L + random.nextInt(900_000_000)) : null;
            Classified c = snapshot.classify(new ClassificationInput(date, total, product == null ? null : product.id(),
                    pom, country, exemption, null, piid));
            r.setSource("MANUAL");
            r.setPurchaseDate(date);
            r.setOfficeId(offices.get(random.nextInt(offices.size())));
            r.setVendorId(vendor.id());
            r.setSellerVendorId(sellerId);
            r.setProductId(product == null ? null : product.id());
            r.setDescription(product == null ? demoDescription(random) : null);
            r.setQuantity(quantity);
            r.setUnitPrice(unitPrice);
            r.setTotalAmount(total);
            r.setChannel(channel.name());
            r.setPiid(piid);
            r.setOrderNumber(order);
            r.setOriginCountry(country);
            r.setPlaceOfManufacture(pom == null ? null : pom.name());
            r.setExemption(exemption == null ? null : exemption.name());
            PurchaseStore.apply(r, c, now);
            r.setCreatedBy("staff");
            r.setCreatedAt(now);
            r.setUpdatedAt(now);
            batch.add(r);
            if (batch.size() == 1_000) {
                dsl.batchInsert(batch).execute();
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            dsl.batchInsert(batch).execute();
        }
        rollups.rebuildAll();
    }

    private static final String[] ITEMS = {"Printer toner cartridges", "Nitrile gloves, box of 100", "USB-C docking station",
            "Safety glasses", "LED work light", "Office chairs", "Laboratory pipette tips", "Cordless drill kit",
            "Folding tables", "First aid kits", "Ethernet cables, cat 6", "Hard hats", "Standing desk converter"};

    private static String demoDescription(Random random) {
        return ITEMS[random.nextInt(ITEMS.length)];
    }
}
