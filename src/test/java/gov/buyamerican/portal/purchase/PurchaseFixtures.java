package gov.buyamerican.portal.purchase;

import static gov.buyamerican.portal.db.Tables.ATTESTATION;
import static gov.buyamerican.portal.db.Tables.WAIVER_PIID;
import static gov.buyamerican.portal.db.Tables.WAIVER_REQUEST;

import gov.buyamerican.portal.attestation.AttestationFixtures;
import gov.buyamerican.portal.catalog.Product;
import gov.buyamerican.portal.rules.domesticcontent.ProductKind;
import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.support.TestUsers;
import gov.buyamerican.portal.vendor.Vendor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** Offices, vendors, products, and attestations and waivers written straight to their tables with chosen dates. */
@Component
public class PurchaseFixtures {

    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000_000L);
    private final OfficeService offices;
    private final AttestationFixtures fixtures;
    private final TestUsers testUsers;
    private final DSLContext dsl;

    PurchaseFixtures(OfficeService offices, AttestationFixtures fixtures, TestUsers testUsers, DSLContext dsl) {
        this.offices = offices;
        this.fixtures = fixtures;
        this.testUsers = testUsers;
        this.dsl = dsl;
    }

    public static String unique(String prefix) {
        return prefix + Long.toString(SEQ.incrementAndGet(), 36).toUpperCase(java.util.Locale.ROOT);
    }

    /** A new office (created as staff; the caller's security context is restored to none). */
    public Office office() {
        return keepingAuth(() -> {
            TestUsers.actAs(testUsers.ensure("purchase-fixture-staff", Role.STAFF), Role.STAFF);
            return offices.create(new OfficeForm(unique("OF"), "Office " + unique(""), true));
        });
    }

    public Vendor vendor() {
        return keepingAuth(fixtures::vendor);
    }

    public Product product() {
        return keepingAuth(() -> fixtures.product(ProductKind.MANUFACTURED));
    }

    private static <T> T keepingAuth(java.util.function.Supplier<T> action) {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        try {
            return action.get();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(auth);
        }
    }

    /** An attestation row as verified (or another status after verification), signed on {@code signed}. */
    public long attestation(long productId, String status, boolean domestic, LocalDate signed, LocalDate validUntil) {
        int next = dsl.select(org.jooq.impl.DSL.coalesce(org.jooq.impl.DSL.max(ATTESTATION.VERSION_NO), 0))
                .from(ATTESTATION).where(ATTESTATION.PRODUCT_ID.eq(productId)).fetchOne(0, Integer.class) + 1;
        LocalDateTime now = LocalDateTime.now();
        return dsl.insertInto(ATTESTATION)
                .set(ATTESTATION.PRODUCT_ID, productId).set(ATTESTATION.VERSION_NO, next)
                .set(ATTESTATION.STATUS, status).set(ATTESTATION.SOURCE, "STAFF")
                .set(ATTESTATION.ENTERED_BY, "fixture").set(ATTESTATION.SIGNED_AT, signed.atTime(10, 0))
                .set(ATTESTATION.SUBMITTED_AT, signed.atTime(11, 0)).set(ATTESTATION.VERIFIED_BY, "fixture2")
                .set(ATTESTATION.VERIFIED_AT, signed.atTime(12, 0)).set(ATTESTATION.VALID_UNTIL, validUntil)
                .set(ATTESTATION.RESULT_CLASSIFICATION, domestic ? "DOMESTIC" : "FOREIGN")
                .set(ATTESTATION.CREATED_AT, now).set(ATTESTATION.UPDATED_AT, now)
                .returning(ATTESTATION.ID).fetchOne().getId();
    }

    /** A portal waiver row in the given status, with PIIDs and an end date. */
    public long waiver(String status, LocalDate expiresOn, List<String> piids) {
        LocalDateTime now = LocalDateTime.now();
        long id = dsl.insertInto(WAIVER_REQUEST)
                .set(WAIVER_REQUEST.ORIGIN, "PORTAL").set(WAIVER_REQUEST.WAIVER_NUMBER, unique("W-T-"))
                .set(WAIVER_REQUEST.WAIVER_TYPE, "PUBLIC_INTEREST").set(WAIVER_REQUEST.STATUS, status)
                .set(WAIVER_REQUEST.REQUESTER, "fixture").set(WAIVER_REQUEST.PROCUREMENT_TITLE, "Fixture waiver")
                .set(WAIVER_REQUEST.ESTIMATED_VALUE, new BigDecimal("100000"))
                .set(WAIVER_REQUEST.EXPIRES_ON, expiresOn)
                .set(WAIVER_REQUEST.CREATED_AT, now).set(WAIVER_REQUEST.UPDATED_AT, now)
                .returning(WAIVER_REQUEST.ID).fetchOne().getId();
        for (int i = 0; i < piids.size(); i++) {
            dsl.insertInto(WAIVER_PIID).set(WAIVER_PIID.WAIVER_ID, id).set(WAIVER_PIID.POSITION, i)
                    .set(WAIVER_PIID.PIID, piids.get(i)).execute();
        }
        return id;
    }
}
