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

    /**
     * The filter as the {@code purchases} route's query parameters (the contract other views use to link to the grid):
     * {@code from}, {@code to} (ISO dates), {@code office} (id), {@code channel} (enum name), {@code class} (class name,
     * repeated), {@code country} (alpha-2), {@code vendor}, {@code seller}, {@code product} (ids), {@code q} (text).
     */
    public java.util.Map<String, List<String>> queryParameters() {
        java.util.Map<String, List<String>> m = new java.util.LinkedHashMap<>();
        if (from != null) m.put("from", List.of(from.toString()));
        if (to != null) m.put("to", List.of(to.toString()));
        if (officeId != null) m.put("office", List.of(officeId.toString()));
        if (channel != null) m.put("channel", List.of(channel.name()));
        if (!classes.isEmpty()) m.put("class", classes.stream().map(Enum::name).sorted().toList());
        if (country != null) m.put("country", List.of(country));
        if (vendorId != null) m.put("vendor", List.of(vendorId.toString()));
        if (sellerId != null) m.put("seller", List.of(sellerId.toString()));
        if (productId != null) m.put("product", List.of(productId.toString()));
        if (text != null) m.put("q", List.of(text));
        return m;
    }

    /** {@return the query string of {@link #queryParameters()}, URL-encoded, without the "?" ("" when no filter)} */
    public String queryString() {
        StringBuilder b = new StringBuilder();
        queryParameters().forEach((k, vs) -> vs.forEach(v -> b.append(b.isEmpty() ? "" : "&").append(k).append('=')
                .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8))));
        return b.toString();
    }

    /** Reads the filter from query parameters; values that do not parse are ignored. */
    public static PurchaseFilter fromQueryParameters(java.util.Map<String, List<String>> p) {
        java.util.Set<PurchaseClass> classes = java.util.EnumSet.noneOf(PurchaseClass.class);
        for (String c : p.getOrDefault("class", List.of())) {
            for (String part : c.split(",")) {
                parseEnum(PurchaseClass.class, part).ifPresent(classes::add);
            }
        }
        String country = first(p, "country");
        if (country != null && !country.strip().matches("[A-Za-z]{2}")) {
            country = null;
        }
        return new PurchaseFilter(parseDate(first(p, "from")), parseDate(first(p, "to")), parseLong(first(p, "office")),
                parseEnum(PurchaseChannel.class, first(p, "channel")).orElse(null), classes,
                parseLong(first(p, "vendor")), parseLong(first(p, "seller")), country, parseLong(first(p, "product")),
                first(p, "q"));
    }

    private static String first(java.util.Map<String, List<String>> p, String key) {
        List<String> v = p.get(key);
        return v == null || v.isEmpty() || v.getFirst() == null || v.getFirst().isBlank() ? null : v.getFirst().strip();
    }

    private static LocalDate parseDate(String s) {
        try {
            return s == null ? null : LocalDate.parse(s);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static Long parseLong(String s) {
        try {
            return s == null ? null : Long.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> java.util.Optional<E> parseEnum(Class<E> type, String s) {
        if (s == null) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(Enum.valueOf(type, s.strip().toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
