package gov.buyamerican.portal.purchase;

import gov.buyamerican.portal.rules.purchase.PurchaseClass;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Filters of the purchases grid and its exports; every field null (or empty) means "any".
 *
 * @param from      first purchase date (inclusive)
 * @param to        last purchase date (inclusive)
 * @param classes   any of these classes
 * @param vendorId  the contractor or marketplace ({@code purchase.vendor_id})
 * @param sellerId  the marketplace seller
 * @param country   ISO alpha-2 country of origin
 * @param text      searched in PIID and order number (prefix) and description (substring)
 */
public record PurchaseFilter(LocalDate from, LocalDate to, Long officeId, PurchaseChannel channel,
        Set<PurchaseClass> classes, Long vendorId, Long sellerId, String country, Long productId, String text) {

    public static final PurchaseFilter NONE = new PurchaseFilter(null, null, null, null, Set.of(), null, null, null,
            null, null);

    public PurchaseFilter {
        classes = classes == null ? Set.of() : Set.copyOf(classes);
        text = text == null || text.isBlank() ? null : text.strip();
        country = country == null || country.isBlank() ? null : country.strip().toUpperCase(java.util.Locale.ROOT);
    }

    /** {@return a short description for the audit trail of an export} */
    public String describe() {
        List<String> p = new ArrayList<>();
        if (from != null) p.add("from " + from);
        if (to != null) p.add("to " + to);
        if (officeId != null) p.add("office #" + officeId);
        if (channel != null) p.add("channel " + channel);
        if (!classes.isEmpty()) p.add("class " + classes);
        if (vendorId != null) p.add("vendor #" + vendorId);
        if (sellerId != null) p.add("seller #" + sellerId);
        if (country != null) p.add("country " + country);
        if (productId != null) p.add("product #" + productId);
        if (text != null) p.add("text \"" + text + "\"");
        return p.isEmpty() ? "no filter" : String.join(", ", p);
    }
}
