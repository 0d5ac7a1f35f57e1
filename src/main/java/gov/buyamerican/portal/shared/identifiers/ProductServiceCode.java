package gov.buyamerican.portal.shared.identifiers;

/**
 * Rules for a PSC (Product and Service Code, the federal product/service classification): 4 ASCII letters and
 * digits, normalized trimmed and upper case.
 *
 * <p>Product codes (formerly Federal Supply Classes) are 4 digits; service and research-and-development codes
 * start with a letter. A manufactured end product therefore has a numeric PSC: see
 * {@link #isProductCode(String)}. Whether a code exists in the current PSC manual is a reference-table question,
 * not checked here.
 */
public final class ProductServiceCode {

    /** Number of characters of a PSC. */
    public static final int LENGTH = 4;

    private ProductServiceCode() {
    }

    /**
     * Checks a PSC and normalizes it.
     *
     * @param input raw input, may be null
     * @return the trimmed, upper-cased code, or the first problem found
     */
    public static Validation<String> validate(String input) {
        String value = Chars.trim(input);
        if (value.isEmpty()) {
            return Validation.invalid("PSC is required");
        }
        int bad = Chars.firstNonAlphanumeric(value);
        if (bad >= 0) {
            return Validation.invalid("PSC can contain only letters and digits (found " + Chars.describe(value, bad) + ")");
        }
        if (value.length() != LENGTH) {
            return Validation.invalid("PSC must be 4 letters and digits (got " + value.length() + ")");
        }
        return Validation.valid(Chars.asciiUpperCase(value));
    }

    /**
     * @param input raw input, may be null
     * @return true if {@link #validate(String)} accepts it
     */
    public static boolean isValid(String input) {
        return validate(input).isValid();
    }

    /**
     * Tells whether a PSC designates a product (a numeric code) rather than a service or R&amp;D.
     *
     * @param input raw input, may be null
     * @return true if the input is a valid PSC made of 4 digits; false for service codes and invalid input
     */
    public static boolean isProductCode(String input) {
        return validate(input).toOptional().map(code -> Chars.firstNonDigit(code) < 0).orElse(false);
    }
}
