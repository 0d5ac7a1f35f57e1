package gov.buyamerican.portal.shared.usaspending;

import java.util.Locale;
import java.util.Optional;

/**
 * FPDS data element 9H "Place of Manufacture" ({@code place_of_manufacture_code} in USAspending files): where
 * the end product of a contract action was manufactured and, if abroad, why a foreign product was bought.
 *
 * <p>Codes and descriptions as published in the USAspending/GSDM code list; codes F to L were added when FAR
 * 52.225-18 required the reason for buying items manufactured outside the United States to be reported.
 */
public enum PlaceOfManufacture {

    /** Manufactured in the US but foreign: 50 percent or more of the component cost is foreign (or a service by a foreign concern). */
    A("Performed or manufactured in the U.S., but services performed by a foreign concern or more than 50% foreign content"),
    /** Performed or manufactured outside the US (code in use before the reasons F to L existed). */
    B("Performed or manufactured outside the U.S."),
    /** Not a manufactured end product: services, unmanufactured products. */
    C("Not a manufactured end product"),
    /** Manufactured in the US. */
    D("Manufactured in the U.S."),
    /** Manufactured outside the US, no reason given. */
    E("Manufactured outside the U.S."),
    /** Manufactured outside the US: bought for resale (a FAR 25.103 exception). */
    F("Manufactured outside the U.S. - resale"),
    /** Manufactured outside the US: trade agreements apply (FAR subpart 25.4). */
    G("Manufactured outside the U.S. - trade agreements"),
    /** Manufactured outside the US: commercial information technology (a FAR 25.103 exception). */
    H("Manufactured outside the U.S. - commercial information technology"),
    /** Manufactured outside the US: public interest determination (a FAR 25.103 exception). */
    I("Manufactured outside the U.S. - public interest determination"),
    /** Manufactured outside the US: domestic nonavailability (a FAR 25.103 exception). */
    J("Manufactured outside the U.S. - domestic nonavailability"),
    /** Manufactured outside the US: the domestic offer's cost was unreasonable (a FAR 25.103 exception). */
    K("Manufactured outside the U.S. - unreasonable cost"),
    /** Manufactured outside the US: qualifying country end product (DoD only, under the DFARS). */
    L("Manufactured outside the U.S. - qualifying country (DoD only)");

    private final String description;

    PlaceOfManufacture(String description) {
        this.description = description;
    }

    /** @return the one-letter FPDS code */
    public String code() {
        return name();
    }

    /** @return the English meaning of the code */
    public String description() {
        return description;
    }

    /**
     * @return true for A and D: manufactured in the United States (A is nevertheless a foreign end product
     *         because of its foreign content)
     */
    public boolean manufacturedInUnitedStates() {
        return this == A || this == D;
    }

    /**
     * @param code a code, any case, surrounding whitespace ignored; may be null
     * @return the constant, or empty if the code is blank or unknown
     */
    public static Optional<PlaceOfManufacture> fromCode(String code) {
        return Codes.lookup(PlaceOfManufacture.class, code);
    }

    static final class Codes {
        private Codes() {
        }

        static <E extends Enum<E>> Optional<E> lookup(Class<E> type, String code) {
            if (code == null) {
                return Optional.empty();
            }
            String key = code.strip().toUpperCase(Locale.ROOT);
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(key)) {
                    return Optional.of(constant);
                }
            }
            return Optional.empty();
        }
    }
}
