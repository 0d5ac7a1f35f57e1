package gov.buyamerican.portal.attestation;

import gov.buyamerican.portal.rules.domesticcontent.Component;
import gov.buyamerican.portal.rules.domesticcontent.ComponentOrigin;
import gov.buyamerican.portal.rules.domesticcontent.CostBasis;
import gov.buyamerican.portal.rules.domesticcontent.ProductKind;
import gov.buyamerican.portal.catalog.Product;
import gov.buyamerican.portal.catalog.ProductForm;
import gov.buyamerican.portal.catalog.ProductService;
import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.shared.identifiers.UeiGenerator;
import gov.buyamerican.portal.support.TestUsers;
import gov.buyamerican.portal.vendor.Vendor;
import gov.buyamerican.portal.vendor.VendorForm;
import gov.buyamerican.portal.vendor.VendorKind;
import gov.buyamerican.portal.vendor.VendorService;
import gov.buyamerican.portal.vendor.VendorSize;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/** Vendors, products and forms with unique names, so that tests do not collide in the shared database. */
@org.springframework.stereotype.Component
public class AttestationFixtures {

    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime());
    private final VendorService vendors;
    private final ProductService products;
    private final TestUsers testUsers;

    AttestationFixtures(VendorService vendors, ProductService products, TestUsers testUsers) {
        this.vendors = vendors;
        this.products = products;
        this.testUsers = testUsers;
    }

    public static String unique(String prefix) {
        return prefix + "-" + Long.toString(SEQ.incrementAndGet(), 36);
    }

    /** A new US manufacturer, created as a staff user. */
    public Vendor vendor() {
        String staff = testUsers.ensure("fixture-staff", Role.STAFF);
        TestUsers.actAs(staff, Role.STAFF);
        String name = unique("Fixture Works");
        Vendor v = vendors.create(new VendorForm(name + " LLC", null, new UeiGenerator(SEQ.incrementAndGet()).next(), null,
                "US", "1 Main St", null, "Dayton", "OH", "45402", null, null, VendorKind.MANUFACTURER, VendorSize.SMALL,
                Set.of(), null));
        TestUsers.clear();
        return v;
    }

    /** A new US manufacturer and a product of the given kind it offers, created as a staff user. */
    public Product product(ProductKind kind) {
        Vendor v = vendor();
        TestUsers.actAs(testUsers.ensure("fixture-staff", Role.STAFF), Role.STAFF);
        Product p = products.create(new ProductForm(unique("Widget"), unique("SKU"), null, "5340", "332510", v.id(),
                v.id(), kind));
        TestUsers.clear();
        return p;
    }

    /** A signed form made in the US for delivery in 2026 (threshold 65%) with the given domestic and foreign costs. */
    public static AttestationForm form(String domesticCost, String foreignCost) {
        return new AttestationForm("US", "OH", "Dayton", "Plant 1", 2026, false, List.of(
                line("Frame", domesticCost, ComponentOrigin.DOMESTIC, "US"),
                line("Motor", foreignCost, ComponentOrigin.FOREIGN, "CN")),
                "Pat Signer", "Quality Director", "pat.signer@example.com", true);
    }

    /** The decoded text of every text part of a message. */
    public static String text(jakarta.mail.Part part) {
        try {
            Object content = part.getContent();
            if (content instanceof String s) {
                return s;
            }
            if (content instanceof jakarta.mail.Multipart m) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < m.getCount(); i++) {
                    sb.append(text(m.getBodyPart(i))).append('\n');
                }
                return sb.toString();
            }
            return "";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static Component line(String name, String cost, ComponentOrigin origin, String country) {
        return new Component(name, null, new BigDecimal(cost), CostBasis.PURCHASED, origin, country, BigDecimal.ZERO,
                false, false, false);
    }
}
