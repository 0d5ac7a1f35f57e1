package gov.buyamerican.portal.shared.usaspending;

import java.util.Optional;

/**
 * The contracting officer's determination of business size for the action
 * ({@code contracting_officers_determination_of_business_size_code}).
 */
public enum BusinessSize {

    /** Code S: small business for the NAICS size standard of the action. */
    SMALL("S", "Small business"),
    /** Code O: other than small business. */
    OTHER_THAN_SMALL("O", "Other than small business");

    private final String code;
    private final String description;

    BusinessSize(String code, String description) {
        this.code = code;
        this.description = description;
    }

    /** @return the one-letter FPDS code */
    public String code() {
        return code;
    }

    /** @return the English meaning of the code */
    public String description() {
        return description;
    }

    /**
     * @param code a code, any case, surrounding whitespace ignored; may be null
     * @return the constant, or empty if the code is blank or unknown
     */
    public static Optional<BusinessSize> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String key = code.strip();
        for (BusinessSize size : values()) {
            if (size.code.equalsIgnoreCase(key)) {
                return Optional.of(size);
            }
        }
        return Optional.empty();
    }
}
