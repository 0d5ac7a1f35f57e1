package gov.buyamerican.portal.rules.purchase;

import java.util.Locale;
import java.util.Optional;

/**
 * FPDS "place of manufacture" codes as published by USAspending ({@code place_of_manufacture_code}, FAR 25.003
 * and FPDS data dictionary): where the end product was made and, when outside the United States, why the
 * purchase was allowed.
 */
public enum PlaceOfManufacture {
    A("Manufactured in the US with more than 50% foreign content"),
    B("Manufactured outside the US"),
    C("Not a manufactured end product"),
    D("Manufactured in the US"),
    E("Manufactured outside the US"),
    F("Manufactured outside the US: resale"),
    G("Manufactured outside the US: trade agreements"),
    H("Manufactured outside the US: commercial information technology"),
    I("Manufactured outside the US: public interest determination"),
    J("Manufactured outside the US: domestic nonavailability"),
    K("Manufactured outside the US: unreasonable cost of domestic end products"),
    L("Manufactured outside the US: qualifying country");

    private final String meaning;

    PlaceOfManufacture(String meaning) {
        this.meaning = meaning;
    }

    /** {@return the code's meaning as FPDS states it} */
    public String meaning() {
        return meaning;
    }

    /** {@return the code read from one letter (any case, blanks ignored); empty for a blank or unknown value} */
    public static Optional<PlaceOfManufacture> fromCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String c = code.strip().toUpperCase(Locale.ROOT);
        if (c.length() != 1) {
            return Optional.empty();
        }
        for (PlaceOfManufacture p : values()) {
            if (p.name().equals(c)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** {@return true when the code says the product was made outside the US or fails the component test} */
    public boolean isForeign() {
        return this != C && this != D;
    }
}
